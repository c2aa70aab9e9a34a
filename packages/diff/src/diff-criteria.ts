import type { CriteriaDiff } from '@sisc/model';
import { diffReleases } from './_diff.js';
import { parseRelease } from './_parse.js';

/**
 * Every change from one criteria release to another, by stable ID, with before and after values
 * (plain JSON) and the version bump each requires; the change log of `to` reconciled with them;
 * and whether the version number of `to` honours the bump (the semver policy in the README).
 *
 * Both releases may be unknown JSON: each is checked with `safeParseCriteria`, and one that is not
 * valid throws a `ValidationError` (code `invalid-criteria`) listing its problems, since the
 * releases are the caller's to get right. Releases of different schemes are compared anyway and
 * get the issue `scheme-mismatch` (error). Problems of the change log, removed IDs and a version
 * number that does not honour the changes are issues in the result, never exceptions.
 *
 * The result depends only on the content of the two releases, not on the order of their lists:
 * changes are sorted by target, ID, kind, field and language. Linear in the size of the releases
 * (apart from the final sort).
 */
export function diffCriteria(from: unknown, to: unknown): CriteriaDiff {
  return diffReleases(parseRelease(from, 'from'), parseRelease(to, 'to')).diff;
}
