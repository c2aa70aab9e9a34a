import { releaseStatusPolicy, TERMS, type Assessment, type ReadonlyAssessmentInput, type CriteriaReleaseInput, type Requirement } from '@sisc/model';
import { csv } from './_csv.js';
import { finish, releaseTitle, statusNotice } from './_document.js';
import { loc, plain, WORDS } from './_i18n.js';
import { checkAssessment, checkRelease, type CheckedRelease, type Located } from './_inputs.js';
import { code, EMPTY, esc, MarkdownDoc, md, type Md } from './_markdown.js';
import { readLevel, readOptions, type Lang } from './_options.js';

/** Options of the checklist: also CSV, and the level (default 1, the self-declaration). */
export interface ChecklistOptions {
  lang: 'ja' | 'en';
  format: 'markdown' | 'html' | 'csv';
  /** The level whose requirements are listed (those that apply at it); default 1. */
  level?: number;
  /**
   * CSV only: an assessment whose answers fill the answer columns (status in words, the
   * justification, and the evidence one per line as "title, date[, location]"), so last year's
   * answers carry over. The organisation and the declaration are not in the CSV.
   */
  assessment?: ReadonlyAssessmentInput;
}

/**
 * The self-declaration checklist of a release: every active requirement that applies at the
 * level (Level 1 unless `options.level` says otherwise), with a box per answer ("met", "not met",
 * and "not applicable" where the requirement allows it) and room for the justification and
 * evidence. Printable HTML, Markdown, or CSV for Excel (UTF-8 with BOM, CRLF, every field quoted;
 * a field starting with = + - @ tab or CR gets a leading apostrophe against formula injection).
 * Every CSV row names the release version and, for a draft, says so.
 *
 * @throws ValidationError `invalid-criteria`; SiscError `invalid-option` for a bad lang, format or level.
 */
export function renderChecklist(release: CriteriaReleaseInput, options: ChecklistOptions): string {
  const { lang, format } = readOptions(options, ['markdown', 'html', 'csv'] as const, 'renderChecklist');
  const c = checkRelease(release);
  const r = c.release;
  const level = readLevel(options.level, r.levels.map((l) => l.level), 1, 'renderChecklist');
  const rows = applicable(c, level);
  if (format === 'csv') return checklistCsv(c, rows, lang, options.assessment === undefined ? undefined : checkAssessment(options.assessment));
  const levelName = plain(r.levels.find((l) => l.level === level)!.name, lang);
  const title = WORDS[lang].checklistTitle(levelName);
  return finish(checklistMarkdown(c, rows, level, lang), { lang, format, title: `${title} — ${plain(r.title, lang)} ${r.version}`, release: r });
}

function naText(q: Requirement, lang: Lang): string {
  const w = WORDS[lang];
  return !q.naPolicy.allowed ? w.naNotAllowed : q.naPolicy.justificationRequired ? w.naWithJustification : w.naAllowed;
}

/** One requirement row of the checklist table: the requirement's cells, as plain text. */
export interface ChecklistRow {
  id: string;
  category: string;
  item: string;
  requirement: string;
  kind: string;
  level: string;
  na: string;
}

/**
 * The checklist as a table, in the words of the CSV and the printed checklist: the column
 * headings, the release version as written in every row, and one row per active requirement that
 * applies at the level. `@sisc/spreadsheet` builds the Excel workbook from the same table, so
 * the CSV and the workbook say the same things.
 *
 * @throws ValidationError `invalid-criteria`; SiscError `invalid-option` for a bad lang or level.
 */
export function checklistTable(release: CriteriaReleaseInput, options: { lang: 'ja' | 'en'; level?: number }): { headers: ChecklistHeaders; title: string; version: string; digest: string; level: number; rows: ChecklistRow[]; words: ChecklistWords } {
  const { lang } = readOptions({ ...options, format: 'csv' }, ['csv'] as const, 'checklistTable');
  const c = checkRelease(release);
  const r = c.release;
  const level = readLevel(options.level, r.levels.map((l) => l.level), 1, 'checklistTable');
  const rows = applicable(c, level).map((x) => checklistRow(x, lang));
  const title = WORDS[lang].checklistTitle(plain(r.levels.find((l) => l.level === level)!.name, lang));
  return { headers: checklistHeaders(lang), title, version: versionCell(r, lang), digest: c.digest, level, rows, words: checklistWords(lang) };
}

/** The active requirements that apply at the level, in the release's order. */
function applicable(c: CheckedRelease, level: number): Located[] {
  return c.all.filter((x) => x.requirement.status === 'active' && x.requirement.level <= level);
}

/** The release version as every CSV row writes it: a draft says so. */
function versionCell(r: CheckedRelease['release'], lang: Lang): string {
  return releaseStatusPolicy(r.status).provisional ? `${r.version} ${lang === 'ja' ? '（草案）' : '(draft)'}` : r.version;
}

/** A requirement's cells of the checklist table. */
function checklistRow({ category, item, requirement: q }: Located, lang: Lang): ChecklistRow {
  return {
    id: q.id,
    category: `${category.id} ${plain(category.name, lang)}`,
    item: `${item.id} ${plain(item.name, lang)}`,
    requirement: plain(q.text, lang),
    kind: WORDS[lang].kind[q.kind] ?? q.kind,
    level: String(q.level),
    na: naText(q, lang),
  };
}

/** The column headings of the checklist CSV, in one language. */
export function checklistHeaders(lang: 'ja' | 'en'): ChecklistHeaders {
  return { ...WORDS[lang].csv };
}

/** The column headings of the checklist CSV. */
export type ChecklistHeaders = Readonly<Record<'id' | 'category' | 'item' | 'requirement' | 'kind' | 'level' | 'na' | 'answer' | 'justification' | 'evidence' | 'release', string>>;

/** The words of the checklist's fill-in fields (the organisation, the declaration, the audit), for other formats of it. */
export interface ChecklistWords {
  organization: string;
  corporateNumber: string;
  targetLevel: string;
  mode: string;
  modes: Readonly<Record<'self-declaration' | 'audit', string>>;
  signatory: string;
  representativeRole: string;
  declarationDate: string;
  auditor: string;
  certificationBody: string;
  auditDate: string;
  auditReference: string;
  answerNote: string;
  criteria: string;
  version: string;
  digest: string;
  fillIn: string;
  howTo: string;
  howToLines: readonly string[];
}

/** The words of the checklist's fill-in fields, in one language. */
export function checklistWords(lang: 'ja' | 'en'): ChecklistWords {
  const w = WORDS[lang];
  return {
    organization: w.organization,
    corporateNumber: w.corporateNumber,
    targetLevel: w.targetLevel,
    mode: w.mode,
    modes: w.modes,
    signatory: w.signatory,
    representativeRole: w.representativeRole,
    declarationDate: w.declarationDate,
    auditor: w.auditor,
    certificationBody: w.certificationBody,
    auditDate: w.auditDate,
    auditReference: w.auditReference,
    answerNote: w.answerNote,
    criteria: w.criteria,
    version: w.version,
    digest: w.digest,
    fillIn: w.fillIn,
    howTo: w.howTo,
    howToLines: w.howToLines,
  };
}

function checklistCsv(c: CheckedRelease, rows: readonly Located[], lang: Lang, assessment?: Assessment): string {
  const version = versionCell(c.release, lang);
  const h = WORDS[lang].csv;
  return csv([
    [h.id, h.category, h.item, h.requirement, h.kind, h.level, h.na, h.answer, h.justification, h.evidence, h.release],
    ...rows.map((x) => {
      const row = checklistRow(x, lang);
      return [row.id, row.category, row.item, row.requirement, row.kind, row.level, row.na, ...answerCells(assessment?.answers[row.id], lang), version];
    }),
  ]);
}

/** Status, justification and evidence of one answer, as the CSV writes (and @sisc/spreadsheet reads) them. */
function answerCells(a: Assessment['answers'][string] | undefined, lang: Lang): [string, string, string] {
  if (!a) return ['', '', ''];
  const evidence = a.evidence.map((e) => [e.title, e.date, ...(e.uri === undefined ? [] : [e.uri])].map((x) => x.replace(/\s*[\r\n]+\s*/g, ' ')).join(', ')).join('\n');
  return [TERMS[lang].verdict[a.status], a.justification ?? '', evidence];
}

function checklistMarkdown(c: CheckedRelease, rows: readonly Located[], level: number, lang: Lang): string {
  const r = c.release;
  const w = WORDS[lang];
  const levelName = loc(r.levels.find((l) => l.level === level)!.name, lang);
  const notice = statusNotice(r, lang);
  const doc = new MarkdownDoc();
  doc.heading(1, md`${esc(w.checklistTitle(plain(r.levels.find((l) => l.level === level)!.name, lang)))}`);
  if (notice) doc.notice(notice);
  doc.list([
    md`${w.criteria}${w.colon}${releaseTitle(r, lang)}`,
    md`${w.version}${w.colon}${r.version}`,
    md`${w.releaseStatus}${w.colon}${w.status[r.status]}`,
    md`${w.levelCol}${w.colon}${levelName}`,
    md`${w.counts}${w.colon}${w.checklistScope(rows.length, plain(r.levels.find((l) => l.level === level)!.name, lang))}`,
    md`${w.digest}${w.colon}${code(c.digest)}`,
  ]);

  doc.heading(2, esc(w.fillIn), 'fill-in');
  doc.table(
    [esc(w.fieldCol), esc(w.entryCol)],
    [w.organization, w.corporateNumber, w.filledOn, w.filledBy].map((f) => [esc(f), EMPTY]),
  );
  doc.heading(2, esc(w.howTo), 'how-to');
  doc.list(w.howToLines.map((line) => esc(line)));

  for (const cat of r.categories) {
    const mine = rows.filter((x) => x.category.id === cat.id);
    if (mine.length === 0) continue;
    doc.heading(2, md`${cat.id} ${loc(cat.name, lang)}`, cat.id);
    if (releaseStatusPolicy(r.status).provisional) doc.notice(md`${w.draftWord}${w.colon}${w.draftSection}`);
    doc.table(
      [esc(w.idCol), esc(w.itemCol), esc(w.requirementCol), esc(w.answerCol), esc(w.notesCol)],
      mine.map(({ item, requirement: q }) => [md`${doc.claim(q.id)}${q.id}`, md`${item.id} ${loc(item.name, lang)}`, loc(q.text, lang), boxes(q, lang), EMPTY]),
    );
  }
  doc.rule();
  doc.paragraph(md`${w.generated} ${r.scheme.id} ${r.version}`);
  return doc.toString();
}

function boxes(q: Requirement, lang: Lang): Md {
  const w = WORDS[lang];
  if (!q.naPolicy.allowed) return md`${w.boxMet} ${w.boxNotMet} ${w.naNotAllowedShort}`;
  if (q.naPolicy.justificationRequired) return md`${w.boxMet} ${w.boxNotMet} ${w.boxNa} ${w.naNeedsReason}`;
  return md`${w.boxMet} ${w.boxNotMet} ${w.boxNa}`;
}
