import { INPUT_BUDGET, type AssessmentInput } from '@sisc/model';
import { checkRelease, coverToAssessment, finish, Issues, MAX_CELL_CHARS, MAX_ROWS, readChecklistRows, readCover, type CellValue, type Grid, type ReadOptions, type ReadResult } from './_assemble.js';
import { cellRef } from './_layout.js';
import { META_FORMAT, META_SHEET, SHEETS } from './_words.js';
import { attributes, decodeXml, el, stringItemText } from './_xml.js';
import { openZip, type ZipProblem, type ZipReader } from './_zip.js';

export interface WorkbookReadOptions extends ReadOptions {
  /** Bytes of the file; INPUT_BUDGET.bytes unless given. The parts may unpack to 4× this. */
  maxBytes?: number;
}

const FILE = 'workbook';

function zipIssue(out: Issues, p: ZipProblem): void {
  switch (p.kind) {
    case 'encrypted-cfb':
      out.add('invalid-syntax', 'error', FILE, 'the file is password-protected (encrypted), or an old .xls workbook; save it without a password as an Excel workbook (.xlsx) and try again.', 'ファイルがパスワードで保護（暗号化）されているか、古い形式（.xls）のブックです。パスワードを外して Excel ブック（.xlsx）として保存し直してください。', { detail: 'encrypted or .xls' });
      return;
    case 'not-zip':
      out.add('invalid-syntax', 'error', FILE, 'the file is not an Excel workbook (.xlsx); it is not a zip archive.', 'ファイルが Excel ブック（.xlsx）ではありません（zip 形式ではありません）。', { detail: 'not a zip archive' });
      return;
    case 'corrupt':
      out.add('invalid-syntax', 'error', FILE, `the workbook is damaged: ${p.detail}. Open it in Excel and save it again, or download the checklist anew.`, `ブックが壊れています（${p.detail}）。Excel で開いて保存し直すか、チェックリストを作成し直してください。`, { detail: p.detail });
      return;
    case 'encrypted-entry':
      out.add('invalid-syntax', 'error', FILE, `the part ${p.name} of the workbook is encrypted; save the workbook without a password.`, `ブックの一部（${p.name}）が暗号化されています。パスワードを外して保存し直してください。`, { detail: 'encrypted part' });
      return;
    case 'unsupported':
      out.add('invalid-syntax', 'error', FILE, `the workbook cannot be read: ${p.detail}. Save it again with Excel or LibreOffice.`, `ブックを読み取れません（${p.detail}）。Excel または LibreOffice で保存し直してください。`, { detail: p.detail });
      return;
    case 'too-big':
      out.add('too-big', 'error', FILE, `the workbook unpacks to more than ${p.limit.toLocaleString('en-US')} bytes (at the part ${p.name}); no checklist is that large, so it was not read (it may be a zip bomb).`, `ブックを展開すると ${p.limit.toLocaleString('en-US')} バイトを超えます（${p.name}）。チェックリストがこれほど大きくなることはないため、読み取りませんでした（zip 爆弾の可能性があります）。`, { budget: 'bytes', limit: p.limit });
      return;
    case 'too-many-entries':
      out.add('too-big', 'error', FILE, `the workbook holds ${p.found.toLocaleString('en-US')} parts, more than the ${p.limit.toLocaleString('en-US')} read; it was not read.`, `ブックの構成部品が ${p.found.toLocaleString('en-US')} 個あり、上限の ${p.limit.toLocaleString('en-US')} 個を超えるため、読み取りませんでした。`, { budget: 'arrayLength', limit: p.limit, found: p.found });
  }
}

type Part = { text: string } | { problem: ZipProblem } | undefined;

function readPart(zip: ZipReader, name: string): Part {
  const got = zip.read(name);
  if (got === undefined) return undefined;
  if (!(got instanceof Uint8Array)) return { problem: got };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(got) };
  } catch {
    return { problem: { kind: 'corrupt', detail: `the part ${name} is not UTF-8 text` } };
  }
}

/** Resolves a relationship target against the folder of the part it belongs to. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function parseRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, c - 1];
}

/** Reads the cells of one worksheet part. */
function readSheet(name: string, xml: string, shared: readonly string[], out: Issues, date1904: boolean): Grid | undefined {
  const rows = new Map<number, Map<number, CellValue>>();
  const merges: Grid['merges'] = [];
  let rowCount = 0;
  let lastRow = -1;
  const rowRe = new RegExp(`<${el('row')}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${el('row')}>)`, 'g');
  const cellRe = new RegExp(`<${el('c')}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${el('c')}>)`, 'g');
  const vRe = new RegExp(`<${el('v')}(?:\\s[^>]*)?>([\\s\\S]*?)</${el('v')}>`);
  const fRe = new RegExp(`<${el('f')}\\b`);
  const isRe = new RegExp(`<${el('is')}(?:\\s[^>]*)?>([\\s\\S]*?)</${el('is')}>`);
  for (const rm of xml.matchAll(rowRe)) {
    if (++rowCount > MAX_ROWS) {
      out.add('too-big', 'error', `${name}!A${MAX_ROWS + 1}`, `the sheet has more than ${MAX_ROWS.toLocaleString('en-US')} rows; no checklist has that many, so it was not read.`, `シートの行数が ${MAX_ROWS.toLocaleString('en-US')} 行を超えています。チェックリストがこれほど多くなることはないため、読み取りませんでした。`, { budget: 'arrayLength', limit: MAX_ROWS });
      return undefined;
    }
    const ra = attributes(rm[1]!);
    const r = ra.r !== undefined && /^\d+$/.test(ra.r) ? Number(ra.r) - 1 : lastRow + 1;
    lastRow = r;
    if (!rm[2]) continue;
    const cells = new Map<number, CellValue>();
    let lastCol = -1;
    for (const cm of rm[2].matchAll(cellRe)) {
      const ca = attributes(cm[1]!);
      const pos = ca.r !== undefined ? parseRef(ca.r) : undefined;
      const c = pos ? pos[1] : lastCol + 1;
      lastCol = c;
      const inner = cm[2] ?? '';
      const type = ca.t ?? 'n';
      let text = '';
      let kind: CellValue['kind'] = 'string';
      if (fRe.test(inner)) kind = 'formula';
      if (type === 'inlineStr') {
        const is = isRe.exec(inner);
        text = is ? stringItemText(is[1]!) : '';
      } else {
        const v = vRe.exec(inner);
        const raw = v ? decodeXml(v[1]!) : '';
        if (type === 's') {
          const idx = Number(raw);
          text = Number.isInteger(idx) && idx >= 0 && idx < shared.length ? shared[idx]! : '';
        } else if (type === 'b') {
          text = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
          if (kind !== 'formula') kind = 'boolean';
        } else if (type === 'e') {
          text = raw;
          if (kind !== 'formula') kind = 'error';
        } else if (type === 'str') text = raw;
        else {
          text = raw;
          if (kind !== 'formula' && raw !== '') kind = 'number';
        }
      }
      if (text.length > MAX_CELL_CHARS) {
        out.add('too-big', 'error', cellRef(name, r, c), `the cell holds ${text.length.toLocaleString('en-US')} characters, more than the ${MAX_CELL_CHARS.toLocaleString('en-US')} a cell can hold in Excel; shorten it.`, `セルの文字数が ${text.length.toLocaleString('en-US')} 文字あり、Excel の1セルの上限 ${MAX_CELL_CHARS.toLocaleString('en-US')} 文字を超えています。短くしてください。`, { limit: MAX_CELL_CHARS, found: text.length });
        text = '';
      }
      if (text !== '' || kind === 'formula') cells.set(c, { text, kind });
    }
    if (cells.size > 0) rows.set(r, cells);
  }
  const mergeRe = new RegExp(`<${el('mergeCell')}\\b([^>]*?)/?>`, 'g');
  for (const mm of xml.matchAll(mergeRe)) {
    const ref = attributes(mm[1]!).ref ?? '';
    const [a, b] = ref.split(':');
    const p = a ? parseRef(a) : undefined;
    const q = b ? parseRef(b) : p;
    if (p && q) merges.push([p[0], p[1], q[0], q[1]]);
  }
  return { name, rows, merges, date1904 };
}

/**
 * Reads a filled-in checklist workbook (made by `renderChecklistWorkbook`, then edited in Excel,
 * LibreOffice or any other spreadsheet) back into an assessment. Rows are matched by requirement
 * ID and columns by heading, so sorted, filtered, hidden or inserted rows and columns and
 * reordered sheets do not matter. Formulas are never calculated: a formula in a cell sisc reads
 * is refused. Never throws: every problem is an issue naming the sheet and cell.
 */
export function readChecklistWorkbook(bytes: Uint8Array, options: WorkbookReadOptions = {}): ReadResult {
  const out = new Issues();
  try {
    return readWorkbook(bytes, options, out);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    out.add('invalid-syntax', 'error', FILE, `the workbook could not be read (${detail}).`, `ブックを読み取れませんでした（${detail}）。`, { detail });
    return { success: false, issues: out.list };
  }
}

function readWorkbook(bytes: Uint8Array, options: WorkbookReadOptions, out: Issues): ReadResult {
  const maxBytes = options.maxBytes ?? INPUT_BUDGET.bytes;
  const fail = (): ReadResult => ({ success: false, issues: out.list });
  if (!(bytes instanceof Uint8Array)) {
    out.add('invalid-type', 'error', FILE, 'expected the bytes of an .xlsx file.', '.xlsx ファイルのバイト列が必要です。', { expected: 'Uint8Array', found: typeof bytes });
    return fail();
  }
  if (bytes.length > maxBytes) {
    out.add('too-big', 'error', FILE, `the file is ${bytes.length.toLocaleString('en-US')} bytes, more than the ${maxBytes.toLocaleString('en-US')} a checklist may have; it was not read.`, `ファイルが ${bytes.length.toLocaleString('en-US')} バイトあり、上限の ${maxBytes.toLocaleString('en-US')} バイトを超えるため、読み取りませんでした。`, { budget: 'bytes', limit: maxBytes, found: bytes.length });
    return fail();
  }
  const zip = openZip(bytes, maxBytes * 4);
  if ('kind' in zip) {
    zipIssue(out, zip);
    return fail();
  }
  const text = (name: string, required: boolean): string | undefined => {
    const p = readPart(zip, name);
    if (p === undefined) {
      if (required) out.add('missing-field', 'error', FILE, `the workbook has no ${name}; it is not an Excel workbook, or it is damaged.`, `ブックに ${name} がありません。Excel ブックではないか、壊れています。`, { field: name });
      return undefined;
    }
    if ('problem' in p) {
      zipIssue(out, p.problem);
      return undefined;
    }
    return p.text;
  };
  const workbookXml = text('xl/workbook.xml', true);
  if (workbookXml === undefined) return fail();
  const relsXml = text('xl/_rels/workbook.xml.rels', true);
  if (relsXml === undefined) return fail();
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(workbookXml);
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(new RegExp(`<${el('Relationship')}\\b([^>]*?)/?>`, 'g'))) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, resolveTarget('xl/workbook.xml', a.Target));
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbookXml.matchAll(new RegExp(`<${el('sheet')}\\b([^>]*?)/?>`, 'g'))) {
    const a = attributes(m[1]!);
    const part = a.id !== undefined ? targets.get(a.id) : undefined;
    if (a.name !== undefined && part) sheets.push({ name: a.name, part });
  }
  let shared: string[] = [];
  const sharedTarget = [...relsXml.matchAll(new RegExp(`<${el('Relationship')}\\b([^>]*?)/?>`, 'g'))].map((m) => attributes(m[1]!)).find((a) => /\/sharedStrings$/.test(a.Type ?? ''));
  if (sharedTarget?.Target) {
    const sx = text(resolveTarget('xl/workbook.xml', sharedTarget.Target), false);
    if (out.failed) return fail();
    if (sx !== undefined) {
      shared = [];
      for (const m of sx.matchAll(new RegExp(`<${el('si')}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${el('si')}>)`, 'g'))) {
        if (shared.length >= INPUT_BUDGET.nodes) break;
        shared.push(stringItemText(m[1] ?? ''));
      }
    }
  }
  const sheetNamed = (names: readonly string[]) => sheets.find((s) => names.includes(s.name));
  const grid = (s: { name: string; part: string } | undefined): Grid | undefined => {
    if (!s) return undefined;
    const x = text(s.part, true);
    return x === undefined ? undefined : readSheet(s.name, x, shared, out, date1904);
  };

  // The hidden sheet: what the workbook was made from.
  const meta = grid(sheetNamed([META_SHEET]));
  const m: Record<string, string> = {};
  if (meta) for (const cells of meta.rows.values()) if (cells.get(0) && cells.get(1)) m[cells.get(0)!.text.trim()] = cells.get(1)!.text.trim();
  if (out.failed) return fail();
  if (!meta || m.format !== META_FORMAT) {
    if (!options.release) {
      out.add('missing-field', 'error', FILE, `the workbook has no "${META_SHEET}" sheet naming its criteria release, so it was not made by \`sisc render checklist --format xlsx\`; start from a checklist made by sisc.`, `ブックに基準の版を記録した「${META_SHEET}」シートがないため、\`sisc render checklist --format xlsx\` で作成したチェックリストではありません。sisc で作成したチェックリストに記入してください。`, { field: META_SHEET });
      return fail();
    }
  }
  const ref = { ...(m.scheme ? { scheme: m.scheme } : {}), ...(m.version ? { version: m.version } : {}), ...(m.digest ? { digest: m.digest } : {}) };
  const release = checkRelease(out, `${META_SHEET}!B4`, ref, options);
  if (out.failed) return fail();
  const scheme = m.scheme ?? release?.scheme.id ?? '';
  const version = m.version ?? release?.version ?? '';
  const level = /^\d+$/.test(m.level ?? '') ? Number(m.level) : 1;

  const checklistSheet = sheetNamed([SHEETS.ja.checklist, SHEETS.en.checklist]) ?? sheets.find((s) => s.name !== META_SHEET && !['表紙', 'Cover'].includes(s.name));
  const checklist = grid(checklistSheet);
  if (!checklist) {
    if (!out.failed) out.add('missing-field', 'error', FILE, `the workbook has no "${SHEETS.ja.checklist}" (Checklist) sheet.`, `ブックに「${SHEETS.ja.checklist}」シートがありません。`, { field: SHEETS.ja.checklist });
    return fail();
  }
  const rows = readChecklistRows(checklist, out, release);
  const coverGrid = grid(sheetNamed([SHEETS.ja.cover, SHEETS.en.cover]));
  const cells = rows?.cells ?? new Map<string, string>();
  const coverOut = coverGrid ? readCover(coverGrid, out) : { values: {} };
  const rest = coverToAssessment(coverOut, level, coverGrid ?? checklist, out, cells);
  if (!rows) return fail();
  const assessment: AssessmentInput = { criteria: { scheme, version }, ...rest, answers: rows.answers };
  return finish(assessment, cells, out, coverGrid ? `${coverGrid.name}!B8` : FILE);
}
