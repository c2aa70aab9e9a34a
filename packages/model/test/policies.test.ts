import { describe, expect, it } from 'vitest';
import { ASSURANCE_POLICIES, CriteriaReleaseSchema, RELEASE_STATUSES, RELEASE_STATUS_POLICIES, releaseStatusPolicy, validateCriteria } from '@sisc/model';
import { fixture } from './_fixtures.js';

/** The fixture release in one status, with a version and dates that status accepts (or not). */
const release = (status: string, version: string, dates: Record<string, string>) => {
  const raw = fixture('release.json');
  Object.assign(raw, { status, version, dates: { published: '2026-01-01', ...dates } });
  return CriteriaReleaseSchema.parse(raw);
};
const codes = (status: string, version: string, dates: Record<string, string> = {}) => validateCriteria(release(status, version, dates)).map((i) => `${i.code} ${i.path}`);

describe('release status policies', () => {
  it('are one frozen record per status', () => {
    expect(Object.keys(RELEASE_STATUS_POLICIES).sort()).toEqual([...RELEASE_STATUSES].sort());
    for (const s of RELEASE_STATUSES) {
      expect(releaseStatusPolicy(s).status).toBe(s);
      expect(Object.isFrozen(releaseStatusPolicy(s))).toBe(true);
    }
    expect(Object.isFrozen(RELEASE_STATUS_POLICIES)).toBe(true);
  });

  it.each(RELEASE_STATUSES)('%s: validateCriteria asks for the version and dates its record says', (status) => {
    const p = releaseStatusPolicy(status);
    const good = p.prereleaseVersion ? '1.0.0-draft.1' : '1.0.0';
    const bad = p.prereleaseVersion ? '1.0.0' : '1.0.0-draft.1';
    const withDates = { effectiveFrom: '2026-04-01' };
    expect(codes(status, bad, withDates)).toContain('status-version-mismatch $.version');
    expect(codes(status, good, withDates).filter((c) => c.startsWith('status-version-mismatch'))).toEqual([]);
    expect(codes(status, good).includes('invalid-dates $.dates.effectiveFrom')).toBe(p.effectiveFromRequired);
    // The fixture has Japanese-only texts: English is missing wherever the record requires it.
    expect(codes(status, good, withDates).some((c) => c.startsWith('missing-translation'))).toBe(p.englishRequired);
  });
});

describe('assurance policies', () => {
  it('are one frozen record per assurance kind, with distinct codes', () => {
    expect(Object.keys(ASSURANCE_POLICIES).sort()).toEqual(['audited', 'self-declared']);
    const all = Object.values(ASSURANCE_POLICIES).flatMap((p) => Object.values(p.codes));
    expect(new Set(all).size).toBe(all.length);
    for (const p of Object.values(ASSURANCE_POLICIES)) {
      expect(Object.isFrozen(p)).toBe(true);
      expect(Object.isFrozen(p.names)).toBe(true);
    }
  });
});
