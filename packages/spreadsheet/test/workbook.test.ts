import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaDigest, localizeIssue, parseAssessment, type AssessmentInput } from '@sisc/model';
import { renderChecklist } from '@sisc/render';
import { readChecklistCsv, readChecklistWorkbook, renderChecklistWorkbook } from '@sisc/spreadsheet';
import type { Codecs } from '../../web/src/lazy.js';
import {
  activeIds,
  assessmentArb,
  CHECKLIST,
  columnOf,
  COVER,
  filled,
  insertColumn,
  maxLevel,
  put,
  release,
  rezip,
  rowOf,
  setCell,
  shuffleRows,
  text,
  toSharedStrings,
  unzip,
} from './_fixtures.js';

const read = (bytes: Uint8Array) => readChecklistWorkbook(bytes, { release });
const ok = (r: ReturnType<typeof read>) => {
  if (!r.success) throw new Error(`not read: ${JSON.stringify(r.issues, null, 1)}`);
  return r.assessment;
};

describe('renderChecklistWorkbook', () => {
  it('gives byte-identical output for the same input', () => {
    const a = renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: filled() });
    const b = renderChecklistWorkbook(structuredClone(release), { level: 1, lang: 'ja', assessment: filled() });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(renderChecklistWorkbook(release, { level: 1, lang: 'en', assessment: filled() })))).toBe(false);
  });

  it('is a valid OOXML package: every part has a content type, every relationship target exists', () => {
    for (const lang of ['ja', 'en'] as const) {
      const parts = unzip(renderChecklistWorkbook(release, { level: maxLevel, lang, assessment: filled() }));
      const types = text(parts, '[Content_Types].xml');
      const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]));
      const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
      for (const name of Object.keys(parts)) {
        if (name === '[Content_Types].xml') continue;
        expect(overrides.includes(name) || defaults.has(name.split('.').pop()), `content type of ${name}`).toBe(true);
      }
      for (const o of overrides) expect(parts[o], `override ${o}`).toBeDefined();
      for (const rels of Object.keys(parts).filter((n) => n.endsWith('.rels'))) {
        const base = rels.split('/').slice(0, -2);
        for (const m of text(parts, rels).matchAll(/Target="([^"]+)"/g)) {
          const target = [...base, ...m[1]!.split('/')].join('/');
          expect(parts[target], `${rels} → ${target}`).toBeDefined();
        }
      }
      // Every XML part is well-formed enough for a strict reader: one root, tags balanced.
      for (const [name, bytes] of Object.entries(parts)) {
        const xml = new TextDecoder().decode(bytes);
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), name).toBe(true);
        const stack: string[] = [];
        for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
          if (m[3]) continue;
          if (m[1]) expect(stack.pop(), `${name}: </${m[2]}>`).toBe(m[2]);
          else stack.push(m[2]!);
        }
        expect(stack, name).toEqual([]);
      }
    }
  });

  it('has the checklist with locked requirement cells, open answer cells, a status dropdown, frozen header, filter, A4 setup, and a hidden metadata sheet', () => {
    const parts = unzip(renderChecklistWorkbook(release, { level: 1, lang: 'ja' }));
    const wb = text(parts, 'xl/workbook.xml');
    expect(wb).toContain('name="表紙"');
    expect(wb).toContain('name="チェックリスト"');
    expect(wb).toMatch(/name="sisc" sheetId="3" state="hidden"/);
    const sheet = text(parts, CHECKLIST);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet).not.toMatch(/password/i);
    expect(sheet).toMatch(/<autoFilter ref="A1:N\d+"\/>/);
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"');
    // Level 1 requirements do not allow "not applicable", so their list has two words.
    expect(sheet).toMatch(/sqref="H2:H13"><formula1>"適合,非適合"<\/formula1>/);
    expect(text(unzip(renderChecklistWorkbook(release, { level: maxLevel, lang: 'ja' })), CHECKLIST)).toContain('<formula1>"適合,非適合,該当なし"</formula1>');
    const styles = text(parts, 'xl/styles.xml');
    expect(styles).toContain('<protection locked="0"/>');
    expect(styles).toContain('游ゴシック');
    const meta = text(parts, 'xl/worksheets/sheet3.xml');
    expect(meta).toContain(criteriaDigest(release));
    expect(meta).toContain(`@sisc/spreadsheet ${JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version}`);
    // One row per active requirement at level 1, plus the heading.
    expect((sheet.match(/<row /g) ?? []).length).toBe(activeIds(1).length + 1);
    const en = unzip(renderChecklistWorkbook(release, { level: 1, lang: 'en' }));
    expect(text(en, 'xl/workbook.xml')).toContain('name="Checklist"');
    expect(text(en, CHECKLIST)).toContain('<formula1>"met,not met"</formula1>');
  });

  it('throws for caller misuse (a bad level, an invalid assessment)', () => {
    expect(() => renderChecklistWorkbook(release, { level: 99, lang: 'ja' })).toThrow(/level/);
    expect(() => renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: { nope: 1 } as unknown as AssessmentInput })).toThrow();
  });
});

describe('readChecklistWorkbook', () => {
  it('reads back a prefilled workbook as the same assessment', () => {
    for (const lang of ['ja', 'en'] as const) {
      const a = filled();
      expect(ok(read(renderChecklistWorkbook(release, { level: 1, lang, assessment: a })))).toEqual(parseAssessment(a));
    }
  });

  it('round-trips any valid assessment (property)', () => {
    fc.assert(
      fc.property(assessmentArb(), fc.constantFrom('ja' as const, 'en' as const), (a, lang) => {
        const bytes = renderChecklistWorkbook(release, { level: maxLevel, lang, assessment: a });
        expect(ok(read(bytes))).toEqual(parseAssessment(a));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a workbook whose rows are sorted, columns inserted, strings shared, rows hidden and sheets reordered', () => {
    const a = filled();
    const expected = parseAssessment(a);
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 14 }), fc.boolean(), fc.boolean(), (seed, at, shared, reorderSheets) => {
        const parts = unzip(renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: a }));
        let xml = shuffleRows(text(parts, CHECKLIST), seed);
        xml = insertColumn(xml, at, '社内メモ');
        xml = xml.replace(/<row r="3"/, '<row r="3" hidden="1"');
        put(parts, CHECKLIST, xml);
        if (shared) toSharedStrings(parts);
        if (reorderSheets) {
          const wb = text(parts, 'xl/workbook.xml').replace(/(<sheet name="表紙"[^>]*\/>)(<sheet name="チェックリスト"[^>]*\/>)/, '$2$1');
          put(parts, 'xl/workbook.xml', wb);
        }
        expect(ok(read(rezip(parts)))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('reads the answers an SIer types: status variants, dates as numbers, several evidence lines', () => {
    const parts = unzip(renderChecklistWorkbook(release, { level: 1, lang: 'ja' }));
    let xml = text(parts, CHECKLIST);
    const [id1, id2, id3] = activeIds(1);
    const status = columnOf(xml, '回答（適合／非適合／該当なし）');
    const title = columnOf(xml, '証跡の名称');
    const date = columnOf(xml, '証跡の日付');
    xml = setCell(xml, `${status}${rowOf(xml, id1!)}`, '○');
    xml = setCell(xml, `${title}${rowOf(xml, id1!)}`, '情報セキュリティ基本方針\n教育記録');
    xml = setCell(xml, `${date}${rowOf(xml, id1!)}`, '2026/3/1\n2026年2月15日');
    xml = setCell(xml, `${status}${rowOf(xml, id2!)}`, '×');
    xml = setCell(xml, `${status}${rowOf(xml, id3!)}`, 'ＭＥＴ');
    xml = setCell(xml, `${title}${rowOf(xml, id3!)}`, '議事録');
    xml = setCell(xml, `${date}${rowOf(xml, id3!)}`, '46082', 'number');
    put(parts, CHECKLIST, xml);
    let cover = text(parts, COVER);
    cover = setCell(cover, 'B8', '株式会社サンプル');
    put(parts, COVER, cover);
    const got = ok(read(rezip(parts)));
    expect(got.organization.name).toBe('株式会社サンプル');
    expect(got.answers[id1!]).toEqual({ status: 'met', evidence: [{ title: '情報セキュリティ基本方針', date: '2026-03-01' }, { title: '教育記録', date: '2026-02-15' }] });
    expect(got.answers[id2!]).toEqual({ status: 'not-met', evidence: [] });
    expect(got.answers[id3!]).toEqual({ status: 'met', evidence: [{ title: '議事録', date: '2026-03-01' }] });
    expect(Object.keys(got.answers)).toHaveLength(3);
  });

  it('names the sheet and cell of each problem, in Japanese and English', () => {
    const parts = unzip(renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: filled() }));
    let xml = text(parts, CHECKLIST);
    const id = activeIds(1)[0]!;
    const status = columnOf(xml, '回答（適合／非適合／該当なし）');
    const date = columnOf(xml, '証跡の日付');
    const row = rowOf(xml, id);
    xml = setCell(xml, `${status}${row}`, 'たぶん');
    xml = setCell(xml, `${date}${rowOf(xml, activeIds(1)[1]!)}`, '昨日');
    put(parts, CHECKLIST, xml);
    const r = read(rezip(parts));
    expect(r.success).toBe(false);
    const bad = r.issues.find((i) => i.path === `チェックリスト!${status}${row}`)!;
    expect(bad.code).toBe('invalid-value');
    expect(bad.message).toMatch(/"たぶん" is not an answer/);
    expect(localizeIssue(bad, 'ja')).toMatch(/^チェックリスト!H\d+: 「たぶん」は回答として読み取れません/);
    expect(r.issues.some((i) => i.path.startsWith(`チェックリスト!${date}`) && i.code === 'invalid-format')).toBe(true);
  });

  it('points schema problems at the cover cell: an empty organisation name', () => {
    const a = filled();
    const parts = unzip(renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: a }));
    put(parts, COVER, setCell(text(parts, COVER), 'B8', ''));
    const r = read(rezip(parts));
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.path)).toContain('表紙!B8');
  });

  it('refuses a workbook of another criteria version or content, pointing to sisc migrate', () => {
    const bytes = renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: filled() });
    const other = structuredClone(release);
    other.version = '9.9.9';
    const r1 = readChecklistWorkbook(bytes, { release: other });
    expect(r1.success).toBe(false);
    expect(r1.issues[0]!.code).toBe('criteria-mismatch');
    expect(r1.issues[0]!.message).toContain('sisc migrate');
    expect(localizeIssue(r1.issues[0]!, 'ja')).toContain('sisc migrate');
    const edited = structuredClone(release);
    edited.categories[0]!.items[0]!.requirements[0]!.text.ja += '（改訂）';
    const r2 = readChecklistWorkbook(bytes, { release: edited });
    expect(r2.success).toBe(false);
    expect(r2.issues[0]!.message).toMatch(/digest/);
    const r3 = readChecklistWorkbook(bytes, { resolveRelease: () => undefined });
    expect(r3.success).toBe(false);
    expect(r3.issues[0]!.code).toBe('criteria-mismatch');
    // Without a release to check against, the workbook is read on its own metadata.
    expect(readChecklistWorkbook(bytes).success).toBe(true);
  });
});

describe('readChecklistCsv', () => {
  const base = (a: AssessmentInput) => {
    const { answers: _a, ...rest } = a;
    return rest;
  };

  it('reads what renderChecklist writes as CSV, unfilled and filled', () => {
    const a = filled();
    const empty = renderChecklist(release, { lang: 'ja', format: 'csv' });
    const r0 = readChecklistCsv(empty, { release, base: base(a) });
    expect(r0.success && r0.assessment.answers).toEqual({});
    for (const lang of ['ja', 'en'] as const) {
      const csv = renderChecklist(release, { lang, format: 'csv', assessment: a });
      const r = readChecklistCsv(csv, { release, base: base(a) });
      expect(r.success ? r.assessment : r.issues).toEqual(parseAssessment(a));
      // The same file as bytes, UTF-8 with BOM, as it is saved.
      expect(readChecklistCsv(new TextEncoder().encode(csv), { release, base: base(a) }).success).toBe(true);
    }
  });

  it('round-trips any valid assessment through the CSV, the rest from the base (property)', () => {
    fc.assert(
      fc.property(assessmentArb({ csv: true }), fc.constantFrom('ja' as const, 'en' as const), (a, lang) => {
        const csv = renderChecklist(release, { lang, format: 'csv', level: maxLevel, assessment: a });
        const r = readChecklistCsv(csv, { release, base: base(a) });
        expect(r.success ? r.assessment : r.issues).toEqual(parseAssessment(a));
      }),
      { numRuns: 60 },
    );
  });

  it('says the CSV needs the rest of the assessment when no base is given', () => {
    const r = readChecklistCsv(renderChecklist(release, { lang: 'ja', format: 'csv', assessment: filled() }), { release });
    expect(r.success).toBe(false);
    expect(r.issues[0]!.message).toMatch(/--base/);
  });

  it('reads rows in any order and a CSV saved by Excel without quotes', () => {
    const a = filled();
    const csv = renderChecklist(release, { lang: 'ja', format: 'csv', assessment: a });
    const [head, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    // Rows with no line break inside stay whole; reversing them is a sort.
    if (rows.every((r) => (r.match(/"/g) ?? []).length % 2 === 0)) {
      const reversed = [head, ...rows.reverse()].join('\r\n');
      const r = readChecklistCsv(reversed, { release, base: base(a) });
      expect(r.success ? r.assessment : r.issues).toEqual(parseAssessment(a));
    }
    const id = activeIds(1)[0]!;
    const plain = `ID,回答（適合／非適合／該当なし）,証跡（名称・日付）\n${id},適合,"規程, 2026-03-01"\n`;
    const r = readChecklistCsv(plain, { release, base: base(a) });
    expect(r.success && r.assessment.answers).toEqual({ [id]: { status: 'met', evidence: [{ title: '規程', date: '2026-03-01' }] } });
  });
});

describe('the web page codec slot', () => {
  it('matches what packages/web/src/lazy.ts expects of the xlsx codec', async () => {
    const mod = await import('@sisc/spreadsheet');
    // Checked by tsc: the package's functions fit the page's lazy codec type.
    const codec: Codecs['xlsx'] = { renderChecklistWorkbook: mod.renderChecklistWorkbook, readChecklistWorkbook: mod.readChecklistWorkbook };
    const bytes = await codec.renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: filled() });
    const back = codec.readChecklistWorkbook(bytes, { resolveRelease: (v) => (v === release.version ? release : undefined) });
    expect(back.success && back.assessment).toEqual(parseAssessment(filled()));
  });
});
