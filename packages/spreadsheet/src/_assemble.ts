/**
 * From cells to an assessment, shared by the workbook and the CSV reader: the heading row is
 * found by its words (either language), rows are matched by requirement ID, and every problem is
 * an issue naming the sheet and cell, in English (`message`) and Japanese (`params.messageJa`).
 */
import {
  criteriaDigest,
  INPUT_BUDGET,
  issue,
  localizeIssue,
  REQUIREMENT_ID,
  safeParseAssessment,
  sortIssues,
  type Answer,
  type AssessmentInput,
  type CriteriaRelease,
  type EvidenceItem,
  type Issue,
  type IssueCode,
  type Severity,
} from '@sisc/model';
import { cellRef, COVER_LOOKUP, HEADING_LOOKUP, type ColumnKey, type CoverField } from './_layout.js';
import { headerKey, readMode, readStatus, STATUS_VARIANTS } from './_words.js';

/** One cell as read: its text, and what kind of value it held. */
export interface CellValue {
  text: string;
  kind: 'string' | 'number' | 'boolean' | 'error' | 'formula';
}

/** A sheet: row index → column index → cell (0-based). */
export interface Grid {
  name: string;
  rows: Map<number, Map<number, CellValue>>;
  /** Merged ranges, as [firstRow, firstCol, lastRow, lastCol]. */
  merges: [number, number, number, number][];
  /** Whether numbers count from 1904 (a workbook setting of old Mac Excel). */
  date1904?: boolean;
}

/** Where the criteria release of a read document comes from. */
export interface ReadOptions {
  /** The release the document must be for; a different version or digest is refused. */
  release?: CriteriaRelease;
  /** Looks a release up by version (and scheme, when the document names it), e.g. from @sisc/criteria. */
  resolveRelease?: (version: string, scheme?: string) => CriteriaRelease | undefined;
}

export type ReadResult = { success: true; assessment: AssessmentInput; issues: Issue[] } | { success: false; issues: Issue[] };

/** Excel's own limit on the characters of one cell; longer text is refused. */
export const MAX_CELL_CHARS = 32_767;
/** Rows of one sheet: the model's array budget (100,000). */
export const MAX_ROWS = INPUT_BUDGET.arrayLength;

export class Issues {
  readonly list: Issue[] = [];
  add(code: IssueCode, severity: Severity, where: string, en: string, ja: string, params: Record<string, string | number | boolean> = {}, requirementId?: string): void {
    this.list.push(issue(code, severity, where, `${where}: ${en}`, { params: { ...params, messageJa: `${where}: ${ja}` }, ...(requirementId ? { requirementId } : {}) }));
  }
  get failed(): boolean {
    return this.list.some((i) => i.severity === 'error');
  }
}

const MIGRATE_EN = 'Move the answers to the release you use with `sisc migrate`, then make a new checklist with `sisc render checklist --format xlsx`.';
const MIGRATE_JA = '`sisc migrate` で回答を使用する版へ移行し、`sisc render checklist --format xlsx` で新しいチェックリストを作成してください。';

/** The release a document names, checked against the given or looked-up one. */
export function checkRelease(out: Issues, where: string, ref: { scheme?: string; version?: string; digest?: string }, options: ReadOptions): CriteriaRelease | undefined {
  if (ref.version === undefined) return options.release;
  const release = options.release ?? options.resolveRelease?.(ref.version, ref.scheme);
  if (!release) {
    if (options.resolveRelease) {
      out.add('criteria-mismatch', 'error', where, `the checklist is for criteria version ${ref.version}, which sisc does not know. ${MIGRATE_EN}`, `このチェックリストは基準の版 ${ref.version} 用ですが、sisc はこの版を知りません。${MIGRATE_JA}`, { found: ref.version, expected: '' });
    }
    return undefined;
  }
  if (release.version !== ref.version || (ref.scheme !== undefined && release.scheme.id !== ref.scheme)) {
    out.add(
      'criteria-mismatch',
      'error',
      where,
      `the checklist is for criteria ${ref.scheme ?? ''} ${ref.version}, not ${release.scheme.id} ${release.version}; it was not read. ${MIGRATE_EN}`,
      `このチェックリストは基準 ${ref.scheme ?? ''} ${ref.version} 用で、${release.scheme.id} ${release.version} 用ではないため、読み取りませんでした。${MIGRATE_JA}`,
      { expected: release.version, found: ref.version },
    );
    return undefined;
  }
  if (ref.digest !== undefined && ref.digest !== criteriaDigest(release)) {
    out.add(
      'criteria-mismatch',
      'error',
      where,
      `the checklist was made from a different text of criteria ${release.version} (its digest ${ref.digest.slice(0, 12)}… is not ${criteriaDigest(release).slice(0, 12)}…); it was not read. ${MIGRATE_EN}`,
      `このチェックリストは基準 ${release.version} の別の内容から作成されています（ダイジェスト ${ref.digest.slice(0, 12)}… が ${criteriaDigest(release).slice(0, 12)}… と一致しません）。読み取りませんでした。${MIGRATE_JA}`,
      { expected: criteriaDigest(release), found: ref.digest },
    );
    return undefined;
  }
  return release;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date cell: YYYY-MM-DD, also YYYY/MM/DD, YYYY年M月D日, and a spreadsheet date number. */
export function readDate(cell: CellValue | string, date1904 = false): string | undefined {
  const text = (typeof cell === 'string' ? cell : cell.text).normalize('NFKC').trim();
  if (typeof cell !== 'string' && cell.kind === 'number' && /^\d+(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial < 1 || serial > 2_958_465) return undefined;
    // Excel's day 60 is the 29 February 1900 that never was; day 61 is 1 March 1900.
    const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
    const days = date1904 ? serial : serial > 59 ? serial - 1 : serial;
    const d = new Date(base + days * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
}

const lines = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');
const acceptedStatuses = () =>
  Object.values(STATUS_VARIANTS)
    .flat()
    .map((s) => `"${s}"`)
    .join(', ');

export interface Assembled {
  answers: Record<string, Answer>;
  /** JSON path → cell, to point schema issues at the cell. */
  cells: Map<string, string>;
}

/**
 * The heading row of the checklist (within its first 50 rows): the first with the "ID" and the
 * answer columns, headings read in either language; and the column of each heading it holds.
 */
export function findHeading(grid: Grid): { header: number; columns: Map<ColumnKey, number> } | undefined {
  for (const r of [...grid.rows.keys()].sort((a, b) => a - b).slice(0, 50)) {
    const columns = new Map<ColumnKey, number>();
    for (const [c, cell] of [...grid.rows.get(r)!].sort((a, b) => a[0] - b[0])) {
      const key = HEADING_LOOKUP.get(headerKey(cell.text));
      if (key && !columns.has(key)) columns.set(key, c);
    }
    if (columns.has('id') && columns.has('answer')) return { header: r, columns };
  }
  return undefined;
}

/** Reads the checklist rows of a grid. `evidence`: the CSV's one-column form, else the workbook's split columns. */
export function readChecklistRows(grid: Grid, out: Issues, release: CriteriaRelease | undefined): Assembled | undefined {
  const ref = (r: number, c: number) => cellRef(grid.name, r, c);
  const { header, columns } = findHeading(grid) ?? { header: undefined, columns: new Map<ColumnKey, number>() };
  if (header === undefined) {
    out.add(
      'missing-field',
      'error',
      `${grid.name}!A1`,
      'no heading row with the columns "ID" and "Answer (met / not met / N/A)" was found, so no answer could be read; keep the heading row of the checklist as it was written.',
      '「ID」と「回答（適合／非適合／該当なし）」の列見出しのある行が見つからないため、回答を読み取れませんでした。チェックリストの見出し行は作成時のまま残してください。',
    );
    return undefined;
  }
  for (const [r0, c0, r1, c1] of grid.merges) {
    const readCols = [...columns.values()];
    if (r1 > header && readCols.some((c) => c >= c0 && c <= c1) && (r1 > r0 || readCols.filter((c) => c >= c0 && c <= c1).length > 1)) {
      const range = `${grid.name}!${ref(r0, c0).split('!')[1]}:${ref(r1, c1).split('!')[1]}`;
      out.add('invalid-value', 'error', range, 'these cells are merged; an answer belongs to one row and one column, so unmerge them (Home → Merge & Center → Unmerge Cells).', 'セルが結合されています。回答は1行・1列のセルに書くため、結合を解除してください（「ホーム」→「セルを結合して中央揃え」→「セル結合の解除」）。', { expected: 'cells that are not merged', found: range });
    }
  }
  const col = (k: ColumnKey) => columns.get(k);
  const answers: Record<string, Answer> = {};
  const cells = new Map<string, string>();
  const seen = new Map<string, string>();
  const known = release ? new Set(release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((q) => q.id)))) : undefined;
  const answerKeys: ColumnKey[] = ['answer', 'justification', 'evidence', 'evidenceTitle', 'evidenceDate', 'evidenceUri', 'evidenceSha256', 'note'];
  for (const r of [...grid.rows.keys()].sort((a, b) => a - b)) {
    if (r <= header) continue;
    const cellsOfRow = grid.rows.get(r)!;
    const get = (k: ColumnKey): CellValue | undefined => {
      const c = col(k);
      return c === undefined ? undefined : cellsOfRow.get(c);
    };
    const text = (k: ColumnKey) => get(k)?.text ?? '';
    const filled = answerKeys.filter((k) => text(k).trim() !== '');
    for (const k of ['id', ...answerKeys] as ColumnKey[]) {
      if (get(k)?.kind === 'formula') {
        out.add('invalid-value', 'error', ref(r, col(k)!), 'this cell holds a formula; sisc reads typed values only and never calculates, so type the value instead.', 'このセルには数式が入っています。sisc は数式を計算せず、入力された値だけを読み取ります。値を直接入力してください。', { expected: 'a typed value', found: 'a formula' });
      }
    }
    const id = text('id').normalize('NFKC').trim();
    const idRef = ref(r, col('id')!);
    if (id === '') {
      if (filled.length > 0) out.add('missing-field', 'warning', idRef, 'this row has answers but no requirement ID, so it was not read.', 'この行には回答がありますが、要求事項のIDがないため読み取りませんでした。', { field: 'ID' });
      continue;
    }
    if (!REQUIREMENT_ID.test(id)) {
      if (filled.length > 0) out.add('invalid-format', 'warning', idRef, `"${id.slice(0, 40)}" is not a requirement ID (such as GOV-01.01), so the answers of this row were not read.`, `「${id.slice(0, 40)}」は要求事項のID（GOV-01.01 の形）ではないため、この行の回答は読み取りませんでした。`, { expected: 'GOV-01.01', found: id.slice(0, 40) });
      continue;
    }
    if (seen.has(id)) {
      out.add('duplicate-id', 'error', idRef, `the requirement ${id} appears twice (also at ${seen.get(id)}); keep one row per requirement.`, `要求事項 ${id} の行が2つあります（${seen.get(id)} にもあります）。要求事項ごとに1行にしてください。`, { id }, id);
      continue;
    }
    seen.set(id, idRef);
    if (known && !known.has(id)) {
      out.add('unknown-requirement', 'error', idRef, `${id} is not a requirement of criteria ${release!.version}.`, `${id} は基準 ${release!.version} の要求事項ではありません。`, { id }, id);
      continue;
    }
    const statusText = text('answer');
    const statusRef = ref(r, col('answer')!);
    if (get('answer')?.kind === 'formula') continue;
    if (statusText.trim() === '') {
      if (filled.length > 0) out.add('missing-field', 'warning', statusRef, `the requirement ${id} has a justification or evidence but no answer, so the row was not read; choose an answer.`, `要求事項 ${id} には理由または証跡がありますが、回答がないため読み取りませんでした。回答を選んでください。`, { field: 'status' }, id);
      continue;
    }
    const status = readStatus(statusText);
    if (!status) {
      out.add('invalid-value', 'error', statusRef, `"${statusText.slice(0, 40)}" is not an answer; choose one from the list (accepted: ${acceptedStatuses()}).`, `「${statusText.slice(0, 40)}」は回答として読み取れません。一覧から選んでください（使える書き方: ${acceptedStatuses()}）。`, { expected: acceptedStatuses(), found: statusText.slice(0, 40) }, id);
      continue;
    }
    const base = `$.answers[${JSON.stringify(id)}]`;
    cells.set(base, statusRef);
    cells.set(`${base}.status`, statusRef);
    const answer: Answer = { status, evidence: [] };
    if (col('justification') !== undefined) {
      cells.set(`${base}.justification`, ref(r, col('justification')!));
      if (text('justification') !== '') answer.justification = text('justification');
    }
    const evidence = readEvidence(grid, r, id, col, get, out);
    answer.evidence = evidence.items;
    for (const [p, c] of evidence.cells) cells.set(`${base}${p}`, c);
    if (col('note') !== undefined && text('note') !== '') {
      answer.note = text('note');
      cells.set(`${base}.note`, ref(r, col('note')!));
    }
    answers[id] = answer;
  }
  return { answers, cells };
}

function readEvidence(grid: Grid, r: number, id: string, col: (k: ColumnKey) => number | undefined, get: (k: ColumnKey) => CellValue | undefined, out: Issues): { items: EvidenceItem[]; cells: [string, string][] } {
  const ref = (k: ColumnKey) => cellRef(grid.name, r, col(k)!);
  const items: EvidenceItem[] = [];
  const cells: [string, string][] = [];
  const badDate = (where: string, found: string) =>
    out.add('invalid-format', 'error', where, `"${found.slice(0, 40)}" is not a date; write the date of the evidence as YYYY-MM-DD, e.g. 2025-04-01.`, `「${found.slice(0, 40)}」は日付として読み取れません。証跡の日付は 2025-04-01 のように YYYY-MM-DD の形で書いてください。`, { expected: 'YYYY-MM-DD', found: found.slice(0, 40) }, id);
  if (col('evidenceTitle') !== undefined || col('evidenceDate') !== undefined) {
    const t = lines(get('evidenceTitle')?.text ?? '');
    const dateCell = get('evidenceDate');
    const d = dateCell?.kind === 'number' ? [dateCell.text] : lines(dateCell?.text ?? '');
    const u = lines(get('evidenceUri')?.text ?? '');
    const h = lines(get('evidenceSha256')?.text ?? '');
    const n = Math.max(t.length, d.length, u.length, h.length);
    for (let i = 0; i < n; i++) {
      const title = (t[i] ?? '').trim();
      const dateText = (d[i] ?? '').trim();
      const uri = (u[i] ?? '').trim();
      const sha = (h[i] ?? '').trim().toLowerCase();
      if (title === '' && dateText === '' && uri === '' && sha === '') continue;
      const at = `[${items.length}]`;
      if (title === '') {
        out.add('missing-field', 'error', ref(col('evidenceTitle') !== undefined ? 'evidenceTitle' : 'evidenceDate'), `line ${i + 1} of the evidence has no title; give each piece of evidence a title on the same line as its date.`, `証跡の ${i + 1} 行目に名称がありません。証跡ごとに、日付と同じ行に名称を書いてください。`, { field: 'title' }, id);
        continue;
      }
      const date = dateCell?.kind === 'number' && n === 1 ? readDate(dateCell, grid.date1904) : readDate(dateText);
      if (col('evidenceDate') === undefined || dateText === '') {
        out.add('missing-field', 'error', col('evidenceDate') !== undefined ? ref('evidenceDate') : ref('evidenceTitle'), `the evidence "${title.slice(0, 40)}" has no date; write its date on the same line of the date column.`, `証跡「${title.slice(0, 40)}」に日付がありません。日付の列の同じ行に日付を書いてください。`, { field: 'date' }, id);
        continue;
      }
      if (!date) {
        badDate(ref('evidenceDate'), dateText);
        continue;
      }
      const item: EvidenceItem = { title, date };
      if (uri !== '') item.uri = uri;
      if (sha !== '') {
        if (!/^[0-9a-f]{64}$/.test(sha)) {
          out.add('invalid-format', 'error', ref('evidenceSha256'), `"${sha.slice(0, 70)}" is not a SHA-256 (64 hexadecimal digits).`, `「${sha.slice(0, 70)}」はSHA-256（16進数64桁）ではありません。`, { expected: 'SHA-256', found: sha.slice(0, 70) }, id);
          continue;
        }
        item.sha256 = sha;
      }
      cells.push([`.evidence${at}`, ref('evidenceTitle')], [`.evidence${at}.date`, ref('evidenceDate')]);
      items.push(item);
    }
  } else if (col('evidence') !== undefined) {
    // The CSV's form: one piece per line, "title, date[, location]".
    for (const line of lines(get('evidence')?.text ?? '')) {
      if (line.trim() === '') continue;
      const hit = /^(.*?)\s*[,、，]\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*[,、，]\s*(.*))?$/.exec(line.trim());
      if (!hit || hit[1]!.trim() === '') {
        out.add('invalid-format', 'error', ref('evidence'), `"${line.slice(0, 60)}" is not read as evidence; write one piece per line as "title, YYYY-MM-DD" (and ", location" if there is one).`, `「${line.slice(0, 60)}」を証跡として読み取れません。1行に1件、「名称, YYYY-MM-DD」（所在があれば「, 所在」を続けて）の形で書いてください。`, { expected: 'title, YYYY-MM-DD', found: line.slice(0, 60) }, id);
        continue;
      }
      const date = readDate(hit[2]!);
      if (!date) {
        badDate(ref('evidence'), hit[2]!);
        continue;
      }
      const item: EvidenceItem = { title: hit[1]!.trim(), date };
      if (hit[3] !== undefined && hit[3].trim() !== '') item.uri = hit[3].trim();
      cells.push([`.evidence[${items.length}]`, ref('evidence')]);
      items.push(item);
    }
  }
  return { items, cells };
}

/** The cover fields of a grid: label in column A (either language) or the key in column C, value in column B. */
export function readCover(grid: Grid, out: Issues): { values: Partial<Record<CoverField, { cell: CellValue; ref: string }>> } {
  const values: Partial<Record<CoverField, { cell: CellValue; ref: string }>> = {};
  for (const [r, cells] of grid.rows) {
    const field = COVER_LOOKUP.get(headerKey(cells.get(2)?.text ?? '')) ?? COVER_LOOKUP.get(headerKey(cells.get(0)?.text ?? ''));
    if (!field || values[field]) continue;
    const cell = cells.get(1) ?? { text: '', kind: 'string' as const };
    const where = cellRef(grid.name, r, 1);
    if (cell.kind === 'formula') {
      out.add('invalid-value', 'error', where, 'this cell holds a formula; sisc reads typed values only and never calculates, so type the value instead.', 'このセルには数式が入っています。sisc は数式を計算せず、入力された値だけを読み取ります。値を直接入力してください。', { expected: 'a typed value', found: 'a formula' });
      continue;
    }
    values[field] = { cell, ref: where };
  }
  return { values };
}

/** The non-answer parts of an assessment from the cover. */
export function coverToAssessment(cover: ReturnType<typeof readCover>, level: number, grid: Grid, out: Issues, cells: Map<string, string>): Omit<AssessmentInput, 'criteria' | 'answers'> {
  const v = (f: CoverField) => (cover.values[f]?.cell.text ?? '').trim();
  const at = (f: CoverField, path: string) => {
    const ref = cover.values[f]?.ref;
    if (ref) cells.set(path, ref);
  };
  const date = (f: CoverField): string => {
    const c = cover.values[f];
    if (!c || c.cell.text.trim() === '') return '';
    const d = readDate(c.cell, grid.date1904);
    if (!d) {
      out.add('invalid-format', 'error', c.ref, `"${c.cell.text.slice(0, 40)}" is not a date; write it as YYYY-MM-DD, e.g. 2025-04-01.`, `「${c.cell.text.slice(0, 40)}」は日付として読み取れません。2025-04-01 のように YYYY-MM-DD の形で書いてください。`, { expected: 'YYYY-MM-DD', found: c.cell.text.slice(0, 40) });
      return c.cell.text.trim();
    }
    return d;
  };
  for (const [f, p] of [
    ['organization.name', '$.organization.name'],
    ['organization.corporateNumber', '$.organization.corporateNumber'],
    ['targetLevel', '$.targetLevel'],
    ['mode', '$.mode'],
    ['declaration.signatory.name', '$.declaration.signatory.name'],
    ['declaration.signatory.role', '$.declaration.signatory.role'],
    ['declaration.date', '$.declaration.date'],
    ['audit.auditor.name', '$.audit.auditor.name'],
    ['audit.body.name', '$.audit.body.name'],
    ['audit.date', '$.audit.date'],
    ['audit.reference', '$.audit.reference'],
  ] as const)
    at(f, p);
  if (cover.values['organization.name']) cells.set('$.organization', cover.values['organization.name'].ref);
  if (cover.values['declaration.signatory.name']) cells.set('$.declaration', cover.values['declaration.signatory.name'].ref);
  if (cover.values['audit.auditor.name']) cells.set('$.audit', cover.values['audit.auditor.name'].ref);
  const levelText = v('targetLevel').normalize('NFKC');
  const targetLevel = levelText === '' ? level : /^\d+$/.test(levelText) ? Number(levelText) : NaN;
  if (Number.isNaN(targetLevel)) {
    out.add('invalid-type', 'error', cover.values.targetLevel!.ref, `"${levelText.slice(0, 20)}" is not a level number such as 1 or 2.`, `「${levelText.slice(0, 20)}」はレベルの番号（1、2 など）ではありません。`, { expected: 'a level number', found: levelText.slice(0, 20) });
  }
  const modeText = v('mode');
  let mode = modeText === '' ? (targetLevel >= 2 ? 'audit' : 'self-declaration') : readMode(modeText);
  if (!mode) {
    out.add('invalid-value', 'error', cover.values.mode!.ref, `"${modeText.slice(0, 40)}" is not a kind of assessment; choose self-declaration or certification audit.`, `「${modeText.slice(0, 40)}」は評価の種別として読み取れません。自己適合宣言か認定審査を選んでください。`, { expected: 'self-declaration, audit', found: modeText.slice(0, 40) });
    mode = 'self-declaration';
  }
  const out2: Omit<AssessmentInput, 'criteria' | 'answers'> = {
    organization: { name: v('organization.name'), ...(v('organization.corporateNumber') ? { corporateNumber: v('organization.corporateNumber').normalize('NFKC').replace(/[-\s]/g, '') } : {}) },
    targetLevel: Number.isNaN(targetLevel) ? level : targetLevel,
    mode,
  };
  if (v('declaration.signatory.name') || v('declaration.signatory.role') || v('declaration.date')) {
    out2.declaration = { signatory: { name: v('declaration.signatory.name'), role: v('declaration.signatory.role') }, date: date('declaration.date') };
  }
  if (v('audit.auditor.name') || v('audit.body.name') || v('audit.date') || v('audit.reference')) {
    out2.audit = { auditor: { name: v('audit.auditor.name') }, body: { name: v('audit.body.name') }, date: date('audit.date'), ...(v('audit.reference') ? { reference: v('audit.reference') } : {}) };
  }
  return out2;
}

/** The schema's verdict on the assembled assessment, its issues moved to the cells they are about. */
export function finish(assessment: AssessmentInput, cells: Map<string, string>, out: Issues, fallback: string): ReadResult {
  if (out.failed) return { success: false, issues: sortIssues(out.list) };
  const parsed = safeParseAssessment(assessment);
  const moved = parsed.issues.map((i) => {
    let where: string | undefined;
    for (let p = i.path; p.length > 1; p = p.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '')) {
      where = cells.get(p);
      if (where || !/(\.[^.[\]]+|\[[^\]]*\])$/.test(p)) break;
    }
    const at = where ?? fallback;
    const en = i.message.startsWith(`${i.path}: `) ? i.message.slice(i.path.length + 2) : i.message;
    const jaFull = localizeIssue(i, 'ja');
    const ja = jaFull.startsWith(`${i.path}: `) ? jaFull.slice(i.path.length + 2) : jaFull;
    return issue(i.code, i.severity, at, `${at}: ${en} (${i.path})`, { params: { ...(i.params ?? {}), messageJa: `${at}: ${ja}（${i.path}）` }, ...(i.requirementId ? { requirementId: i.requirementId } : {}) });
  });
  const issues = sortIssues([...out.list, ...moved]);
  if (!parsed.success) return { success: false, issues };
  return { success: true, assessment: parsed.data, issues };
}
