/**
 * Inputs for the spreadsheet tests: the shipped release, assessments, and edits of a workbook
 * made the way a spreadsheet program would make them — by rewriting the XML parts inside the zip
 * (with fflate, the library the package itself uses).
 */
import fc from 'fast-check';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { getCriteria, listCriteria } from '@sisc/criteria';
import { isValidCorporateNumber, safeParseAssessment, type AssessmentInput, type CriteriaRelease } from '@sisc/model';

export const VERSION = listCriteria().at(-1)!.version;
export const release: CriteriaRelease = getCriteria(VERSION);
export const maxLevel = Math.max(...release.levels.map((l) => l.level));
/** Active requirements, by level. */
export const activeIds = (level: number) => release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((q) => q.status === 'active' && q.level <= level).map((q) => q.id)));
export const naAllowed = new Set(release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((q) => q.naPolicy.allowed).map((q) => q.id))));

export function filled(level = 1): AssessmentInput {
  const answers: AssessmentInput['answers'] = {};
  activeIds(level).forEach((id, i) => {
    if (i % 5 === 3 && naAllowed.has(id)) answers[id] = { status: 'not-applicable', justification: '当社では該当する業務を行っていない' };
    else if (i % 7 === 6) answers[id] = { status: 'not-met', evidence: [] };
    else answers[id] = { status: 'met', evidence: [{ title: `規程 ${id}`, date: '2026-03-01', uri: `https://intra.example.jp/docs/${id}` }, { title: '教育記録', date: '2026-02-15' }] };
  });
  return {
    criteria: { scheme: release.scheme.id, version: release.version },
    organization: { name: '株式会社サンプル', corporateNumber: '7990412345678' },
    targetLevel: level,
    mode: level >= 2 ? 'audit' : 'self-declaration',
    declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-03-31' },
    answers,
  };
}

// ---- Arbitraries for the round trip -------------------------------------------------------

const oneLine = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(...'abcXYZ019 -_/.:()日本語証跡、。「」ｱｲ'.split('')) }).filter((s) => s.trim() === s && s !== '');
const anyText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'あいう漢字\n\r\t "&<>\'_x000D_'.split('')) }),
  fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }),
);
const date = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const sha = fc.stringMatching(/^[0-9a-f]{64}$/);
const digits12 = fc.stringMatching(/^\d{12}$/);
const corporateNumber = digits12.map((rest) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => `${d}${rest}`).find(isValidCorporateNumber)).filter((x): x is string => x !== undefined);

export function assessmentArb(options: { csv?: boolean } = {}): fc.Arbitrary<AssessmentInput> {
  const ids = activeIds(maxLevel);
  const evidence = fc.record<Record<string, unknown>>(
    options.csv
      ? { title: oneLine.filter((s) => !/^'/.test(s)), date, uri: fc.option(oneLine, { nil: undefined }) }
      : { title: oneLine, date, uri: fc.option(oneLine, { nil: undefined }), sha256: fc.option(sha, { nil: undefined }) },
    { requiredKeys: ['title', 'date'] },
  );
  const text = options.csv ? anyText.filter((s) => !s.startsWith("'") && !/[\r\n]/.test(s) && !s.includes('\u0000')) : anyText;
  const answer = fc.record(
    {
      status: fc.constantFrom('met', 'not-met', 'not-applicable'),
      justification: text,
      evidence: fc.array(evidence, { maxLength: 3 }),
      ...(options.csv ? {} : { note: text }),
    },
    { requiredKeys: ['status', 'evidence'] },
  );
  const name = oneLine;
  return fc
    .record(
      {
        criteria: fc.constant({ scheme: release.scheme.id, version: release.version }),
        organization: fc.record({ name, corporateNumber: fc.option(corporateNumber, { nil: undefined }) }, { requiredKeys: ['name'] }),
        targetLevel: fc.constantFrom(...release.levels.map((l) => l.level)),
        mode: fc.constantFrom('self-declaration' as const, 'audit' as const),
        declaration: fc.record({ signatory: fc.record({ name, role: name }), date }),
        audit: fc.record({ auditor: fc.record({ name }), body: fc.record({ name }), date, reference: fc.option(name, { nil: undefined }) }),
        answers: fc.dictionary(fc.constantFrom(...ids), answer, { maxKeys: 40 }),
      },
      { requiredKeys: ['criteria', 'organization', 'targetLevel', 'mode', 'answers'] },
    )
    .map((a) => JSON.parse(JSON.stringify(a)) as AssessmentInput)
    .map((a) => (a.mode === 'audit' && !a.audit ? { ...a, mode: 'self-declaration' as const } : a))
    .filter((a) => safeParseAssessment(a).success);
}

// ---- Editing a workbook, as a spreadsheet program would -------------------------------------

export type Parts = Record<string, Uint8Array>;
export const unzip = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const rezip = (parts: Parts): Uint8Array => zipSync(parts);
export const text = (parts: Parts, name: string) => strFromU8(parts[name]!);
export const put = (parts: Parts, name: string, xml: string) => {
  parts[name] = strToU8(xml);
};

export const CHECKLIST = 'xl/worksheets/sheet2.xml';
export const COVER = 'xl/worksheets/sheet1.xml';

const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const colName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : colName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** Rewrites every cell reference `r="B7"` of a sheet through `map(row, col)` (0-based). */
export function moveCells(xml: string, map: (row: number, col: number) => [number, number]): string {
  return xml
    .replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_, r: string, attrs: string, inner: string) => {
      let newRow = Number(r) - 1;
      const cells = inner.replace(/<c r="([A-Z]+)(\d+)"/g, (_m, c: string, rr: string) => {
        const [nr, nc] = map(Number(rr) - 1, colIndex(c));
        newRow = nr;
        return `<c r="${colName(nc)}${nr + 1}"`;
      });
      return `<row r="${newRow + 1}"${attrs}>${cells}</row>`;
    })
    .replace(/<row r="(\d+)"([^>]*)\/>/g, '');
}

/** Sorts the <row> elements of sheetData by their r attribute (as the file format requires). */
export function sortRows(xml: string): string {
  return xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_, inner: string) => {
    const rows = [...inner.matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)].map((m) => [Number(m[1]), m[0]] as const);
    rows.sort((a, b) => a[0] - b[0]);
    return `<sheetData>${rows.map((r) => r[1]).join('')}</sheetData>`;
  });
}

/** The rows of the checklist in a shuffled order (header stays first), as sorting would leave them. */
export function shuffleRows(xml: string, seed: number): string {
  const count = (xml.match(/<row /g) ?? []).length - 1;
  const order = Array.from({ length: count }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = order.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return sortRows(moveCells(xml, (r, c) => [r === 0 ? 0 : order[r - 1]! + 1, c]));
}

/** Inserts an empty column before column `at` (0-based) and gives it a heading. */
export function insertColumn(xml: string, at: number, heading: string): string {
  const moved = moveCells(xml, (r, c) => [r, c >= at ? c + 1 : c]);
  return moved.replace(/<row r="1"([^>]*)>/, `<row r="1"$1><c r="${colName(at)}1" t="inlineStr"><is><t>${heading}</t></is></c>`).replace(/<row r="1"([^>]*)>([\s\S]*?)<\/row>/, (_m, attrs: string, inner: string) => {
    const cells = [...inner.matchAll(/<c r="([A-Z]+)1"[\s\S]*?(?:<\/c>|\/>)/g)].map((m) => [colIndex(m[1]!), m[0]] as const);
    cells.sort((a, b) => a[0] - b[0]);
    return `<row r="1"${attrs}>${cells.map((c) => c[1]).join('')}</row>`;
  });
}

/**
 * Moves every inline string of the workbook to a shared-strings part, as Excel does on save,
 * with each string split in two rich-text runs and a phonetic guide that must not be read.
 */
export function toSharedStrings(parts: Parts): void {
  const strings: string[] = [];
  for (const name of Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/'))) {
    const xml = text(parts, name).replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="inlineStr"><is><t xml:space="preserve">([\s\S]*?)<\/t><\/is><\/c>/g, (_, ref: string, s: string | undefined, t: string) => {
      strings.push(t);
      return `<c r="${ref}"${s ?? ''} t="s"><v>${strings.length - 1}</v></c>`;
    });
    put(parts, name, xml);
  }
  const si = strings.map((t) => {
    const cut = t.indexOf(' ');
    if (cut <= 0) return `<si><t xml:space="preserve">${t}</t><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>`;
    return `<si><r><rPr><b/></rPr><t xml:space="preserve">${t.slice(0, cut)}</t></r><r><t xml:space="preserve">${t.slice(cut)}</t></r><rPh sb="0" eb="1"><t>ﾌﾘｶﾞﾅ</t></rPh></si>`;
  });
  put(parts, 'xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${si.length}" uniqueCount="${si.length}">${si.join('')}</sst>`);
  put(parts, 'xl/_rels/workbook.xml.rels', text(parts, 'xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
  put(parts, '[Content_Types].xml', text(parts, '[Content_Types].xml').replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'));
}

/** Sets the text of one cell (inline), replacing what was there. */
export function setCell(xml: string, ref: string, value: string, kind: 'inline' | 'formula' | 'number' = 'inline'): string {
  const body = kind === 'formula' ? `<f>"met"</f><v>${value}</v>` : kind === 'number' ? `<v>${value}</v>` : `<is><t xml:space="preserve">${value}</t></is>`;
  const t = kind === 'inline' ? ' t="inlineStr"' : kind === 'formula' ? ' t="str"' : '';
  const cell = `<c r="${ref}"${t}>${body}</c>`;
  const re = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (re.test(xml)) return xml.replace(re, cell);
  const row = Number(/\d+$/.exec(ref)![0]);
  return xml.replace(new RegExp(`(<row r="${row}"[^>]*>)`), `$1${cell}`);
}

/** The workbook's column letters of a heading on the checklist sheet. */
export function columnOf(xml: string, heading: string): string {
  const m = new RegExp(`<c r="([A-Z]+)1"[^>]*><is><t xml:space="preserve">${heading.replace(/[()（）]/g, '.')}</t>`).exec(xml);
  if (!m) throw new Error(`fixture: no column ${heading}`);
  return m[1]!;
}

/** The row number (1-based) of a requirement on the checklist sheet. */
export function rowOf(xml: string, id: string): number {
  const m = new RegExp(`<c r="A(\\d+)"[^>]*><is><t xml:space="preserve">${id.replace('.', '\\.')}</t>`).exec(xml);
  if (!m) throw new Error(`fixture: no row ${id}`);
  return Number(m[1]);
}
