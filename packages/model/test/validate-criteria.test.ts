import { describe, expect, it } from 'vitest';
import { safeParseCriteria, textDigest, validateCriteria, CriteriaReleaseSchema, type Issue } from '@sisc/model';
import { fixture } from './_fixtures.js';

const run = (mutate: (r: any) => void): Issue[] => {
  const raw = fixture('release.json');
  mutate(raw);
  return validateCriteria(CriteriaReleaseSchema.parse(raw));
};
const summary = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path}`);

const gov01 = (r: any) => r.categories[0].items[0];

describe('validateCriteria', () => {
  it('finds nothing wrong with a consistent release', () => {
    expect(run(() => {})).toEqual([]);
  });

  const cases: [string, (r: any) => void, string[]][] = [
    ['a duplicate requirement ID', (r) => (gov01(r).requirements[1].id = 'GOV-01.01'), ['error duplicate-id $.categories[0].items[0].requirements[1].id']],
    [
      'a duplicate ID across categories',
      (r) => r.categories.push({ id: 'BLD', name: { ja: '構築' }, items: [{ ...gov01(r), id: 'BLD-01' }] }),
      [
        'error duplicate-id $.categories[1].items[0].requirements[0].id',
        'error duplicate-id $.categories[1].items[0].requirements[1].id',
        'error duplicate-id $.categories[1].items[0].requirements[2].id',
      ],
    ],
    ['levels with a gap', (r) => (r.levels[1].level = 3), ['error unknown-level $.categories[0].items[0].requirements[1].level', 'error unknown-level $.categories[0].items[0].requirements[2].level', 'error non-contiguous-levels $.levels[1].level']],
    ['a reference to an unknown document', (r) => (gov01(r).requirements[1].references[0].document = 'sec-bok'), ['error dangling-reference $.categories[0].items[0].requirements[1].references[0].document']],
    ['a mapping to an unknown framework', (r) => (gov01(r).requirements[1].mappings[0].framework = 'ssdf'), ['error dangling-reference $.categories[0].items[0].requirements[1].mappings[0].framework']],
    ['a retired requirement without details', (r) => (gov01(r).requirements[2].status = 'retired'), ['error retired-without-details $.categories[0].items[0].requirements[2].retired']],
    [
      'retirement details on an active requirement, replaced by an unknown ID',
      (r) => (gov01(r).requirements[2].retired = { since: '0.9.0', reason: { ja: '統合' }, replacedBy: ['GOV-09.01'] }),
      ['error retired-details-on-active $.categories[0].items[0].requirements[2].retired', 'error dangling-reference $.categories[0].items[0].requirements[2].retired.replacedBy[0]'],
    ],
    [
      'a requirement replaced by itself',
      (r) => Object.assign(gov01(r).requirements[2], { status: 'retired', retired: { since: '0.9.0', reason: { ja: '統合' }, replacedBy: ['GOV-01.03'] } }),
      ['error invalid-replacement $.categories[0].items[0].requirements[2].retired.replacedBy[0]'],
    ],
    [
      'a requirement replaced by a retired one',
      (r) => {
        Object.assign(gov01(r).requirements[1], { status: 'retired', retired: { since: '0.9.0', reason: { ja: '統合' }, replacedBy: [] } });
        Object.assign(gov01(r).requirements[2], { status: 'retired', retired: { since: '0.9.0', reason: { ja: '統合' }, replacedBy: ['GOV-01.02'] } });
      },
      ['error invalid-replacement $.categories[0].items[0].requirements[2].retired.replacedBy[0]'],
    ],
    ['an item ID outside its category', (r) => (gov01(r).id = 'OPS-01'), ['warning id-prefix-mismatch $.categories[0].items[0].id']],
    ['an effective release with a prerelease version and no English', (r) => (r.status = 'effective'), expect.arrayContaining(['error status-version-mismatch $.version', 'error invalid-dates $.dates.effectiveFrom', 'error missing-translation $.publisher'])],
    ['a stale translation', (r) => (r.title = { ja: '改訂後の題名', en: 'Test criteria', enSource: textDigest('テスト用基準') }), ['warning stale-translation $.title']],
  ];
  it.each(cases)('reports %s', (_name, mutate, expected) => {
    expect(summary(run(mutate))).toEqual(expected);
  });

  it.each([
    ['ASCII spaces', '   '],
    ['ideographic spaces (U+3000)', '\u3000\u3000'],
    ['tabs, no-break and line separators', '\t\u00a0\u2028'],
  ])('refuses a text made only of %s, in Japanese and in English', (_name, blank) => {
    for (const lang of ['ja', 'en'] as const) {
      const raw = fixture('release.json');
      gov01(raw).requirements[0].text = { ja: '要求事項', [lang]: blank };
      const r = safeParseCriteria(raw);
      expect(r.success).toBe(false);
      expect(r.issues.map((i) => `${i.code} ${i.path} ${i.message}`)).toEqual([
        `invalid-format $.categories[0].items[0].requirements[0].text.${lang} $.categories[0].items[0].requirements[0].text.${lang}: expected a text that is not only spaces, but found the text ${JSON.stringify(blank)}.`,
      ]);
    }
  });

  it('accepts an up-to-date translation', () => {
    expect(run((r) => (r.title = { ja: 'テスト用基準', en: 'Test criteria', enSource: textDigest('テスト用基準') }))).toEqual([]);
  });

  it('makes safeParseCriteria fail on errors but pass with warnings', () => {
    const raw = fixture('release.json');
    gov01(raw).id = 'OPS-01';
    const r = safeParseCriteria(raw);
    expect(r.success).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['id-prefix-mismatch']);
    gov01(raw).requirements[1].id = 'GOV-01.01';
    expect(safeParseCriteria(raw).success).toBe(false);
  });
});
