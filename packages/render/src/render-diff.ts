import { compareStrings, localize, SiscError, stableStringify, type Change, type CriteriaBasis, type CriteriaDiff, type CriteriaReleaseInput } from '@sisc/model';
import { finish, statusNotice } from './_document.js';
import { loc, WORDS } from './_i18n.js';
import { checkDiff, checkRelease, type CheckedRelease } from './_inputs.js';
import { code, esc, join, MarkdownDoc, md, strong, untrusted, type ListItem, type Md } from './_markdown.js';
import { readOptions, type Lang } from './_options.js';
import type { RenderOptions } from './render-standard.js';
import { changeValue, diffText } from './_text-diff.js';
import { readColor } from './_text.js';

/** Options of the changelog: markdown, html, or text (for a terminal; with `color` for ANSI colours). */
export interface DiffOptions extends Omit<RenderOptions, 'format'> {
  format: 'markdown' | 'html' | 'text';
  /** Text only: ANSI colours and bold, for a terminal. Default false. */
  color?: boolean;
}

const NEW = new Set(['added', 'reinstated']);
const GONE = new Set(['retired', 'removed']);

/**
 * The changelog between two releases from a diff (`diffCriteria` of `@sisc/diff`): new, modified
 * and retired requirements, each grouped by level, then the changes to the release, its levels,
 * categories and items, whether the version number honours the changes, and the diff's issues.
 *
 * `from` and `to`, the two releases, are optional: with them the changelog quotes the text of
 * each requirement and the reason it was retired. They must be the releases the diff was made
 * from (same scheme, version and digest).
 *
 * @throws ValidationError `invalid-diff` / `invalid-criteria`; SiscError `criteria-mismatch` when a
 *   release is not the one the diff names, `invalid-option` for bad options.
 */
export function renderDiff(diff: CriteriaDiff, from: CriteriaReleaseInput | undefined, to: CriteriaReleaseInput | undefined, options: DiffOptions): string {
  const { lang, format } = readOptions(options, ['markdown', 'html', 'text'] as const, 'renderDiff');
  const d = checkDiff(diff);
  const before = from === undefined ? undefined : matching(checkRelease(from, 'The "from" release'), d.from, 'from');
  const after = to === undefined ? undefined : matching(checkRelease(to, 'The "to" release'), d.to, 'to');
  if (format === 'text') return diffText(d, lang, readColor(options));
  const title = WORDS[lang].diffTitle(d.from.version, d.to.version);
  const page = { lang, format, title } as Parameters<typeof finish>[1];
  if (after) page.release = after.release;
  return finish(diffMarkdown(d, before, after, lang), page);
}

function matching(c: CheckedRelease, basis: CriteriaBasis, which: 'from' | 'to'): CheckedRelease {
  const here = `${c.release.scheme.id} ${c.release.version}`;
  const there = `${basis.scheme} ${basis.version}`;
  if (here !== there) throw new SiscError('criteria-mismatch', `renderDiff: the diff's "${which}" release is ${there} but the release passed in is ${here}`);
  if (c.digest !== basis.digest) {
    throw new SiscError('criteria-mismatch', `renderDiff: the diff's "${which}" release ${there} has digest ${basis.digest}, but the release passed in has digest ${c.digest}`);
  }
  return c;
}

function diffMarkdown(d: CriteriaDiff, before: CheckedRelease | undefined, after: CheckedRelease | undefined, lang: Lang): string {
  const w = WORDS[lang];
  const doc = new MarkdownDoc();
  doc.heading(1, esc(w.diffTitle(d.from.version, d.to.version)));
  const notice = after ? statusNotice(after.release, lang) : undefined;
  if (notice) doc.notice(notice);

  const version = (c: CheckedRelease | undefined, b: CriteriaBasis) => (c ? md`${loc(c.release.title, lang)} ${b.version}` : esc(`${b.scheme} ${b.version}`));
  doc.list([
    md`${w.from}${w.colon}${version(before, d.from)} ${code(d.from.digest)}`,
    md`${w.to}${w.colon}${version(after, d.to)} ${code(d.to.digest)}`,
  ]);

  doc.heading(2, esc(w.semver), 'version');
  doc.list([
    md`${w.requiredBump}${w.colon}${w.bump[d.semver.required] ?? d.semver.required}`,
    md`${w.actualBump}${w.colon}${w.bump[d.semver.actual] ?? d.semver.actual}`,
    md`${w.honoured}${w.colon}${strong(d.semver.honoured ? w.yes : w.no)}`,
    ...(d.semver.next ? [md`${w.nextVersion}${w.colon}${d.semver.next}`] : []),
  ]);

  const requirementChanges = d.changes.filter((x) => x.target === 'requirement');
  const levelOf = (x: Change): number | undefined => x.level ?? after?.byId.get(x.id)?.requirement.level ?? before?.byId.get(x.id)?.requirement.level;
  const textOf = (id: string, prefer: 'from' | 'to'): Md | undefined => {
    const order = prefer === 'to' ? [after, before] : [before, after];
    for (const c of order) {
      const q = c?.byId.get(id)?.requirement;
      if (q) return loc(q.text, lang);
    }
    return undefined;
  };

  // Requirements in the order of the releases (the new one first), then any others by ID.
  const position = new Map<string, number>();
  for (const c of [after, before]) {
    for (const [i, x] of (c?.all ?? []).entries()) if (!position.has(x.requirement.id)) position.set(x.requirement.id, i);
  }
  const byReleaseOrder = (a: string, b: string) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || compareStrings(a, b);
  const kindsOf = (changes: readonly Change[]) => join([...new Set(changes.map((x) => w.changeKind[x.kind]))].map((k) => esc(k)), w.sep);

  /** One section (new / modified / retired): one subsection per level, one entry per requirement. */
  const section = (title: string, anchorId: string, changes: readonly Change[], entry: (id: string, changes: Change[]) => ListItem) => {
    doc.heading(2, esc(title), anchorId);
    if (changes.length === 0) {
      doc.paragraph(esc(w.noChanges));
      return;
    }
    const byLevel = new Map<number, Map<string, Change[]>>();
    for (const x of changes) {
      const level = levelOf(x) ?? 0;
      const ids = byLevel.get(level) ?? new Map<string, Change[]>();
      ids.set(x.id, [...(ids.get(x.id) ?? []), x]);
      byLevel.set(level, ids);
    }
    for (const level of [...byLevel.keys()].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b))) {
      const name = level === 0 ? esc(w.byLevelNone) : levelName(level);
      doc.heading(3, name, `${anchorId}-level-${level === 0 ? 'unknown' : level}`);
      const ids = byLevel.get(level)!;
      doc.list([...ids.keys()].sort(byReleaseOrder).map((id) => entry(id, ids.get(id)!)));
    }
  };
  const levelName = (n: number): Md => {
    const l = (after ?? before)?.release.levels.find((x) => x.level === n);
    return l ? loc(l.name, lang) : esc(w.levelN(n));
  };
  const declared = (changes: readonly Change[]): Md[] => {
    const seen = new Set<string>();
    const out: Md[] = [];
    for (const x of changes) {
      if (!x.declared) continue;
      const key = stableStringify(x.declared);
      if (seen.has(key)) continue;
      seen.add(key);
      const related = x.declared.related.length > 0 ? md` → ${join(x.declared.related.map((id) => esc(id)), w.sep)}` : md``;
      out.push(md`${w.declaredAs}${w.paren(md`${w.changeLogKind[x.declared.change]}${related}`)}${w.colon}${loc(x.declared.reason, lang)}`);
    }
    return out;
  };

  section(w.added, 'new', requirementChanges.filter((x) => NEW.has(x.kind)), (id, changes) => {
    const text = textOf(id, 'to');
    const kinds = kindsOf(changes);
    return { item: text ? md`${strong(id)}${w.paren(kinds)} ${text}` : md`${strong(id)}${w.paren(kinds)}`, children: declared(changes) };
  });

  section(w.modified, 'modified', requirementChanges.filter((x) => !NEW.has(x.kind) && !GONE.has(x.kind)), (id, changes) => {
    const text = textOf(id, 'to');
    const kinds = kindsOf(changes);
    const editorial = changes.every((x) => !x.substantive) ? md`${w.sepMd}${w.editorial}` : md``;
    const children: Md[] = [];
    for (const x of changes) for (const one of beforeAfter(x, lang)) children.push(one);
    for (const one of declared(changes)) children.push(one);
    return { item: text ? md`${strong(id)}${w.paren(md`${kinds}${editorial}`)} ${text}` : md`${strong(id)}${w.paren(md`${kinds}${editorial}`)}`, children };
  });

  section(w.retiredSection, 'retired', requirementChanges.filter((x) => GONE.has(x.kind)), (id, changes) => {
    const text = textOf(id, 'from');
    const kinds = kindsOf(changes);
    const children: Md[] = [];
    const retired = after?.byId.get(id)?.requirement.retired;
    if (retired) {
      const replaced = retired.replacedBy.length > 0 ? md` ${w.replacedBy}${w.colon}${join(retired.replacedBy.map((x) => esc(x)), w.sep)}` : md``;
      children.push(md`${w.retiredSince(retired.since)}${w.colon}${loc(retired.reason, lang)}${replaced}`);
    }
    for (const one of declared(changes)) children.push(one);
    return { item: text ? md`${strong(id)}${w.paren(kinds)} ${text}` : md`${strong(id)}${w.paren(kinds)}`, children };
  });

  // Everything that is not about a requirement.
  doc.heading(2, esc(w.other), 'other');
  const others = d.changes.filter((x) => x.target !== 'requirement');
  if (others.length === 0) doc.paragraph(esc(w.noChanges));
  else {
    doc.list(
      others.map((x): ListItem => {
        const where = x.field ? md` ${code(x.field)}` : md``;
        const head = md`${w.target[x.target] ?? x.target} ${strong(x.id)}${where}${w.colon}${w.changeKind[x.kind]}${x.substantive ? md`` : md`${w.sepMd}${w.editorial}`}`;
        const children = [...beforeAfter(x, lang), ...declared([x])];
        return children.length > 0 ? { item: head, children } : head;
      }),
    );
  }

  doc.heading(2, esc(w.issues), 'issues');
  if (d.issues.length === 0) doc.paragraph(esc(w.issuesNone));
  else doc.list(d.issues.map((i) => md`${strong(w.severity[i.severity] ?? i.severity)} ${code(i.code)} ${untrusted(localize(i, lang))}`));
  return doc.toString();
}

/** Before and after of a change: texts as text, anything else as JSON in code. */
function beforeAfter(x: Change, lang: Lang): Md[] {
  const w = WORDS[lang];
  const show = (v: unknown): Md => (typeof v === 'string' ? untrusted(changeValue(x, v, lang)) : code(stableStringify(v)));
  const field = x.field ? md`${code(x.field)} ` : md``;
  const out: Md[] = [];
  if (x.before !== undefined) out.push(md`${field}${w.before}${w.colon}${show(x.before)}`);
  if (x.after !== undefined) out.push(md`${field}${w.after}${w.colon}${show(x.after)}`);
  return out;
}
