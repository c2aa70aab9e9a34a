/**
 * Shipped releases are used as they were compiled (not parsed and hashed again at every start):
 * this holds every one of them to what a full check gives, and to the digest recorded for it.
 */
import { describe, expect, it } from 'vitest';
import { checkedReleaseDigest, criteriaDigest, safeParseCriteria } from '@sisc/model';
import { getCriteria, getCriteriaDigest } from '../src/index.js';
import { RELEASES } from '../src/generated/index.js';

describe.each(RELEASES.map((r) => [r.version, r] as const))('shipped release %s', (version, entry) => {
  it('is exactly what the full check of its data reads, with no issue', () => {
    const parsed = safeParseCriteria(structuredClone(entry.data));
    expect(parsed.success && parsed.issues).toEqual([]);
    expect(parsed.success && parsed.data).toStrictEqual(entry.data);
  });

  it('carries the digest of its content, computed again here', () => {
    expect(criteriaDigest(structuredClone(entry.data) as never)).toBe(entry.digest);
    expect(getCriteriaDigest(version)).toBe(entry.digest);
  });

  it('is handed out deeply frozen and remembered as checked, with that digest', () => {
    const release = getCriteria(version);
    expect(Object.isFrozen(release) && Object.isFrozen(release.categories[0]!.items[0]!.requirements[0]!)).toBe(true);
    expect(checkedReleaseDigest(release)).toBe(entry.digest);
    expect(checkedReleaseDigest(structuredClone(release))).toBeUndefined();
  });
});
