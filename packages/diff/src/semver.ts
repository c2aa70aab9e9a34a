import { SEMVER, SiscError, type Bump, type CriteriaDiff } from '@sisc/model';
import { compare, diff, inc, parse } from 'semver';

/** The bump between two version numbers, as the diff reports it. */
export type ActualBump = CriteriaDiff['semver']['actual'];
export type SemverVerdict = CriteriaDiff['semver'];

const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps (major > minor > patch > none). */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_RANK[a] >= BUMP_RANK[b] ? a : b;
}

/** The bump a list of changes requires together: the largest of theirs, `none` for no changes. */
export function requiredBump(changes: readonly { bump: Bump }[]): Bump {
  let out: Bump = 'none';
  for (const c of changes) out = maxBump(out, c.bump);
  return out;
}

function checkVersion(version: string, name: string): void {
  if (!SEMVER.test(version)) throw new SiscError('invalid-option', `${name} "${version}" is not a semantic version such as 1.0.0 or 1.1.0-draft.1`);
}

/**
 * The bump from one version number to another: `downgrade` when `to` is lower, `none` when equal
 * (build metadata is ignored, as semver says), `prerelease` between prereleases of the same
 * version, else `major`, `minor` or `patch` (a premajor, preminor or prepatch counts as its bump).
 */
export function versionBump(from: string, to: string): ActualBump {
  checkVersion(from, 'from');
  checkVersion(to, 'to');
  const order = compare(from, to);
  if (order > 0) return 'downgrade';
  if (order === 0) return 'none';
  const kind = diff(from, to);
  switch (kind) {
    case 'major':
    case 'premajor':
      return 'major';
    case 'minor':
    case 'preminor':
      return 'minor';
    case 'patch':
    case 'prepatch':
      return 'patch';
    default:
      return 'prerelease';
  }
}

/** True when `version` promises nothing under semver: a prerelease, or 0.x (initial development). */
export function promisesNothing(version: string): boolean {
  const v = parse(version);
  return v === null || v.prerelease.length > 0 || v.major === 0;
}

/**
 * Whether moving from `from` to `to` honours a required bump, by the written policy for criteria
 * data (README, "Semver policy"):
 * - a downgrade never honours anything; the same version honours only `none`;
 * - when `from` is a prerelease or 0.x it promises nothing, so any higher `to` honours the changes;
 * - when `to` is a prerelease, the version it leads to (`1.1.0` for `1.1.0-draft.2`) must honour them;
 * - otherwise the bump from `from` to `to` must be at least the required one.
 * `next` is the lowest version after `from` that honours the changes, where `from` promises something.
 */
export function semverVerdict(required: Bump, from: string, to: string): SemverVerdict {
  const actual = versionBump(from, to);
  const next = promisesNothing(from) || required === 'none' ? undefined : (inc(from, required) ?? undefined);
  const out: SemverVerdict = { required, actual, honoured: isHonoured(required, from, to, actual) };
  if (next !== undefined) out.next = next;
  return out;
}

function isHonoured(required: Bump, from: string, to: string, actual: ActualBump): boolean {
  if (actual === 'downgrade') return false;
  if (actual === 'none') return required === 'none';
  if (promisesNothing(from)) return true;
  const target = parse(to);
  const leadsTo = target === null ? to : `${target.major}.${target.minor}.${target.patch}`;
  const bump = versionBump(from, leadsTo);
  const rank = bump === 'major' ? 3 : bump === 'minor' ? 2 : bump === 'patch' ? 1 : 0;
  return rank >= BUMP_RANK[required];
}
