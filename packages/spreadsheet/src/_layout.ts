/**
 * The layout of the workbook, shared by the writer and the readers: the checklist columns and
 * the cover fields, each with a stable key and its heading in both languages. The readers find
 * columns by heading (in either language), never by position.
 */
import { checklistHeaders, checklistWords } from '@sisc/render';
import { EXTRA, headerKey, type Lang } from './_words.js';

export const REQUIREMENT_COLUMNS = ['id', 'category', 'item', 'requirement', 'kind', 'level', 'na'] as const;
export const ANSWER_COLUMNS = ['answer', 'justification', 'evidenceTitle', 'evidenceDate', 'evidenceUri', 'evidenceSha256', 'note'] as const;
/** `evidence` (title, date and location in one cell, a line each) is the CSV's column; the workbook splits it. */
export type ColumnKey = (typeof REQUIREMENT_COLUMNS)[number] | (typeof ANSWER_COLUMNS)[number] | 'evidence' | 'release';
export const WORKBOOK_COLUMNS: readonly ColumnKey[] = [...REQUIREMENT_COLUMNS, ...ANSWER_COLUMNS];

export function columnHeading(key: ColumnKey, lang: Lang): string {
  const h = checklistHeaders(lang);
  switch (key) {
    case 'evidenceTitle':
    case 'evidenceDate':
    case 'evidenceUri':
    case 'evidenceSha256':
      return EXTRA[lang][key];
    case 'note':
      return checklistWords(lang).answerNote;
    default:
      return h[key];
  }
}

const ALL_COLUMNS: readonly ColumnKey[] = [...WORKBOOK_COLUMNS, 'evidence', 'release'];

/** Heading (normalised) → column key, for both languages. */
export const HEADING_LOOKUP: ReadonlyMap<string, ColumnKey> = (() => {
  const m = new Map<string, ColumnKey>();
  for (const lang of ['ja', 'en'] as const) for (const k of ALL_COLUMNS) m.set(headerKey(columnHeading(k, lang)), k);
  return m;
})();

export const COVER_FIELDS = [
  'organization.name',
  'organization.corporateNumber',
  'targetLevel',
  'mode',
  'declaration.signatory.name',
  'declaration.signatory.role',
  'declaration.date',
  'audit.auditor.name',
  'audit.body.name',
  'audit.date',
  'audit.reference',
] as const;
export type CoverField = (typeof COVER_FIELDS)[number];

export function coverLabel(field: CoverField, lang: Lang): string {
  const w = checklistWords(lang);
  const x = EXTRA[lang];
  const labels: Record<CoverField, string> = {
    'organization.name': w.organization,
    'organization.corporateNumber': w.corporateNumber,
    targetLevel: w.targetLevel,
    mode: w.mode,
    'declaration.signatory.name': x.signatoryName,
    'declaration.signatory.role': x.signatoryRole,
    'declaration.date': w.declarationDate,
    'audit.auditor.name': w.auditor,
    'audit.body.name': w.certificationBody,
    'audit.date': w.auditDate,
    'audit.reference': w.auditReference,
  };
  return labels[field];
}

export const COVER_LOOKUP: ReadonlyMap<string, CoverField> = (() => {
  const m = new Map<string, CoverField>();
  for (const lang of ['ja', 'en'] as const) for (const f of COVER_FIELDS) m.set(headerKey(coverLabel(f, lang)), f);
  for (const f of COVER_FIELDS) m.set(headerKey(f), f);
  return m;
})();

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A cell reference as a person reads it: `チェックリスト!E12`. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${columnName(col)}${row + 1}`;
}
