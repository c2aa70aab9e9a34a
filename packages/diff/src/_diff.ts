import { SCHEMA_IDS, criteriaDigest, issue, sortIssues, type CriteriaBasis, type CriteriaDiff, type CriteriaRelease, type Issue } from '@sisc/model';
import { computeChanges } from './_changes.js';
import type { DraftChange } from './_draft.js';
import { compareChanges } from './_order.js';
import { reconcile } from './_reconcile.js';
import { indexRelease, type ReleaseIndex } from './_release-index.js';
import { requiredBump, semverVerdict } from './semver.js';

export interface DiffWork {
  diff: CriteriaDiff;
  drafts: DraftChange[];
  from: ReleaseIndex;
  to: ReleaseIndex;
}

export function basisOf(release: CriteriaRelease): CriteriaBasis {
  return { scheme: release.scheme.id, version: release.version, digest: criteriaDigest(release) };
}

function removedIdIssues(drafts: readonly DraftChange[], to: ReleaseIndex): Issue[] {
  const out: Issue[] = [];
  const toV = to.release.version;
  for (const { change: c } of drafts) {
    if (c.kind !== 'removed' || c.target === 'level' || c.target === 'release') continue;
    const parentPath = c.target === 'requirement' ? to.items.get(c.parent ?? '')?.path : c.target === 'item' ? to.categories.get(c.parent ?? '')?.path : undefined;
    const path = parentPath === undefined ? '$.categories' : `${parentPath}.${c.target === 'requirement' ? 'requirements' : 'items'}`;
    const severity = c.target === 'requirement' ? 'error' : 'warning';
    const extra = c.target === 'requirement' ? { requirementId: c.id } : {};
    out.push(
      issue('id-removed', severity, path, `${path}: the ${c.target} ${c.id} is missing from ${toV}; IDs are never removed: keep it, with status: retired for a requirement.`, {
        ...extra,
        params: { id: c.id, to: toV },
      }),
    );
  }
  return out;
}

/**
 * A requirement retired in the older release and active again in the newer one with another
 * Japanese text: the ID is being reused for a different requirement, which IDs never are. (The
 * same text coming back is a reinstatement, a major change but not a breach.)
 */
function reusedIdIssues(drafts: readonly DraftChange[], from: ReleaseIndex, to: ReleaseIndex): Issue[] {
  const out: Issue[] = [];
  for (const { change: c } of drafts) {
    if (c.kind !== 'reinstated' || c.target !== 'requirement') continue;
    const before = from.requirements.get(c.id);
    const after = to.requirements.get(c.id);
    if (!before || !after || before.requirement.text.ja === after.requirement.text.ja) continue;
    const path = `${after.path}.id`;
    const fromV = from.release.version;
    out.push(
      issue('id-reused', 'error', path, `${path}: ${c.id} was retired in ${fromV} and is active again in ${to.release.version} with a different text; IDs are never reused: give the new requirement a new ID, and keep ${c.id} retired.`, {
        requirementId: c.id,
        params: { id: c.id, from: fromV, to: to.release.version },
      }),
    );
  }
  return out;
}

/** Diffs two parsed releases. */
export function diffReleases(fromRelease: CriteriaRelease, toRelease: CriteriaRelease): DiffWork {
  const from = indexRelease(fromRelease);
  const to = indexRelease(toRelease);
  const drafts = computeChanges(from, to);
  const issues = reconcile(drafts, from, to);
  for (const one of removedIdIssues(drafts, to)) issues.push(one);
  for (const one of reusedIdIssues(drafts, from, to)) issues.push(one);

  const fromV = fromRelease.version;
  const toV = toRelease.version;
  if (fromRelease.scheme.id !== toRelease.scheme.id) {
    const { id: a } = fromRelease.scheme;
    const { id: b } = toRelease.scheme;
    issues.push(issue('scheme-mismatch', 'error', '$.scheme.id', `$.scheme.id: ${toV} is a release of "${b}", but ${fromV} is one of "${a}"; releases of different schemes cannot be compared.`, { params: { from: a, to: b } }));
  }

  const changes = drafts.map((d) => d.change).sort(compareChanges);
  const semver = semverVerdict(requiredBump(changes), fromV, toV);
  if (!semver.honoured) {
    const why =
      semver.actual === 'downgrade'
        ? `${toV} is lower than ${fromV}`
        : semver.actual === 'none'
          ? `the content changed, but the version did not`
          : `${toV} is a ${semver.actual} step from ${fromV}`;
    const need = semver.next === undefined ? `a ${semver.required} version step` : `a ${semver.required} version step (${semver.next} or later)`;
    issues.push(
      issue('version-not-honoured', 'error', '$.version', `$.version: the changes from ${fromV} need ${need}, but ${why}.`, {
        params: { required: semver.required, actual: semver.actual, from: fromV, to: toV, ...(semver.next === undefined ? {} : { next: semver.next }) },
      }),
    );
  }

  const diff: CriteriaDiff = { $schema: SCHEMA_IDS.diff, from: basisOf(fromRelease), to: basisOf(toRelease), changes, semver, issues: sortIssues(issues) };
  return { diff, drafts, from, to };
}
