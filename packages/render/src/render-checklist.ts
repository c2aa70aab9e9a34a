import type { CriteriaReleaseInput, Requirement } from '@sisc/model';
import { csv } from './_csv.js';
import { finish, releaseTitle, statusNotice } from './_document.js';
import { loc, plain, WORDS } from './_i18n.js';
import { checkRelease, type CheckedRelease, type Located } from './_inputs.js';
import { code, EMPTY, esc, MarkdownDoc, md, type Md } from './_markdown.js';
import { readLevel, readOptions, type Lang } from './_options.js';

/** Options of the checklist: also CSV, and the level (default 1, the self-declaration). */
export interface ChecklistOptions {
  lang: 'ja' | 'en';
  format: 'markdown' | 'html' | 'csv';
  /** The level whose requirements are listed (those that apply at it); default 1. */
  level?: number;
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
  const rows = c.all.filter((x) => x.requirement.status === 'active' && x.requirement.level <= level);
  if (format === 'csv') return checklistCsv(c, rows, lang);
  const levelName = plain(r.levels.find((l) => l.level === level)!.name, lang);
  const title = WORDS[lang].checklistTitle(levelName);
  return finish(checklistMarkdown(c, rows, level, lang), { lang, format, title: `${title} — ${plain(r.title, lang)} ${r.version}`, release: r });
}

function naText(q: Requirement, lang: Lang): string {
  const w = WORDS[lang];
  return !q.naPolicy.allowed ? w.naNotAllowed : q.naPolicy.justificationRequired ? w.naWithJustification : w.naAllowed;
}

function checklistCsv(c: CheckedRelease, rows: readonly Located[], lang: Lang): string {
  const w = WORDS[lang];
  const r = c.release;
  const version = r.status === 'draft' ? `${r.version} ${lang === 'ja' ? '（草案）' : '(draft)'}` : r.version;
  const h = w.csv;
  return csv([
    [h.id, h.category, h.item, h.requirement, h.kind, h.level, h.na, h.answer, h.justification, h.evidence, h.release],
    ...rows.map(({ category, item, requirement: q }) => [
      q.id,
      `${category.id} ${plain(category.name, lang)}`,
      `${item.id} ${plain(item.name, lang)}`,
      plain(q.text, lang),
      w.kind[q.kind] ?? q.kind,
      String(q.level),
      naText(q, lang),
      '',
      '',
      '',
      version,
    ]),
  ]);
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
    if (r.status === 'draft') doc.notice(md`${w.draftWord}${w.colon}${w.draftSection}`);
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
