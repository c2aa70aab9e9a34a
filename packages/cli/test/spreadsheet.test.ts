/**
 * The Excel round trip, as an SIer does it: download the Level 1 checklist as XLSX, fill it in
 * (in any row order), `sisc import` it, `sisc evaluate` the result — the same result as the same
 * answers written in YAML. Also: `sisc validate` and `sisc evaluate` on the .xlsx directly, the
 * CSV with --base, and what is printed when the workbook is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAssessment, type Assessment } from '@sisc/model';
import { renderChecklist } from '@sisc/render';
import { CHECKLIST, COVER, put, rezip, rowOf, setCell, shuffleRows, text, unzip, columnOf } from '../../spreadsheet/test/_fixtures.js';
import { EXAMPLES, sisc, tempDir } from './_harness.js';

const AS_OF = '2026-04-01';
const example = parseAssessment(parseYaml(readFileSync(join(EXAMPLES, 'level1-small-vendor.yaml'), 'utf8')));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Types the assessment's answers and cover into the downloaded workbook, then sorts its rows at random. */
function fillIn(bytes: Uint8Array, a: Assessment, seed: number): Uint8Array {
  const parts = unzip(bytes);
  let xml = text(parts, CHECKLIST);
  const col = (h: string) => columnOf(xml, h);
  const [status, why, title, date, uri, note] = ['回答（適合／非適合／該当なし）', '理由（該当なしの場合）', '証跡の名称', '証跡の日付', '証跡の所在（URL・文書番号）', '備考'].map(col);
  const words = { met: '適合', 'not-met': '非適合', 'not-applicable': '該当なし' } as const;
  for (const [id, answer] of Object.entries(a.answers)) {
    const r = rowOf(xml, id);
    xml = setCell(xml, `${status}${r}`, words[answer.status]);
    if (answer.justification) xml = setCell(xml, `${why}${r}`, escape(answer.justification));
    if (answer.note) xml = setCell(xml, `${note}${r}`, escape(answer.note));
    if (answer.evidence.length > 0) {
      xml = setCell(xml, `${title}${r}`, escape(answer.evidence.map((e) => e.title).join('\n')));
      xml = setCell(xml, `${date}${r}`, answer.evidence.map((e) => e.date).join('\n'));
      if (answer.evidence.some((e) => e.uri)) xml = setCell(xml, `${uri}${r}`, escape(answer.evidence.map((e) => e.uri ?? '').join('\n')));
    }
  }
  put(parts, CHECKLIST, shuffleRows(xml, seed));
  let cover = text(parts, COVER);
  const cell = (label: string) => {
    const m = new RegExp(`<c r="A(\\d+)"[^>]*><is><t xml:space="preserve">${label}</t>`).exec(cover);
    if (!m) throw new Error(`no cover field ${label}`);
    return `B${m[1]}`;
  };
  cover = setCell(cover, cell('事業者名'), escape(a.organization.name));
  if (a.organization.corporateNumber) cover = setCell(cover, cell('法人番号'), a.organization.corporateNumber);
  if (a.declaration) {
    cover = setCell(cover, cell('署名者の氏名'), escape(a.declaration.signatory.name));
    cover = setCell(cover, cell('署名者の役職'), escape(a.declaration.signatory.role));
    cover = setCell(cover, cell('宣言日'), a.declaration.date);
  }
  put(parts, COVER, cover);
  return rezip(parts);
}

describe('the checklist as a spreadsheet, through the CLI', () => {
  it('has a fresh scenario fixture: test/fixtures/level1-filled.xlsx is the example prefilled into the Level 1 workbook', async () => {
    const { getCriteria } = await import('@sisc/criteria');
    const { renderChecklistWorkbook } = await import('@sisc/spreadsheet');
    const fresh = renderChecklistWorkbook(getCriteria(example.criteria.version), { level: 1, lang: 'ja', assessment: example });
    expect(Buffer.from(readFileSync(join(import.meta.dirname, 'fixtures', 'level1-filled.xlsx'))).equals(Buffer.from(fresh))).toBe(true);
  });

  it('download the Level 1 checklist as XLSX, fill it in in any row order, import, evaluate: the same result as the YAML', async () => {
    const dir = tempDir();
    const download = await sisc(['render', 'checklist', '--level', '1', '--criteria', example.criteria.version, '--format', 'xlsx', '--lang', 'ja', '--out', join(dir, 'checklist.xlsx')]);
    expect(download.code).toBe(0);
    const expected = await sisc(['evaluate', join(EXAMPLES, 'level1-small-vendor.yaml'), '--as-of', AS_OF, '--format', 'json']);
    expect(expected.code).toBe(0);
    for (const seed of [1, 7, 12345]) {
      const filled = join(dir, `filled-${seed}.xlsx`);
      writeFileSync(filled, fillIn(new Uint8Array(readFileSync(join(dir, 'checklist.xlsx'))), example, seed));
      const imported = await sisc(['import', filled, '--out', join(dir, `assessment-${seed}.yaml`)]);
      expect(imported.stderr).toContain('12 answers');
      expect(imported.code).toBe(0);
      const evaluated = await sisc(['evaluate', join(dir, `assessment-${seed}.yaml`), '--as-of', AS_OF, '--format', 'json']);
      expect(evaluated.code).toBe(0);
      expect(evaluated.stdout).toBe(expected.stdout);
      // The same, straight from the workbook.
      const direct = await sisc(['evaluate', filled, '--as-of', AS_OF, '--format', 'json']);
      expect(direct.stdout).toBe(expected.stdout);
      const valid = await sisc(['validate', filled, '--as-of', AS_OF]);
      expect(valid.code).toBe(0);
    }
  });

  it('imports as JSON, and the YAML and JSON hold the same assessment', async () => {
    const dir = tempDir();
    await sisc(['render', 'checklist', '--criteria', example.criteria.version, '--format', 'xlsx', '--lang', 'ja', '--out', join(dir, 'c.xlsx')]);
    writeFileSync(join(dir, 'f.xlsx'), fillIn(new Uint8Array(readFileSync(join(dir, 'c.xlsx'))), example, 3));
    const y = await sisc(['import', join(dir, 'f.xlsx')]);
    const j = await sisc(['import', join(dir, 'f.xlsx'), '--format', 'json']);
    expect(parseAssessment(parseYaml(y.stdout))).toEqual(example);
    expect(parseAssessment(JSON.parse(j.stdout))).toEqual(example);
  });

  it('imports the checklist CSV with --base, and validates it', async () => {
    const dir = tempDir();
    const csv = renderChecklist(await import('@sisc/criteria').then((m) => m.getCriteria(example.criteria.version)), { lang: 'ja', format: 'csv', assessment: example });
    writeFileSync(join(dir, 'filled.csv'), csv);
    const r = await sisc(['import', join(dir, 'filled.csv'), '--base', join(EXAMPLES, 'level1-small-vendor.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    // The CSV has no column for notes; everything else comes back.
    const withoutNotes = { ...example, answers: Object.fromEntries(Object.entries(example.answers).map(([id, a]) => [id, (({ note: _n, ...rest }) => rest)(a)])) };
    expect(parseAssessment(JSON.parse(r.stdout))).toEqual(withoutNotes);
    const withoutBase = await sisc(['import', join(dir, 'filled.csv')]);
    expect(withoutBase.code).toBe(2);
    expect(withoutBase.stderr).toContain('--base');
    // validate on the CSV says the same: it holds the answers only.
    const v = await sisc(['validate', join(dir, 'filled.csv')]);
    expect(v.code).toBe(1);
    expect(v.stderr + v.stdout).toContain('--base');
  });

  it('names the cell of each problem, and exits 2', async () => {
    const dir = tempDir();
    await sisc(['render', 'checklist', '--format', 'xlsx', '--lang', 'ja', '--out', join(dir, 'c.xlsx')]);
    const parts = unzip(new Uint8Array(readFileSync(join(dir, 'c.xlsx'))));
    const xml = text(parts, CHECKLIST);
    put(parts, CHECKLIST, setCell(xml, `H${rowOf(xml, 'GOV-01.01')}`, 'たぶん'));
    writeFileSync(join(dir, 'bad.xlsx'), rezip(parts));
    const en = await sisc(['import', join(dir, 'bad.xlsx')]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/bad\.xlsx {2}error {2}チェックリスト!H2 {2}"たぶん" is not an answer/);
    const ja = await sisc(['import', join(dir, 'bad.xlsx'), '--lang', 'ja']);
    expect(ja.stderr).toContain('「たぶん」は回答として読み取れません');
    const ev = await sisc(['evaluate', join(dir, 'bad.xlsx')]);
    expect(ev.code).toBe(2);
    const notZip = join(dir, 'not.xlsx');
    writeFileSync(notZip, 'hello');
    const nz = await sisc(['validate', notZip]);
    expect(nz.code).toBe(1);
    expect(nz.stdout + nz.stderr).toContain('not an Excel workbook');
  });

  it('does not write a workbook to a terminal, and refuses a file that is not a spreadsheet', async () => {
    const tty = await sisc(['render', 'checklist', '--format', 'xlsx'], { stdoutIsTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('xlsx file is not text');
    let bytes: Uint8Array | undefined;
    const piped = await sisc(['render', 'checklist', '--format', 'xlsx'], { io: { stdoutBytes: (b) => (bytes = b) } });
    expect(piped.code).toBe(0);
    expect(bytes![0]).toBe(0x50);
    const yaml = await sisc(['import', join(EXAMPLES, 'level1-small-vendor.yaml')]);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain('is not a file sisc imports: give an Excel workbook (.xlsx) or a checklist CSV (.csv)');
  });
});
