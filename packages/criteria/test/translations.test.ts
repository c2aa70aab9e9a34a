import { describe, expect, it } from 'vitest';
import { checkTranslations, criteriaVersions, getCriteria } from '@sisc/criteria';
import { textDigest, walkTexts, type LocalizedText } from '@sisc/model';

const stale = (version: string) => checkTranslations(getCriteria(version)).map((i) => `${i.code} ${i.path}`);

describe.each(criteriaVersions())('translations of %s', (version) => {
  // A draft may still lack English (sisc criteria release refuses to publish it so); an English
  // text it has must say which Japanese it was made from, and that Japanese must be the current one.
  const draft = getCriteria(version).status === 'draft';
  it(`every text has an English translation made from the current Japanese${draft ? ', where it has one' : ''} (failures list the stale ones)`, () => {
    expect(stale(version).filter((i) => !(draft && i.startsWith('missing-translation ')))).toEqual([]);
  });

  it('every English text is a sentence of its own, not the Japanese copied', () => {
    const copied: string[] = [];
    walkTexts(getCriteria(version), '$', (t: LocalizedText, path) => {
      if (t.en !== undefined && (t.en === t.ja || /[\u3040-\u30ff]/.test(t.en.replace(/「[^」]*」|"[^"]*"|（[^）]*）|\([^)]*[\u3040-\u30ff][^)]*\)/g, '')))) copied.push(path);
    });
    expect(copied).toEqual([]);
  });
});

describe('checkTranslations', () => {
  const copy = () => structuredClone(getCriteria('1.0.0-draft.1'));

  it('lists a translation as stale after its Japanese text changed, and names the new digest', () => {
    const r = copy();
    const text = r.categories[1]!.items[0]!.requirements[0]!.text;
    text.ja = `${text.ja}（改訂）`;
    const issues = checkTranslations(r);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual(['stale-translation $.categories[1].items[0].requirements[0].text']);
    expect(issues[0]!.message).toContain(textDigest(text.ja));
  });

  it('lists missing translations and translations without a recorded source', () => {
    const r = copy();
    delete r.levels[0]!.name.en;
    delete r.categories[3]!.name.enSource;
    expect(checkTranslations(r).map((i) => `${i.code} ${i.path}`)).toEqual(['stale-translation $.categories[3].name', 'missing-translation $.levels[0].name']);
  });
});
