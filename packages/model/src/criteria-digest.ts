import { canonicalize } from './canonical-json.js';
import { sha256Hex } from './digest.js';
import type { CriteriaRelease } from './schemas/criteria.js';

const cache = new WeakMap<object, string>();

/**
 * SHA-256 of a parsed release in canonical JSON (RFC 8785 JCS: keys sorted, no whitespace; `$schema`
 * left out). Every tool computes the same digest for the same content.
 * @throws CanonicalizationError when the release holds a value JSON cannot carry (a lone surrogate).
 */
export function criteriaDigest(release: CriteriaRelease): string {
  const hit = cache.get(release);
  if (hit) return hit;
  const { $schema: _ignored, ...content } = release;
  const digest = sha256Hex(canonicalize(content));
  cache.set(release, digest);
  return digest;
}

const checked = new WeakSet<object>();

/**
 * Records that `release` is a valid, deeply frozen release whose criteriaDigest is `digest`, as
 * checked when it was built: @sisc/criteria does this for the releases it ships (a test holds
 * every shipped release to its recorded digest), so that they are not parsed and hashed again at
 * every start. Not for a release a caller passes in: that one is checked in full.
 */
export function rememberCheckedRelease(release: CriteriaRelease, digest: string): void {
  if (!Object.isFrozen(release)) throw new TypeError('only a deeply frozen release can be remembered as checked');
  checked.add(release);
  cache.set(release, digest);
}

/** The digest of a release recorded by rememberCheckedRelease, or undefined for any other value. */
export function checkedReleaseDigest(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && checked.has(value) ? cache.get(value) : undefined;
}
