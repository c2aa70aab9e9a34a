/**
 * The ID ledger: every category, item and requirement ID ever published in any release, with its
 * history (the release it first appeared in, what changed in which release, when it was retired
 * and what replaced it). Built from the releases themselves, oldest first; `checkIdHistory` runs
 * the same walk and returns what breaks the rule that IDs are never removed or reused.
 * Pure and linear in the total size of the releases: each release is compared with the state the
 * earlier ones left, never with each earlier release.
 */
import semver from 'semver';
import { compareStrings, issue, sortIssues, stableStringify, textDigest, type CriteriaRelease, type Issue } from '@sisc/model';

export type LedgerKind = 'category' | 'item' | 'requirement';
export type LedgerChange = 'added' | 'modified' | 'moved' | 'retired' | 'reinstated' | 'removed';

export interface LedgerEvent {
  release: string;
  change: LedgerChange;
  /** Where the ID sits after the change: the item of a requirement, the category of an item. */
  parent?: string;
  /** For a retirement: the IDs that take its place. */
  replacedBy?: string[];
}

export interface LedgerEntry {
  kind: LedgerKind;
  /** The first release that lists the ID. */
  first: string;
  /** The last release that lists it. */
  last: string;
  status: 'active' | 'retired' | 'removed';
  history: LedgerEvent[];
}

export interface IdLedger {
  /** The releases the ledger was built from, oldest first. */
  releases: string[];
  /** Every ID ever published, in code-point order. */
  ids: Record<string, LedgerEntry>;
}

interface State {
  entry: LedgerEntry;
  parent?: string;
  /** For a requirement: the category of its item. */
  category?: string;
  digest: string;
  /** For a requirement: its Japanese text when it was retired. */
  retiredJa?: string;
  /** For a requirement: its Japanese text when last listed. */
  ja?: string;
  seenIn: number;
}

interface Seen {
  id: string;
  kind: LedgerKind;
  path: string;
  parent?: string;
  category?: string;
  digest: string;
  status: 'active' | 'retired';
  ja?: string;
  replacedBy?: string[];
}

/** What the release lists, in order: categories, items, requirements, with their JSON paths. */
function listed(release: CriteriaRelease): Seen[] {
  const out: Seen[] = [];
  release.categories.forEach((c, ci) => {
    const cp = `$.categories[${ci}]`;
    out.push({ id: c.id, kind: 'category', path: `${cp}.id`, digest: textDigest(stableStringify(c.name)), status: 'active' });
    c.items.forEach((it, ii) => {
      const ip = `${cp}.items[${ii}]`;
      out.push({ id: it.id, kind: 'item', path: `${ip}.id`, parent: c.id, digest: textDigest(stableStringify([it.name, it.intent])), status: 'active' });
      it.requirements.forEach((r, ri) => {
        const { status, retired, ...content } = r;
        const seen: Seen = { id: r.id, kind: 'requirement', path: `${ip}.requirements[${ri}].id`, parent: it.id, category: c.id, digest: textDigest(stableStringify(content)), status, ja: r.text.ja };
        if (retired) seen.replacedBy = [...retired.replacedBy];
        out.push(seen);
      });
    });
  });
  return out;
}

/** Where a missing ID would have been in `release`: its former parent's list, else the categories. */
function missingPath(release: CriteriaRelease, kind: LedgerKind, parent: string | undefined): string {
  if (kind === 'requirement' && parent !== undefined) {
    for (const [ci, c] of release.categories.entries()) {
      const ii = c.items.findIndex((it) => it.id === parent);
      if (ii >= 0) return `$.categories[${ci}].items[${ii}].requirements`;
    }
  }
  if (kind === 'item' && parent !== undefined) {
    const ci = release.categories.findIndex((c) => c.id === parent);
    if (ci >= 0) return `$.categories[${ci}].items`;
  }
  return '$.categories';
}

function declaredMove(release: CriteriaRelease, id: string): boolean {
  return (release.changeLog?.entries ?? []).some((e) => e.id === id && e.change === 'moved');
}

function walk(releases: readonly CriteriaRelease[]): { ledger: IdLedger; issues: Map<string, Issue[]> } {
  const sorted = [...releases].sort((a, b) => semver.compare(a.version, b.version));
  const states = new Map<string, State>();
  const issues = new Map<string, Issue[]>();
  sorted.forEach((release, n) => {
    const v = release.version;
    const out: Issue[] = [];
    issues.set(v, out);
    for (const s of listed(release)) {
      const state = states.get(s.id);
      const ref = s.kind === 'requirement' ? { requirementId: s.id } : {};
      if (!state) {
        const entry: LedgerEntry = { kind: s.kind, first: v, last: v, status: s.status, history: [{ release: v, change: 'added', ...(s.parent ? { parent: s.parent } : {}) }] };
        if (s.status === 'retired') entry.history.push({ release: v, change: 'retired', replacedBy: s.replacedBy ?? [] });
        const fresh: State = { entry, digest: s.digest, seenIn: n };
        if (s.parent !== undefined) fresh.parent = s.parent;
        if (s.category !== undefined) fresh.category = s.category;
        if (s.status === 'retired' && s.ja !== undefined) fresh.retiredJa = s.ja;
        if (s.ja !== undefined) fresh.ja = s.ja;
        states.set(s.id, fresh);
        continue;
      }
      const { entry } = state;
      if (state.seenIn === n) continue; // a duplicate ID in one release: the release's own checks report it
      if (entry.kind !== s.kind) {
        out.push(issue('id-reused', 'error', s.path, `${s.path}: "${s.id}" was first published in ${entry.first} as a ${entry.kind} ID, and is now used for a ${s.kind}; IDs are never reused.`, { ...ref, params: { id: s.id, from: entry.first, to: v } }));
        state.seenIn = n;
        continue;
      }
      const wasGone = entry.status !== 'active';
      if (wasGone && s.status === 'active') {
        const lastRetired = [...entry.history].reverse().find((e) => e.change === 'retired' || e.change === 'removed');
        // The same requirement coming back (the text it had when retired, or when last listed) is a reinstatement.
        if (s.kind !== 'requirement' || s.ja === (state.retiredJa ?? state.ja)) {
          entry.history.push({ release: v, change: 'reinstated', ...(s.parent ? { parent: s.parent } : {}) });
        } else {
          const since = lastRetired?.release ?? entry.last;
          const how = entry.status === 'retired' ? 'retired' : 'removed';
          out.push(
            issue('id-reused', 'error', s.path, `${s.path}: ${s.id} was ${how} in ${since} and is used again in ${v}${s.kind === 'requirement' ? ' with a different text' : ''}; IDs are never reused: give the new ${s.kind} a new ID, and keep ${s.id} retired.`, {
              ...ref,
              params: { id: s.id, from: since, to: v },
            }),
          );
          entry.history.push({ release: v, change: 'reinstated', ...(s.parent ? { parent: s.parent } : {}) });
        }
        delete state.retiredJa;
      } else if (s.status === 'retired' && entry.status !== 'retired') {
        entry.history.push({ release: v, change: 'retired', replacedBy: s.replacedBy ?? [] });
        if (s.ja !== undefined) state.retiredJa = s.ja;
      } else if (state.digest !== s.digest) {
        entry.history.push({ release: v, change: 'modified' });
      }
      if (state.parent !== s.parent && s.parent !== undefined) {
        entry.history.push({ release: v, change: 'moved', parent: s.parent });
        if (s.kind === 'requirement' && state.category !== undefined && state.category !== s.category && !declaredMove(release, s.id)) {
          out.push(
            issue('undeclared-change', 'error', s.path, `${s.path}: ${s.id} moved from ${state.parent} (category ${state.category}) to ${s.parent} (category ${s.category}) in ${v}, but the change log has no entry for it; add one with change: "moved".`, {
              ...ref,
              params: { id: s.id, target: 'requirement', changes: 'moved' },
            }),
          );
        }
      }
      entry.status = s.status;
      entry.last = v;
      state.digest = s.digest;
      if (s.parent !== undefined) state.parent = s.parent;
      if (s.category !== undefined) state.category = s.category;
      if (s.ja !== undefined) state.ja = s.ja;
      state.seenIn = n;
    }
    // Published IDs this release does not list.
    for (const [id, state] of states) {
      if (state.seenIn === n) continue;
      const { entry } = state;
      const path = missingPath(release, entry.kind, state.parent);
      const ref = entry.kind === 'requirement' ? { requirementId: id } : {};
      const stub = entry.kind === 'requirement' ? ' keep it, with status: retired and retired.since / reason / replacedBy' : ' keep it';
      out.push(
        issue('id-removed', entry.kind === 'requirement' ? 'error' : 'warning', path, `${path}: the ${entry.kind} ${id} (published since ${entry.first}, last in ${entry.last}) is missing from ${v}; IDs are never removed:${stub}.`, {
          ...ref,
          params: { id, to: v },
        }),
      );
      if (entry.status !== 'removed') {
        entry.history.push({ release: v, change: 'removed' });
        entry.status = 'removed';
      }
    }
  });
  const ids: Record<string, LedgerEntry> = {};
  for (const id of [...states.keys()].sort(compareStrings)) ids[id] = states.get(id)!.entry;
  return { ledger: { releases: sorted.map((r) => r.version), ids }, issues };
}

/** The ledger of every ID the releases publish, oldest release first. Pure. */
export function buildIdLedger(releases: readonly CriteriaRelease[]): IdLedger {
  return walk(releases).ledger;
}

/**
 * What breaks the ID rules in each release, compared with every earlier one: a retired (or
 * removed) ID used again for something else (`id-reused`, in any later release, not only the
 * next), a published ID missing without a retirement stub (`id-removed`), a requirement moved to
 * an item of another category without a `moved` entry in the change log (`undeclared-change`).
 * Returns, by version, the issues with JSON paths into that release. (replacedBy naming itself,
 * an unknown or a retired ID is checked within each release by validateCriteria.)
 */
export function checkIdHistory(releases: readonly CriteriaRelease[]): Map<string, Issue[]> {
  const { issues } = walk(releases);
  return new Map([...issues].map(([v, list]) => [v, sortIssues(list)]));
}
