/**
 * The few words only the workbook needs (sheet names, the split evidence columns, the cover
 * fields the printed checklist has no box for). Everything else — the column headings, the
 * statuses, the cover labels — comes from `@sisc/render` (`checklistTable`) and the model's
 * `TERMS`, so the workbook, the CSV and the printed checklist use the same words.
 */
import { ANSWER_STATUSES, TERMS, type AnswerStatus } from '@sisc/model';

export type Lang = 'ja' | 'en';

export const SHEETS = {
  ja: { cover: '表紙', checklist: 'チェックリスト' },
  en: { cover: 'Cover', checklist: 'Checklist' },
} as const;

/** The hidden sheet with what the workbook was made from. Same name in both languages. */
export const META_SHEET = 'sisc';
export const META_FORMAT = 'sisc-checklist';
export const META_FORMAT_VERSION = '1';

export const EXTRA = {
  ja: {
    evidenceTitle: '証跡の名称',
    evidenceDate: '証跡の日付',
    evidenceUri: '証跡の所在（URL・文書番号）',
    evidenceSha256: '証跡のSHA-256',
    signatoryName: '署名者の氏名',
    signatoryRole: '署名者の役職',
    fieldCol: '項目',
    valueCol: '記入',
    coverIntro: '色の付いたセルに記入してください。シートの保護にパスワードはありません（並べ替えや列の挿入をする場合は「校閲」→「シート保護の解除」）。',
    evidenceNote: '証跡が複数ある場合は、セル内で改行して（Alt+Enter）1行に1件ずつ、名称・日付・所在の各列で同じ行に書いてください。日付は 2025-04-01 の形で書きます。',
  },
  en: {
    evidenceTitle: 'Evidence title',
    evidenceDate: 'Evidence date',
    evidenceUri: 'Evidence location (URL or reference)',
    evidenceSha256: 'Evidence SHA-256',
    signatoryName: 'Signatory: name',
    signatoryRole: 'Signatory: role',
    fieldCol: 'Field',
    valueCol: 'Entry',
    coverIntro: 'Fill in the coloured cells. The sheets are protected without a password (to sort or insert columns, use Review → Unprotect Sheet).',
    evidenceNote: 'For several pieces of evidence, put one per line inside the cell (Alt+Enter), on the same line in the title, date and location columns. Write dates as 2025-04-01.',
  },
} as const;

/** The localized status words the dropdown offers, from the model's verdict words. */
export function statusWord(status: AnswerStatus, lang: Lang): string {
  return TERMS[lang].verdict[status];
}

const normalize = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The spellings of a status the readers accept, beyond the dropdown's words in either language.
 * Compared after NFKC normalisation (full-width letters become half-width), trimming and lower-casing.
 */
export const STATUS_VARIANTS: Readonly<Record<AnswerStatus, readonly string[]>> = {
  met: [TERMS.ja.verdict.met, 'met', '○', '◯', '〇', '✓', '✔', 'yes', 'y', 'はい'],
  'not-met': [TERMS.ja.verdict['not-met'], '不適合', '未達', TERMS.en.verdict['not-met'], 'not-met', '×', '✕', '✗', 'x', 'no', 'n', 'いいえ'],
  'not-applicable': [TERMS.ja.verdict['not-applicable'], '非該当', '対象外', TERMS.en.verdict['not-applicable'], 'not-applicable', 'n/a', 'na'],
};

const STATUS_LOOKUP: ReadonlyMap<string, AnswerStatus> = (() => {
  const m = new Map<string, AnswerStatus>();
  for (const s of ANSWER_STATUSES) {
    for (const v of [...STATUS_VARIANTS[s], TERMS.ja.verdict[s], TERMS.en.verdict[s], s]) m.set(normalize(v), s);
  }
  return m;
})();

/** A status cell's value as a status, or undefined when it is not one of the accepted spellings. */
export function readStatus(text: string): AnswerStatus | undefined {
  return STATUS_LOOKUP.get(normalize(text));
}

export function headerKey(text: string): string {
  return normalize(text);
}

export function modeWord(mode: 'self-declaration' | 'audit', lang: Lang): string {
  return TERMS[lang].assessmentMode[mode];
}

/** A mode cell's value: the words in either language, or the schema's own spelling. */
export function readMode(text: string): 'self-declaration' | 'audit' | undefined {
  const n = normalize(text);
  for (const m of ['self-declaration', 'audit'] as const) {
    if (n === m || n === normalize(TERMS.ja.assessmentMode[m]) || n === normalize(TERMS.en.assessmentMode[m])) return m;
  }
  if (n === TERMS.ja.assurance.audited || n === 'audited') return 'audit';
  return undefined;
}
