import { INPUT_BUDGET, type AssessmentInput } from '@sisc/model';
import { checkRelease, findHeading, finish, Issues, MAX_CELL_CHARS, MAX_ROWS, readChecklistRows, type CellValue, type Grid, type ReadOptions, type ReadResult } from './_assemble.js';
import { cellRef } from './_layout.js';


export interface CsvReadOptions extends ReadOptions {
  /**
   * The rest of the assessment: the CSV carries the answers only, so the organisation, the
   * level, the mode, the declaration and the audit come from here (last year's assessment, say).
   * Its answers are replaced by the CSV's.
   */
  base?: Omit<AssessmentInput, 'answers' | 'criteria'> & Partial<Pick<AssessmentInput, 'answers' | 'criteria'>>;
  /** Characters of the text; INPUT_BUDGET.bytes unless given. */
  maxBytes?: number;
}

/** The name the CSV's cells are given in issues: the checklist sheet's name, as Excel would show it. */
const SHEET = 'csv';

/** Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with a BOM; Shift_JIS where the runtime can decode it. */
function decode(bytes: Uint8Array, out: Issues): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: most likely Excel's "CSV" (not "CSV UTF-8") on Japanese Windows, which is Shift_JIS.
  }
  let sjis: string | undefined;
  try {
    sjis = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
  } catch {
    sjis = undefined;
  }
  if (sjis !== undefined) {
    out.add('invalid-syntax', 'warning', SHEET, 'the file is not UTF-8; it was read as Shift_JIS (Excel\'s "CSV (Comma delimited)" on Japanese Windows). Check the Japanese text, or save as "CSV UTF-8" next time.', 'ファイルが UTF-8 ではないため、Shift_JIS（日本語版 Windows の Excel の「CSV（コンマ区切り）」）として読み取りました。日本語が正しく読めているか確認してください。次回は「CSV UTF-8（コンマ区切り）」で保存してください。', { detail: 'Shift_JIS' });
    return sjis;
  }
  out.add('invalid-syntax', 'error', SHEET, 'the file is neither UTF-8 nor Shift_JIS text; save it from Excel as "CSV UTF-8 (Comma delimited)".', 'ファイルが UTF-8 でも Shift_JIS でもありません。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。', { detail: 'unknown encoding' });
  return undefined;
}

/** RFC 4180 fields: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string, out: Issues): Grid | undefined {
  const rows = new Map<number, Map<number, CellValue>>();
  let row = new Map<number, CellValue>();
  let r = 0;
  let c = 0;
  let i = 0;
  const delimiter = /^[^\n]*\t/.test(text) && !/^[^\n]*,/.test(text) ? '\t' : ',';
  const push = (value: string) => {
    // The writer's guard against formula injection: a leading apostrophe before = + - @ tab CR.
    const v = /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
    if (v.length > MAX_CELL_CHARS) {
      out.add('too-big', 'error', cellRef(SHEET, r, c), `the field holds ${v.length.toLocaleString('en-US')} characters, more than the ${MAX_CELL_CHARS.toLocaleString('en-US')} a spreadsheet cell can hold; shorten it.`, `欄の文字数が ${v.length.toLocaleString('en-US')} 文字あり、表計算ソフトの1セルの上限 ${MAX_CELL_CHARS.toLocaleString('en-US')} 文字を超えています。短くしてください。`, { limit: MAX_CELL_CHARS, found: v.length });
    } else if (v !== '') row.set(c, { text: v, kind: 'string' });
    c++;
  };
  const endRow = () => {
    if (row.size > 0) rows.set(r, row);
    row = new Map();
    r++;
    c = 0;
  };
  while (i < text.length) {
    if (r >= MAX_ROWS) {
      out.add('too-big', 'error', cellRef(SHEET, MAX_ROWS, 0), `the file has more than ${MAX_ROWS.toLocaleString('en-US')} rows; no checklist has that many, so it was not read.`, `ファイルの行数が ${MAX_ROWS.toLocaleString('en-US')} 行を超えています。チェックリストがこれほど多くなることはないため、読み取りませんでした。`, { budget: 'arrayLength', limit: MAX_ROWS });
      return undefined;
    }
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          out.add('invalid-syntax', 'error', cellRef(SHEET, r, c), 'a quoted field is not closed (a " is missing); the rest of the file could not be read.', '引用符 " で始まる欄が閉じられていません。以降を読み取れませんでした。', { detail: 'unclosed quote' });
          return undefined;
        }
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      let j = i;
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      value += text.slice(i, j);
      i = j;
      push(value);
    } else {
      let j = i;
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      push(text.slice(i, j));
      i = j;
    }
    if (text[i] === delimiter) {
      i++;
      if (i >= text.length) push('');
    } else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      endRow();
    }
  }
  if (row.size > 0 || c > 0) endRow();
  return { name: SHEET, rows, merges: [] };
}

/**
 * Reads a filled-in checklist CSV — what `sisc render checklist --format csv` writes (or
 * `renderChecklist(…, { format: 'csv' })`), with the answer, justification and evidence columns
 * filled in — into an assessment. The CSV holds the answers only: the organisation and the rest
 * come from `options.base`, and without it the result is an issue saying so. Accepts a string
 * or the file's bytes (UTF-8 with or without BOM, UTF-16 with BOM, Shift_JIS where the runtime
 * decodes it). Never throws.
 */
export function readChecklistCsv(input: string | Uint8Array, options: CsvReadOptions = {}): ReadResult {
  const out = new Issues();
  try {
    return readCsv(input, options, out);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    out.add('invalid-syntax', 'error', SHEET, `the CSV could not be read (${detail}).`, `CSV を読み取れませんでした（${detail}）。`, { detail });
    return { success: false, issues: out.list };
  }
}

function readCsv(input: string | Uint8Array, options: CsvReadOptions, out: Issues): ReadResult {
  const fail = (): ReadResult => ({ success: false, issues: out.list });
  const maxBytes = options.maxBytes ?? INPUT_BUDGET.bytes;
  const size = typeof input === 'string' ? input.length : input instanceof Uint8Array ? input.length : -1;
  if (size < 0) {
    out.add('invalid-type', 'error', SHEET, 'expected the text or the bytes of a CSV file.', 'CSV ファイルの文字列またはバイト列が必要です。', { expected: 'string or Uint8Array', found: typeof input });
    return fail();
  }
  if (size > maxBytes) {
    out.add('too-big', 'error', SHEET, `the file is ${size.toLocaleString('en-US')} bytes, more than the ${maxBytes.toLocaleString('en-US')} a checklist may have; it was not read.`, `ファイルが ${size.toLocaleString('en-US')} バイトあり、上限の ${maxBytes.toLocaleString('en-US')} バイトを超えるため、読み取りませんでした。`, { budget: 'bytes', limit: maxBytes, found: size });
    return fail();
  }
  let text = typeof input === 'string' ? input : decode(input, out);
  if (text === undefined) return fail();
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (typeof input === 'string' && (text.includes('\u0000') || text.includes('\uFFFD'))) {
    out.add('invalid-syntax', 'error', SHEET, 'the text was not decoded correctly (it holds NUL or replacement characters, as UTF-16 or Shift_JIS read as UTF-8 does); save the file as "CSV UTF-8 (Comma delimited)".', '文字が正しく読み取れていません（UTF-16 や Shift_JIS のファイルを UTF-8 として読んだときの文字化けがあります）。「CSV UTF-8（コンマ区切り）」として保存し直してください。', { detail: 'mis-decoded text' });
    return fail();
  }
  const grid = parseCsv(text, out);
  if (!grid || out.failed) return fail();
  // The release column names the version: "1.0.0" or "1.0.0-draft.1 （草案）".
  let version: string | undefined;
  let versionAt = SHEET;
  const heading = findHeading(grid);
  const releaseCol = heading?.columns.get('release');
  if (heading && releaseCol !== undefined) {
    for (const [r, cells] of [...grid.rows.entries()].sort((a, b) => a[0] - b[0])) {
      if (r <= heading.header) continue;
      const v = cells.get(releaseCol)?.text.trim().split(/\s+/)[0];
      if (v) {
        version = v;
        versionAt = cellRef(SHEET, r, releaseCol);
        break;
      }
    }
  }
  const ref = { ...(version ? { version } : {}), ...(options.base?.criteria?.scheme ? { scheme: options.base.criteria.scheme } : {}) };
  const release = checkRelease(out, versionAt, version ? ref : { ...ref, ...(options.release ? { version: options.release.version } : {}) }, options);
  if (out.failed) return fail();
  const rows = readChecklistRows(grid, out, release);
  if (!rows) return fail();
  const base = options.base;
  if (!base) {
    out.add('missing-field', 'error', SHEET, 'a checklist CSV holds the answers only, not the organisation, the level or the declaration; read it with the rest of the assessment (`sisc import FILE.csv --base ASSESSMENT.yaml`), or use the Excel checklist (`sisc render checklist --format xlsx`), which has a cover sheet for them.', 'チェックリストの CSV には回答だけが含まれ、事業者名・対象レベル・宣言は含まれません。評価票の残りの部分と合わせて読み取るか（`sisc import FILE.csv --base 評価票.yaml`）、表紙シートのある Excel のチェックリスト（`sisc render checklist --format xlsx`）を使ってください。', { field: 'organization' });
    return fail();
  }
  const scheme = release?.scheme.id ?? base.criteria?.scheme ?? '';
  const criteria = { scheme, version: version ?? release?.version ?? base.criteria?.version ?? '' };
  const { answers: _ignored, criteria: _c, ...rest } = base;
  const assessment: AssessmentInput = { ...rest, criteria, answers: rows.answers } as AssessmentInput;
  return finish(assessment, rows.cells, out, SHEET);
}

