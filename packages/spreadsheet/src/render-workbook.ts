import { ANSWER_STATUSES, SiscError, safeParseAssessment, ValidationError, type Assessment, type CriteriaReleaseInput, type ReadonlyAssessmentInput } from '@sisc/model';
import { checklistTable, type ChecklistRow } from '@sisc/render';
import { version } from '../package.json';
import { cellRef, columnHeading, columnName, coverLabel, COVER_FIELDS, WORKBOOK_COLUMNS, type ColumnKey, type CoverField } from './_layout.js';
import { EXTRA, META_FORMAT, META_FORMAT_VERSION, META_SHEET, modeWord, SHEETS, statusWord, type Lang } from './_words.js';
import { xmlText } from './_xml.js';
import { writeZip } from './_zip.js';

/** The version of @sisc/spreadsheet, recorded in every workbook's metadata sheet. */
export const GENERATOR_VERSION: string = version;

/** Options of the workbook: the level (default 1), the language, and an assessment to prefill. */
export interface WorkbookOptions {
  level: number;
  lang: 'ja' | 'en';
  /** Answers, organisation, declaration and audit to fill in (last year's, say). */
  assessment?: ReadonlyAssessmentInput;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes of styles.xml's cellXfs. */
const S = { plain: 0, header: 1, locked: 2, open: 3, title: 4, label: 5, openDate: 3 } as const;

const WIDTHS: Record<ColumnKey, number> = {
  id: 12,
  category: 18,
  item: 22,
  requirement: 60,
  kind: 12,
  level: 8,
  na: 16,
  answer: 14,
  justification: 30,
  evidenceTitle: 30,
  evidenceDate: 13,
  evidenceUri: 28,
  evidenceSha256: 20,
  note: 24,
  evidence: 30,
  release: 14,
};

type Cell = { text: string; style: number } | undefined;

function row(r: number, cells: readonly Cell[], height?: number): string {
  let out = `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>`;
  cells.forEach((c, i) => {
    if (!c) return;
    const ref = `${columnName(i)}${r + 1}`;
    out += c.text === '' ? `<c r="${ref}" s="${c.style}"/>` : `<c r="${ref}" s="${c.style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(c.text)}</t></is></c>`;
  });
  return `${out}</row>`;
}

function one(text: string) {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function evidenceCells(a: Assessment['answers'][string] | undefined): Record<'evidenceTitle' | 'evidenceDate' | 'evidenceUri' | 'evidenceSha256', string> {
  const ev = a?.evidence ?? [];
  return {
    evidenceTitle: ev.map((e) => one(e.title)).join('\n'),
    evidenceDate: ev.map((e) => e.date).join('\n'),
    evidenceUri: ev.some((e) => e.uri !== undefined) ? ev.map((e) => one(e.uri ?? '')).join('\n') : '',
    evidenceSha256: ev.some((e) => e.sha256 !== undefined) ? ev.map((e) => e.sha256 ?? '').join('\n') : '',
  };
}

function checklistSheet(rows: readonly ChecklistRow[], naAllowed: readonly boolean[], assessment: Assessment | undefined, lang: Lang, sheet: string): string {
  const cols = WORKBOOK_COLUMNS;
  const last = rows.length + 1;
  const lastCol = columnName(cols.length - 1);
  const statusCol = columnName(cols.indexOf('answer'));
  let data = row(0, cols.map((k) => ({ text: columnHeading(k, lang), style: S.header })), 36);
  rows.forEach((q, i) => {
    const a = assessment?.answers[q.id];
    const ev = evidenceCells(a);
    const value: Record<ColumnKey, string> = {
      ...q,
      answer: a ? statusWord(a.status, lang) : '',
      justification: a?.justification ?? '',
      ...ev,
      note: a?.note ?? '',
      evidence: '',
      release: '',
    };
    data += row(i + 1, cols.map((k) => ({ text: value[k], style: (WORKBOOK_COLUMNS.indexOf(k) < 7 ? S.locked : S.open) as number })));
  });
  const withNa = rows.map((_, i) => i).filter((i) => naAllowed[i]);
  const withoutNa = rows.map((_, i) => i).filter((i) => !naAllowed[i]);
  // Runs of consecutive rows as one range each: H2:H13 H15.
  const ranges = (idx: number[]) => {
    const out: string[] = [];
    for (let k = 0; k < idx.length; ) {
      let j = k;
      while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
      out.push(j === k ? `${statusCol}${idx[k]! + 2}` : `${statusCol}${idx[k]! + 2}:${statusCol}${idx[j]! + 2}`);
      k = j + 1;
    }
    return out.join(' ');
  };
  const list = (statuses: readonly string[]) => `<formula1>"${xmlText(statuses.map((s) => statusWord(s as 'met', lang)).join(','))}"</formula1>`;
  const validations = [
    withNa.length ? `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" sqref="${ranges(withNa)}">${list(ANSWER_STATUSES)}</dataValidation>` : '',
    withoutNa.length ? `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" sqref="${ranges(withoutNa)}">${list(['met', 'not-met'])}</dataValidation>` : '',
  ].filter(Boolean);
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${lastCol}${last}"/>` +
    `<sheetViews><sheetView tabSelected="1" zoomScale="100" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${statusCol}2" sqref="${statusCol}2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="18"/>` +
    `<cols>${cols.map((k, i) => `<col min="${i + 1}" max="${i + 1}" width="${WIDTHS[k]}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${data}</sheetData>` +
    `<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>` +
    `<autoFilter ref="A1:${lastCol}${last}"/>` +
    (validations.length ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : '') +
    `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${xmlText(`&L${sheet}`)}</oddHeader><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}

function coverValue(field: CoverField, a: Assessment | undefined, level: number, lang: Lang): string {
  switch (field) {
    case 'organization.name':
      return a?.organization.name ?? '';
    case 'organization.corporateNumber':
      return a?.organization.corporateNumber ?? '';
    case 'targetLevel':
      return String(a?.targetLevel ?? level);
    case 'mode':
      return modeWord(a?.mode ?? (level >= 2 ? 'audit' : 'self-declaration'), lang);
    case 'declaration.signatory.name':
      return a?.declaration?.signatory.name ?? '';
    case 'declaration.signatory.role':
      return a?.declaration?.signatory.role ?? '';
    case 'declaration.date':
      return a?.declaration?.date ?? '';
    case 'audit.auditor.name':
      return a?.audit?.auditor.name ?? '';
    case 'audit.body.name':
      return a?.audit?.body.name ?? '';
    case 'audit.date':
      return a?.audit?.date ?? '';
    case 'audit.reference':
      return a?.audit?.reference ?? '';
  }
}

/** Rows of the cover before the fields: title, criteria, version, digest, intro, blank, heading. */
export const COVER_FIRST_FIELD_ROW = 7;

function coverSheet(title: string, criteria: string, version: string, digest: string, a: Assessment | undefined, level: number, lang: Lang): string {
  const w = EXTRA[lang];
  let data = row(0, [{ text: title, style: S.title }], 28);
  data += row(1, [{ text: lang === 'ja' ? '基準' : 'Criteria', style: S.label }, { text: criteria, style: S.locked }]);
  data += row(2, [{ text: lang === 'ja' ? '版' : 'Version', style: S.label }, { text: version, style: S.locked }]);
  data += row(3, [{ text: lang === 'ja' ? 'ダイジェスト（SHA-256）' : 'Digest (SHA-256)', style: S.label }, { text: digest, style: S.locked }]);
  data += row(4, [{ text: w.coverIntro, style: S.plain }]);
  data += row(6, [{ text: w.fieldCol, style: S.header }, { text: w.valueCol, style: S.header }]);
  COVER_FIELDS.forEach((f, i) => {
    data += row(COVER_FIRST_FIELD_ROW + i, [{ text: coverLabel(f, lang), style: S.label }, { text: coverValue(f, a, level, lang), style: S.open }, { text: f, style: S.locked }]);
  });
  const modeRow = COVER_FIRST_FIELD_ROW + COVER_FIELDS.indexOf('mode') + 1;
  const modes = `"${xmlText([modeWord('self-declaration', lang), modeWord('audit', lang)].join(','))}"`;
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
    `<dimension ref="A1:C${COVER_FIRST_FIELD_ROW + COVER_FIELDS.length}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="18"/>` +
    `<cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="2" width="70" customWidth="1"/><col min="3" max="3" width="24" hidden="1" customWidth="1"/></cols>` +
    `<sheetData>${data}</sheetData>` +
    `<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0"/>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" sqref="B${modeRow}"><formula1>${modes}</formula1></dataValidation></dataValidations>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="portrait"/>` +
    `</worksheet>`
  );
}

function metaSheet(entries: readonly (readonly [string, string])[]): string {
  const data = entries.map(([k, v], i) => row(i, [{ text: k, style: S.locked }, { text: v, style: S.locked }])).join('');
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS}" xmlns:r="${NS_R}">` +
    `<dimension ref="A1:B${entries.length}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="18"/>` +
    `<cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="2" width="70" customWidth="1"/></cols>` +
    `<sheetData>${data}</sheetData>` +
    `<sheetProtection sheet="1" objects="1" scenarios="1"/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}

function stylesXml(lang: Lang): string {
  // Yu Gothic (游ゴシック) with the Japanese character set: the font Japanese Excel uses by default.
  const face = lang === 'ja' ? '游ゴシック' : 'Yu Gothic';
  const font = (extra: string) => `<font>${extra}<sz val="10"/><name val="${face}"/><family val="3"/><charset val="128"/></font>`;
  return (
    XML_HEAD +
    `<styleSheet xmlns="${NS}">` +
    `<fonts count="3">${font('')}${font('<b/>')}<font><b/><sz val="14"/><name val="${face}"/><family val="3"/><charset val="128"/></font></fonts>` +
    `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>` +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
    `<border><left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="6">` +
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` +
    `<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
    `<xf numFmtId="49" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>` +
    `<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
    `<xf numFmtId="49" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
    `</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The checklist of a criteria release as an Excel workbook (XLSX): a cover sheet for the
 * organisation, the declaration and the audit; the checklist sheet, one row per requirement that
 * applies at the level, with a status dropdown and open cells for the justification, the evidence
 * and a note; and a hidden sheet naming the release and its digest. Prefilled from
 * `options.assessment` when given. Same input, byte-identical output.
 *
 * @throws ValidationError `invalid-criteria` or `invalid-assessment`; SiscError `invalid-option`.
 */
export function renderChecklistWorkbook(release: CriteriaReleaseInput, options: WorkbookOptions): Uint8Array {
  if (typeof options !== 'object' || options === null) throw new SiscError('invalid-option', 'renderChecklistWorkbook: options must be an object such as { level: 1, lang: "ja" }.');
  const table = checklistTable(release, { lang: options.lang, level: options.level });
  const lang = options.lang;
  let assessment: Assessment | undefined;
  if (options.assessment !== undefined) {
    const parsed = safeParseAssessment(options.assessment);
    if (!parsed.success) throw new ValidationError('invalid-assessment', 'The assessment', parsed.issues);
    assessment = parsed.data;
  }
  const r = release as { scheme: { id: string }; version: string; categories: { items: { requirements: { id: string; naPolicy: { allowed: boolean } }[] }[] }[] };
  const naById = new Map<string, boolean>();
  for (const c of r.categories) for (const it of c.items) for (const q of it.requirements) naById.set(q.id, q.naPolicy.allowed);
  const sheets = SHEETS[lang];
  const meta: [string, string][] = [
    ['format', META_FORMAT],
    ['formatVersion', META_FORMAT_VERSION],
    ['scheme', r.scheme.id],
    ['version', r.version],
    ['digest', table.digest],
    ['level', String(table.level)],
    ['lang', lang],
    ['generator', `@sisc/spreadsheet ${GENERATOR_VERSION}`],
  ];
  const criteriaName = `${r.scheme.id}`;
  const enc = new TextEncoder();
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${NS}" xmlns:r="${NS_R}">` +
    `<workbookPr/>` +
    `<bookViews><workbookView activeTab="1"/></bookViews>` +
    `<sheets><sheet name="${xmlText(sheets.cover)}" sheetId="1" r:id="rId1"/><sheet name="${xmlText(sheets.checklist)}" sheetId="2" r:id="rId2"/><sheet name="${META_SHEET}" sheetId="3" state="hidden" r:id="rId3"/></sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">${xmlText(`${quoteSheet(sheets.checklist)}!$A$1:$${columnName(WORKBOOK_COLUMNS.length - 1)}$${table.rows.length + 1}`)}</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="1">${xmlText(`${quoteSheet(sheets.checklist)}!$1:$1`)}</definedName></definedNames>` +
    `</workbook>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      XML_HEAD +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        [1, 2, 3].map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
        `</Types>`,
    ],
    [
      '_rels/.rels',
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        rel('rId1', `${T}/officeDocument`, 'xl/workbook.xml') +
        rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml') +
        rel('rId3', `${T}/extended-properties`, 'docProps/app.xml') +
        `</Relationships>`,
    ],
    [
      'docProps/core.xml',
      XML_HEAD +
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:title>${xmlText(`${table.title} — ${criteriaName} ${r.version}`)}</dc:title><dc:creator>sisc</dc:creator>` +
        // Fixed dates: the file says nothing about when it was made, so the same input gives the same bytes.
        `<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>` +
        `</cp:coreProperties>`,
    ],
    ['docProps/app.xml', `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>sisc</Application></Properties>`],
    ['xl/workbook.xml', workbook],
    [
      'xl/_rels/workbook.xml.rels',
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        [1, 2, 3].map((n) => rel(`rId${n}`, `${T}/worksheet`, `worksheets/sheet${n}.xml`)).join('') +
        rel('rId4', `${T}/styles`, 'styles.xml') +
        `</Relationships>`,
    ],
    ['xl/styles.xml', stylesXml(lang)],
    ['xl/worksheets/sheet1.xml', coverSheet(table.title, criteriaName, table.version, table.digest, assessment, table.level, lang)],
    [
      'xl/worksheets/sheet2.xml',
      checklistSheet(
        table.rows,
        table.rows.map((q) => naById.get(q.id) ?? true),
        assessment,
        lang,
        sheets.checklist,
      ),
    ],
    ['xl/worksheets/sheet3.xml', metaSheet(meta)],
  ];
  return writeZip(parts.map(([n, t]) => [n, enc.encode(t)] as const));
}

/** For messages: the checklist's status cell of the n-th requirement row (0-based). */
export function statusCell(lang: Lang, index: number): string {
  return cellRef(SHEETS[lang].checklist, index + 1, WORKBOOK_COLUMNS.indexOf('answer'));
}
