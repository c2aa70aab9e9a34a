import { describe, expect, it } from 'vitest';
import { criteriaVersions, getCriteria, getCriteriaDigest, latestEffective, listCriteria, resolveCriteria } from '@sisc/criteria';
import { criteriaDigest, isSiscError, parseCriteria, type CriteriaRelease, type ReleaseStatus } from '@sisc/model';
import { createRegistry, type RegistryEntry } from '../src/_registry.js';

function thrown(f: () => unknown): { code?: string; message: string } {
  try {
    f();
  } catch (err) {
    if (!isSiscError(err)) throw err;
    return { code: err.code, message: err.message };
  }
  throw new Error('expected an error');
}

describe('the shipped releases', () => {
  it('lists every release with status, dates, digest and title, in semver order', () => {
    const list = listCriteria();
    expect(list.map((l) => l.version)).toEqual(criteriaVersions());
    expect(list).toContainEqual({ version: '1.0.0-draft.1', status: 'draft', dates: {}, digest: getCriteriaDigest('1.0.0-draft.1'), title: getCriteria('1.0.0-draft.1').title });
  });

  it.each(criteriaVersions())('%s: the recorded digest is the digest of the content, and the content is valid', (version) => {
    const release = getCriteria(version);
    expect(criteriaDigest(release)).toBe(getCriteriaDigest(version));
    expect(criteriaDigest(parseCriteria(structuredClone(release)))).toBe(getCriteriaDigest(version));
    expect(release.version).toBe(version);
  });

  it('gets a release by exact version, the same frozen object each time', () => {
    const a = getCriteria('1.0.0-draft.1');
    expect(a).toBe(getCriteria('1.0.0-draft.1'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.categories[0]!.items[0]!.requirements[0]!.text)).toBe(true);
    expect(() => {
      (a.categories as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it.each(['9.9', '0.0.1', '1.0.0-draft', 'v1.0.0-draft.1', ''])('throws unknown-version for %j, listing the known versions', (version) => {
    expect(thrown(() => getCriteria(version))).toEqual({ code: 'unknown-version', message: `unknown criteria version ${JSON.stringify(version)}; known versions: ${criteriaVersions().join(', ')}` });
    expect(thrown(() => getCriteriaDigest(version)).code).toBe('unknown-version');
  });

  it('latestEffective is the newest effective release (none while only drafts ship), and a draft resolves only when asked', () => {
    const list = listCriteria();
    expect(latestEffective()?.version).toBe(list.filter((l) => l.status === 'effective').at(-1)?.version);
    expect(resolveCriteria('1.0.0-draft.1', { includeDrafts: true }).version).toBe('1.0.0-draft.1');
    // The newest release that is not withdrawn, drafts included.
    expect(resolveCriteria('>=1.0.0-0', { includeDrafts: true }).version).toBe(list.filter((l) => l.status !== 'withdrawn').at(-1)!.version);
    const e = thrown(() => resolveCriteria('1.0.0-draft.1'));
    expect(e.code).toBe('no-matching-version');
    expect(e.message).toContain('pass { includeDrafts: true }');
    expect(e.message).toContain(`known versions: ${criteriaVersions().join(', ')}`);
  });
});

describe('a registry with several releases', () => {
  const base = getCriteria('1.0.0-draft.1');
  const make = (version: string, status: ReleaseStatus, effectiveFrom?: string): RegistryEntry => {
    const data: CriteriaRelease = { ...structuredClone(base), version, status, dates: effectiveFrom ? { effectiveFrom } : {} };
    return { version, status, digest: criteriaDigest(data), data };
  };
  // Deliberately out of order: the registry sorts by semver, not by input order or string order.
  const registry = createRegistry([
    make('1.10.0', 'effective', '2027-04-01'),
    make('1.0.0-draft.1', 'draft'),
    make('1.2.0', 'effective', '2026-10-01'),
    make('1.1.0', 'superseded', '2026-04-01'),
    make('1.0.0', 'withdrawn', '2026-01-01'),
    make('2.0.0-draft.1', 'draft'),
    make('1.11.0-draft.2', 'draft'),
  ]);

  it('lists in semver order', () => {
    expect(registry.criteriaVersions()).toEqual(['1.0.0-draft.1', '1.0.0', '1.1.0', '1.2.0', '1.10.0', '1.11.0-draft.2', '2.0.0-draft.1']);
  });

  it.each([
    ['^1.0.0', {}, '1.10.0'],
    ['~1.1.0', {}, '1.1.0'],
    ['1.x', {}, '1.10.0'],
    ['1.1', {}, '1.1.0'],
    ['*', {}, '1.10.0'],
    ['^1.0.0', { includeDrafts: true }, '1.11.0-draft.2'],
    ['*', { includeDrafts: true }, '2.0.0-draft.1'],
    ['^2.0.0-0', { includeDrafts: true }, '2.0.0-draft.1'],
    ['<1.2.0', {}, '1.1.0'],
  ] as const)('resolves %s %j to %s', (range, options, expected) => {
    expect(registry.resolveCriteria(range, options).version).toBe(expected);
  });

  it.each([
    ['1.0.0', 'no-matching-version'], // withdrawn
    ['^3.0.0', 'no-matching-version'],
    ['^2.0.0', 'no-matching-version'], // only a draft
    ['not a range', 'invalid-option'],
  ])('throws for %s (%s), listing the known versions', (range, code) => {
    const e = thrown(() => registry.resolveCriteria(range));
    expect(e.code).toBe(code);
    expect(e.message).toContain(`known versions: ${registry.criteriaVersions().join(', ')}`);
  });

  it('finds the latest effective release by status', () => {
    expect(registry.latestEffective()?.version).toBe('1.10.0');
    expect(createRegistry([make('1.0.0-draft.1', 'draft'), make('1.0.0', 'superseded', '2026-01-01')]).latestEffective()).toBeUndefined();
  });

  it('still gets a withdrawn release by its exact version', () => {
    expect(registry.getCriteria('1.0.0').status).toBe('withdrawn');
  });
});
