import { describe, expect, it } from 'vitest';
import { getCriteria } from '@sisc/criteria';
import type { CriteriaRelease } from '@sisc/model';
import { readDraft, sentences, unwrap } from './_draft.js';

const release: CriteriaRelease = getCriteria('1.0.0-draft.1');
const draft = readDraft();
const items = release.categories.flatMap((c) => c.items.map((item) => ({ category: c, item })));
const two = (n: number) => String(n).padStart(2, '0');

describe('unwrap and sentences (the only normalisation of the draft text)', () => {
  it.each([
    ['セキュリティ リスク評価', 'セキュリティリスク評価'],
    ['Life Time Value への責任分解意識', 'Life Time Valueへの責任分解意識'],
    ['有償・無償の責任 範囲とリスクを顧 客と合意している', '有償・無償の責任範囲とリスクを顧客と合意している'],
    ['維持する。 ポリシーに基づいて', '維持する。ポリシーに基づいて'],
    ['SecBokを元に', 'SecBokを元に'],
  ])('%s → %s', (input, expected) => expect(unwrap(input)).toBe(expected));

  it('cuts after each 。 and keeps a last sentence without one', () => {
    expect(sentences('一つ目。二つ目。三つ目')).toEqual(['一つ目。', '二つ目。', '三つ目']);
  });
});

describe('1.0.0-draft.1 holds every statement of the draft tables verbatim', () => {
  it('has the draft\'s 4 categories and 12 items, in the draft\'s order', () => {
    expect(draft.summary).toHaveLength(12);
    expect(release.categories.map((c) => c.name.ja)).toEqual([...new Set(draft.summary.map((r) => r.category))]);
    expect(release.categories.map((c) => c.id)).toEqual(['GOV', 'BLD', 'OPS', 'CTR']);
    expect(items.map(({ item }) => item.name.ja)).toEqual(draft.summary.map((r) => r.item));
  });

  it('numbers items per category from 01', () => {
    for (const c of release.categories) expect(c.items.map((i) => i.id)).toEqual(c.items.map((_, k) => `${c.id}-${two(k + 1)}`));
  });

  describe.each(draft.summary.map((row, k) => [`${items[k]?.item.id} ${row.item}`, row, k] as const))('%s', (_, row, k) => {
    const { category, item } = items[k]!;
    const detail = draft.details.find((d) => d.item === row.item);

    it('has the category, name and 内容 of the draft', () => {
      expect(category.name.ja).toBe(row.category);
      expect(item.name.ja).toBe(row.item);
      expect(item.intent.ja).toBe(row.intent);
    });

    it('has the Level 1 requirement as .01 (level 1)', () => {
      const first = item.requirements[0]!;
      expect(first).toMatchObject({ id: `${item.id}.01`, level: 1, kind: 'level-requirement', text: { ja: row.level1 } });
    });

    it('has the Level 2 requirement: the same requirement when the text is the same, else .02 (level 2)', () => {
      const levelRequirements = item.requirements.filter((r) => r.kind === 'level-requirement');
      if (row.level2 === row.level1) {
        expect(levelRequirements.map((r) => r.id)).toEqual([`${item.id}.01`]);
      } else {
        expect(levelRequirements.map((r) => [r.id, r.level, r.text.ja])).toEqual([
          [`${item.id}.01`, 1, row.level1],
          [`${item.id}.02`, 2, row.level2],
        ]);
      }
    });

    it('has one detailed requirement per sentence of the detailed table, level 2, numbered on', () => {
      expect(detail, `no row for ${row.item} in the detailed tables`).toBeDefined();
      // The detailed tables repeat the summary's columns; they agree once PDF wrapping is undone.
      expect([detail!.category, detail!.intent, detail!.level1]).toEqual([row.category, row.intent, row.level1]);
      const detailed = item.requirements.filter((r) => r.kind === 'detailed-requirement');
      expect(detailed.map((r) => r.text.ja)).toEqual(detail!.detailed);
      expect(detailed.every((r) => r.level === 2)).toBe(true);
      const offset = row.level2 === row.level1 ? 1 : 2;
      expect(detailed.map((r) => r.id)).toEqual(detailed.map((_, n) => `${item.id}.${two(offset + n + 1)}`));
      // Level requirements come first, then the detailed ones: nothing else is in the item.
      expect(item.requirements).toHaveLength(offset + detail!.detailed.length);
    });
  });

  it('has nothing the draft tables do not have', () => {
    const expected = draft.summary.flatMap((row) => [row.level1, ...(row.level2 === row.level1 ? [] : [row.level2]), ...draft.details.find((d) => d.item === row.item)!.detailed]);
    const actual = items.flatMap(({ item }) => item.requirements.map((r) => r.text.ja));
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(43);
  });

  it('keeps the draft\'s spelling and punctuation', () => {
    const text = (id: string) => items.flatMap(({ item }) => item.requirements).find((r) => r.id === id)!.text.ja;
    expect(text('GOV-02.02')).toBe('SecBokを元にセキュリティ資格取得の推進');
    expect(text('CTR-01.01')).toBe('「重要事項説明書活用型」モデル取引・契約書');
    expect(text('OPS-01.04').endsWith('。')).toBe(false);
    expect(release.notes.map((n) => n.id)).toContain('ops-01-punctuation');
  });
});
