import { releaseStatusPolicy, type CriteriaReleaseInput, type Requirement } from '@sisc/model';
import { finish, statusNotice } from './_document.js';
import { duration, loc, plain, WORDS } from './_i18n.js';
import { checkRelease, type CheckedRelease } from './_inputs.js';
import { code, esc, join, link, MarkdownDoc, md, url, type ListItem, type Md } from './_markdown.js';
import { readOptions, type Lang } from './_options.js';

/** Options of every document: the language, and Markdown or a self-contained HTML page. */
export interface RenderOptions {
  lang: 'ja' | 'en';
  format: 'markdown' | 'html';
}

/** Anchors of the standard document besides requirement, item and category IDs. */
const SECTION = { contents: 'contents', levels: 'levels', requirements: 'requirements', notes: 'notes', documents: 'documents', frameworks: 'frameworks', changes: 'changes' };
const levelAnchor = (n: number) => `level-${n}`;
const noteAnchor = (id: string) => `note-${id}`;
const documentAnchor = (id: string) => `document-${id}`;
const frameworkAnchor = (id: string) => `framework-${id}`;

/**
 * The standard document of a release: title, version and status (a draft is marked as a draft at
 * the top, in every category section, and in the print header of every printed page), the scheme
 * and its levels, categories → items → requirements (every ID is an anchor: `#GOV-01.01`), the
 * applicable level, the "not applicable" policy, expected evidence, references and mappings of
 * each requirement, the release's notes, referenced documents, frameworks and change log.
 *
 * Returns Markdown, or a self-contained HTML page. Same input, same bytes.
 * @throws ValidationError `invalid-criteria` when the release is not valid;
 *   SiscError `invalid-option` for a bad `lang` or `format`.
 */
export function renderStandard(release: CriteriaReleaseInput, options: RenderOptions): string {
  const { lang, format } = readOptions(options, ['markdown', 'html'] as const, 'renderStandard');
  const c = checkRelease(release);
  const r = c.release;
  return finish(standardMarkdown(c, lang), { lang, format, title: `${plain(r.title, lang)} ${r.version}`, release: r });
}

function standardMarkdown(c: CheckedRelease, lang: Lang): string {
  const r = c.release;
  const w = WORDS[lang];
  const doc = new MarkdownDoc();
  const notice = statusNotice(r, lang);
  const levelNumbers = r.levels.map((l) => l.level);
  const levelName = (n: number) => r.levels.find((l) => l.level === n)?.name;

  doc.heading(1, loc(r.title, lang));
  if (notice) doc.notice(notice);

  // About the release.
  const dateLines: Md[] = [];
  if (r.dates.published) dateLines.push(md`${w.published}${w.colon}${r.dates.published}`);
  if (r.dates.effectiveFrom) dateLines.push(md`${w.effectiveFrom}${w.colon}${r.dates.effectiveFrom}`);
  if (r.dates.acceptUntil) dateLines.push(md`${w.acceptUntil}${w.colon}${r.dates.acceptUntil}`);
  if (dateLines.length === 0) dateLines.push(md`${w.dates}${w.colon}${w.notSet}`);
  const active = c.all.filter((x) => x.requirement.status === 'active').length;
  doc.list([
    md`${w.scheme}${w.colon}${loc(r.scheme.name, lang)}`,
    md`${w.version}${w.colon}${r.version}`,
    md`${w.releaseStatus}${w.colon}${w.status[r.status]}`,
    md`${w.publisher}${w.colon}${loc(r.publisher, lang)}`,
    ...dateLines,
    md`${w.source}${w.colon}${loc(r.provenance.source, lang)}`,
    ...(r.provenance.date ? [md`${w.sourceDate}${w.colon}${r.provenance.date}`] : []),
    ...(r.provenance.note ? [md`${w.sourceNote}${w.colon}${loc(r.provenance.note, lang)}`] : []),
    md`${w.counts}${w.colon}${w.countsValue(active, c.all.length - active)}`,
    md`${w.digest}${w.colon}${code(c.digest)}`,
  ]);

  // Contents.
  doc.heading(2, esc(w.contents), SECTION.contents);
  const contents: ListItem[] = [
    link(w.levels, SECTION.levels),
    {
      item: link(w.requirements, SECTION.requirements),
      children: r.categories.map((cat) => ({
        item: link(md`${cat.id} ${loc(cat.name, lang)}`, cat.id),
        children: cat.items.map((it) => link(md`${it.id} ${loc(it.name, lang)}`, it.id)),
      })),
    },
  ];
  if (r.notes.length > 0) contents.push(link(w.notes, SECTION.notes));
  if (r.documents.length > 0) contents.push(link(w.documents, SECTION.documents));
  if (r.frameworks.length > 0) contents.push(link(w.frameworks, SECTION.frameworks));
  if (r.changeLog) contents.push(link(w.changeLog(r.changeLog.from), SECTION.changes));
  doc.list(contents);

  // Scheme and levels.
  doc.heading(2, esc(w.levels), SECTION.levels);
  doc.paragraph(esc(w.levelsIntro(plain(r.scheme.name, lang))));
  doc.table(
    [esc(w.levelCol), esc(w.nameCol), esc(w.audienceCol), esc(w.methodCol), esc(w.assuranceCol), esc(w.validityCol), esc(w.applicableCol)],
    r.levels.map((l) => [
      md`${doc.claim(levelAnchor(l.level))}${l.level}`,
      loc(l.name, lang),
      loc(l.audience, lang),
      l.method ? loc(l.method, lang) : esc(w.notSet),
      esc(w.assurance[l.assurance] ?? l.assurance),
      esc(l.declarationValidity ? duration(l.declarationValidity, lang) : w.notSet),
      esc(String(c.all.filter((x) => x.requirement.status === 'active' && x.requirement.level <= l.level).length)),
    ]),
    ['right', 'left', 'left', 'left', 'left', 'left', 'right'],
  );

  // Requirements.
  const citedBy = new Map<string, string[]>();
  doc.heading(2, esc(w.requirements), SECTION.requirements);
  doc.paragraph(esc(w.requirementsIntro));
  for (const cat of r.categories) {
    doc.heading(3, md`${cat.id} ${loc(cat.name, lang)}`, cat.id);
    if (releaseStatusPolicy(r.status).provisional) doc.notice(md`${w.draftWord}${w.colon}${w.draftSection}`);
    for (const it of cat.items) {
      doc.heading(4, md`${it.id} ${loc(it.name, lang)}`, it.id);
      doc.paragraph(md`${w.intent}${w.colon}${loc(it.intent, lang)}`);
      for (const q of it.requirements) {
        for (const ref of q.references) citedBy.set(ref.document, [...(citedBy.get(ref.document) ?? []), q.id]);
        requirementSection(doc, c, q, lang, levelNumbers.includes(q.level) ? levelName(q.level) : undefined);
      }
    }
  }

  // Notes.
  if (r.notes.length > 0) {
    doc.heading(2, esc(w.notes), SECTION.notes);
    for (const n of r.notes) {
      doc.heading(3, loc(n.title, lang), noteAnchor(n.id));
      doc.paragraph(loc(n.text, lang));
    }
  }

  // Referenced documents.
  if (r.documents.length > 0) {
    doc.heading(2, esc(w.documents), SECTION.documents);
    for (const d of r.documents) {
      doc.heading(3, loc(d.title, lang), documentAnchor(d.id));
      const cited = citedBy.get(d.id) ?? [];
      doc.list([
        ...(d.publisher ? [md`${w.publisher}${w.colon}${loc(d.publisher, lang)}`] : []),
        ...(d.edition ? [md`${w.edition}${w.colon}${loc(d.edition, lang)}`] : []),
        ...(d.url ? [md`${w.url}${w.colon}${url(d.url)}`] : []),
        ...(cited.length > 0 ? [md`${w.citedBy}${w.colon}${join(cited.map((id) => link(id, id)), w.sep)}`] : []),
      ]);
    }
  }

  // Frameworks.
  if (r.frameworks.length > 0) {
    doc.heading(2, esc(w.frameworks), SECTION.frameworks);
    doc.table(
      [esc(w.frameworkId), esc(w.title), esc(w.version), esc(w.url)],
      r.frameworks.map((f) => [md`${doc.claim(frameworkAnchor(f.id))}${f.id}`, esc(f.title), esc(f.version), f.url ? url(f.url) : esc(w.notSet)]),
    );
  }

  // Change log.
  if (r.changeLog) {
    doc.heading(2, esc(w.changeLog(r.changeLog.from)), SECTION.changes);
    const known = (id: string) => c.byId.has(id) || r.categories.some((cat) => cat.id === id || cat.items.some((it) => it.id === id));
    const ref = (id: string) => (known(id) ? link(id, id) : esc(id));
    doc.table(
      [esc(w.idCol), esc(w.changeCol), esc(w.reasonCol), esc(w.relatedCol)],
      r.changeLog.entries.map((e) => [ref(e.id), esc(w.changeLogKind[e.change]), loc(e.reason, lang), join(e.related.map(ref), w.sep)]),
    );
  }

  doc.rule();
  doc.paragraph(md`${w.generated} ${r.scheme.id} ${r.version}`);
  return doc.toString();
}

function requirementSection(doc: MarkdownDoc, c: CheckedRelease, q: Requirement, lang: Lang, levelName: Parameters<typeof loc>[0] | undefined): void {
  const r = c.release;
  const w = WORDS[lang];
  const kind = w.kind[q.kind] ?? q.kind;
  const retired = q.status === 'retired';
  doc.heading(5, retired ? md`${q.id} ${kind}${w.paren(esc(w.retired))}` : md`${q.id} ${kind}`, q.id);
  doc.paragraph(loc(q.text, lang));
  const lines: Md[] = [];
  if (retired && q.retired) {
    const replaced = q.retired.replacedBy.length > 0 ? md` ${w.replacedBy}${w.colon}${join(q.retired.replacedBy.map((id) => link(id, id)), w.sep)}` : md``;
    lines.push(md`${w.retiredSince(q.retired.since)}${w.colon}${loc(q.retired.reason, lang)}${replaced}`);
  }
  const level = link(w.levelAndAbove(q.level), levelAnchor(q.level));
  lines.push(levelName ? md`${w.applicableLevel}${w.colon}${level}${w.paren(loc(levelName, lang))}` : md`${w.applicableLevel}${w.colon}${level}`);
  const na = !q.naPolicy.allowed ? w.naNotAllowed : q.naPolicy.justificationRequired ? w.naWithJustification : w.naAllowed;
  lines.push(md`${w.naPolicy}${w.colon}${na}`);
  if (q.evidence.length > 0) lines.push(md`${w.evidence}${w.colon}${join(q.evidence.map((e) => loc(e, lang)), w.sep)}`);
  if (q.recurrence) lines.push(md`${w.recurrence}${w.colon}${duration(q.recurrence, lang)}`);
  if (q.references.length > 0) {
    const refs = q.references.map((ref) => {
      const d = r.documents.find((x) => x.id === ref.document);
      const title = d ? loc(d.title, lang) : esc(ref.document);
      return ref.locator ? md`${link(title, documentAnchor(ref.document))} ${ref.locator}` : link(title, documentAnchor(ref.document));
    });
    lines.push(md`${w.references}${w.colon}${join(refs, w.sep)}`);
  }
  if (q.mappings.length > 0) {
    const byFramework = new Map<string, Md[]>();
    for (const m of q.mappings) {
      const notes = [m.relationship ? w.relationship[m.relationship] : undefined, m.confidence ? w.confidence[m.confidence] : undefined].filter((x) => x !== undefined);
      const entry = notes.length > 0 ? md`${m.id}${w.paren(esc(notes.join(lang === 'ja' ? '・' : ', ')))}` : esc(m.id);
      byFramework.set(m.framework, [...(byFramework.get(m.framework) ?? []), entry]);
    }
    const children: Md[] = [...byFramework].map(([id, entries]) => {
      const f = r.frameworks.find((x) => x.id === id);
      const name = f ? link(`${f.title} ${f.version}`, frameworkAnchor(id)) : esc(id);
      return md`${name}${w.colon}${join(entries, w.sep)}`;
    });
    doc.list([...lines, { item: esc(w.mappings), children }]);
    return;
  }
  doc.list(lines);
}
