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
