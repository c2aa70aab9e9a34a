import { sha256Hex, stableStringify } from './digest.js';
import type { CriteriaRelease } from './schemas/criteria.js';

const cache = new WeakMap<object, string>();

/**
 * SHA-256 of a parsed release in canonical JSON (keys sorted, no whitespace, `$schema` left out).
 * Every tool computes the same digest for the same content.
 */
export function criteriaDigest(release: CriteriaRelease): string {
  const hit = cache.get(release);
  if (hit) return hit;
  const { $schema: _ignored, ...content } = release;
  const digest = sha256Hex(stableStringify(content));
  cache.set(release, digest);
  return digest;
}
