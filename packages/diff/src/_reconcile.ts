import { REQUIREMENT_ID, childPath, compareStrings, issue, stableStringify, type ChangeLogEntry, type Issue } from '@sisc/model';
import type { DeclaredKind, DraftChange } from './_draft.js';
import { plain } from './_json.js';
import { hasId, type ReleaseIndex } from './_release-index.js';

interface Indexed {
  entry: ChangeLogEntry;
  index: number;
  key: string;
}

function pick(candidates: Indexed[], order: readonly DeclaredKind[]): Indexed | undefined {
  let best: Indexed | undefined;
  for (const c of candidates) {
    if (!best) best = c;
    else {
      const d = order.indexOf(c.entry.change) - order.indexOf(best.entry.change) || compareStrings(c.key, best.key);
      if (d < 0) best = c;
    }
  }
  return best;
}

/**
 * Reconciles the computed changes with the change log of `to`, when that log describes the step
 * from `from`: sets `declared` on each change an entry declares (an editorial declaration makes a
 * text change non-substantive, and so a patch), and returns the issues: changes the log should
 * declare but does not, entries that match no change, and entries naming IDs in neither release.
 * Linear in the number of changes and entries.
 */
export function reconcile(drafts: DraftChange[], from: ReleaseIndex, to: ReleaseIndex): Issue[] {
  const fromV = from.release.version;
  const toV = to.release.version;
  const log = to.release.changeLog;
  const sameVersion = fromV === toV;
  if (!log) {
    if (sameVersion || !drafts.some((d) => d.mustDeclare)) return [];
    return [
      issue(
        'change-log-not-reconciled',
        'info',
        '$.changeLog',
        `$.changeLog: ${toV} has no change log, so its changes from ${fromV} are not checked against declared ones, and every change of Japanese text counts as substantive.`,
        { params: { from: fromV, to: toV } },
      ),
    ];
  }
  if (log.from !== fromV) {
    if (sameVersion) return [];
    return [
      issue(
        'change-log-not-reconciled',
        'warning',
        '$.changeLog.from',
        `$.changeLog.from: the change log of ${toV} describes the changes from ${log.from}, not from ${fromV}, so it is not checked against these changes.`,
        { params: { from: fromV, to: toV, logFrom: log.from } },
      ),
    ];
  }

  const byId = new Map<string, Indexed[]>();
  const byRelated = new Map<string, Indexed[]>();
  const add = (m: Map<string, Indexed[]>, k: string, v: Indexed) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  log.entries.forEach((entry, index) => {
    const x: Indexed = { entry, index, key: stableStringify(entry) };
    add(byId, entry.id, x);
    for (const r of new Set(entry.related)) add(byRelated, r, x);
  });

  const used = new Set<number>();
  const undeclared = new Map<string, DraftChange[]>();
  for (const d of drafts) {
    const id = d.change.id;
    const direct = (byId.get(id) ?? []).filter((x) => d.accepts.includes(x.entry.change));
    const via = (byRelated.get(id) ?? []).filter((x) => d.viaRelated.includes(x.entry.change));
    for (const x of direct) used.add(x.index);
    for (const x of via) used.add(x.index);
    const chosen = pick(direct, d.accepts) ?? pick(via, d.viaRelated);
    if (chosen) {
      const { change, reason, related } = chosen.entry;
      d.change.declared = { change, reason: plain(reason), related: [...related] };
      if (change === 'editorial' && d.ifEditorial !== undefined) {
        d.change.bump = d.ifEditorial;
        d.change.substantive = false;
      }
    } else if (d.mustDeclare) {
      const key = `${d.change.target}\u0000${id}`;
      const list = undeclared.get(key);
      if (list) list.push(d);
      else undeclared.set(key, [d]);
    }
  }

  const out: Issue[] = [];
  const path = '$.changeLog.entries';
  for (const list of undeclared.values()) {
    const first = list[0]!.change;
    const what = [...new Set(list.map((d) => d.change.field ?? d.change.kind))].sort(compareStrings).join(', ');
    const suggest = [...new Set(list.map((d) => d.accepts[0]))].filter((k) => k !== undefined).join('" or "');
    const extra = first.target === 'requirement' ? { requirementId: first.id } : {};
    out.push(
      issue('undeclared-change', 'error', path, `${path}: the ${first.target} ${first.id} changed from ${fromV} to ${toV} (${what}), but the change log has no entry for it; add one with change: "${suggest}".`, {
        ...extra,
        params: { id: first.id, target: first.target, changes: what },
      }),
    );
  }

  log.entries.forEach((entry, i) => {
    const p = `${path}[${i}]`;
    const about = REQUIREMENT_ID.test(entry.id) ? { requirementId: entry.id } : {};
    let known = true;
    if (!hasId(from, entry.id) && !hasId(to, entry.id)) {
      known = false;
      const q = `${p}.id`;
      out.push(issue('declared-unknown-id', 'error', q, `${q}: "${entry.id}" is not a requirement, item or category of ${fromV} or ${toV}; check the ID.`, { ...about, params: { id: entry.id } }));
    }
    entry.related.forEach((r, k) => {
      if (hasId(from, r) || hasId(to, r)) return;
      known = false;
      const q = childPath(p, 'related', k);
      out.push(issue('declared-unknown-id', 'error', q, `${q}: "${r}" is not a requirement, item or category of ${fromV} or ${toV}; check the ID.`, { ...about, params: { id: r } }));
    });
    if (known && !used.has(i)) {
      out.push(
        issue('unmatched-declared-change', 'error', p, `${p}: the change log declares "${entry.change}" for ${entry.id}, but nothing of that kind changed for ${entry.id} from ${fromV} to ${toV}.`, {
          ...about,
          params: { id: entry.id, change: entry.change },
        }),
      );
    }
  });
  return out;
}
