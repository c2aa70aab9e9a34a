import { describe } from 'vitest';
import { textDigest } from '@sisc/model';
import { translations } from '../../src/criteria-rules/translations.js';
import { ruleTable } from './_table.js';

describe('translations', () => {
  ruleTable(translations, [
    ['a draft with some English missing', () => {}, []],
    ['a stale translation of the title', (r) => (r.title = { ja: '改訂後の題名', en: 'Test criteria', enSource: textDigest('テスト用基準') }), ['warning stale-translation $.title']],
    ['a translation made from the current text', (r) => (r.title = { ja: 'テスト用基準', en: 'Test criteria', enSource: textDigest('テスト用基準') }), []],
    [
      'an effective release: every text without English',
      (r) => {
        Object.assign(r, { status: 'effective', version: '0.9.0' });
        r.notes = [];
        r.levels.pop();
        r.categories[0].items[0].requirements.splice(1);
      },
      [
        'error missing-translation $.publisher',
        'error missing-translation $.provenance.source',
        'error missing-translation $.levels[0].name',
        'error missing-translation $.levels[0].audience',
        'error missing-translation $.documents[0].title',
        'error missing-translation $.categories[0].items[0].name',
        'error missing-translation $.categories[0].items[0].intent',
        'error missing-translation $.categories[0].items[0].requirements[0].text',
      ],
    ],
    ['an effective release translated throughout', (r) => (r.status = 'effective') && translateAll(r), []],
  ]);
});

function translateAll(v: any): true {
  if (v && typeof v === 'object') {
    if (typeof v.ja === 'string' && v.en === undefined) v.en = `[en] ${v.ja}`;
    for (const x of Object.values(v)) translateAll(x);
  }
  return true;
}
