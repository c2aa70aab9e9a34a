import { SiscError, localizeIssue, type CriteriaRelease } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { diffCriteria, maxBump, promisesNothing, requiredBump, semverVerdict, versionBump } from '../src/index.js';
import { item, newRequirement, release, requirement } from './_fixtures.js';

describe('versionBump', () => {
  it.each([
    ['1.0.0', '2.0.0', 'major'],
    ['1.0.0', '1.1.0', 'minor'],
    ['1.0.0', '1.0.1', 'patch'],
    ['1.0.0', '1.0.0', 'none'],
    ['1.0.0+a', '1.0.0+b', 'none'],
    ['1.1.0', '1.0.9', 'downgrade'],
    ['1.0.0', '1.0.0-draft.1', 'downgrade'],
    ['1.0.0-draft.2', '1.0.0-draft.1', 'downgrade'],
    ['1.0.0-draft.1', '1.0.0-draft.2', 'prerelease'],
    ['1.0.0-draft.1', '1.0.0', 'major'],
    ['1.0.0', '2.0.0-draft.1', 'major'],
    ['1.0.0', '1.1.0-draft.1', 'minor'],
    ['1.0.0', '1.0.1-draft.1', 'patch'],
  ])('%s → %s is %s', (from, to, expected) => {
    expect(versionBump(from, to)).toBe(expected);
  });

  it('throws on a version that is not semver, naming it', () => {
    expect(() => versionBump('1.0', '1.0.0')).toThrow(SiscError);
    expect(() => versionBump('1.0.0', 'v2')).toThrow('to "v2" is not a semantic version');
  });
});

describe('semverVerdict: the written policy', () => {
  it.each([
    // released → released: the step must be at least the required bump
    ['major', '1.0.0', '2.0.0', true, '2.0.0'],
    ['major', '1.0.0', '1.1.0', false, '2.0.0'],
    ['minor', '1.0.0', '1.1.0', true, '1.1.0'],
    ['minor', '1.0.0', '2.0.0', true, '1.1.0'],
    ['minor', '1.2.3', '1.2.4', false, '1.3.0'],
    ['patch', '1.2.3', '1.2.4', true, '1.2.4'],
    ['none', '1.2.3', '1.2.3', true, undefined],
    ['none', '1.2.3', '1.2.4', true, undefined],
    // the same version honours only no change; a downgrade nothing
    ['patch', '1.2.3', '1.2.3', false, '1.2.4'],
    ['patch', '1.2.3', '1.2.3+build.2', false, '1.2.4'],
    ['none', '1.2.3', '1.2.2', false, undefined],
    // a prerelease `to` is judged by the version it leads to
    ['major', '1.0.0', '2.0.0-draft.1', true, '2.0.0'],
    ['major', '1.0.0', '1.1.0-draft.1', false, '2.0.0'],
    ['minor', '1.0.0', '1.1.0-draft.3', true, '1.1.0'],
    // a prerelease or 0.x `from` promises nothing
    ['major', '1.0.0-draft.1', '1.0.0-draft.2', true, undefined],
    ['major', '1.0.0-draft.3', '1.0.0', true, undefined],
    ['major', '0.9.0', '0.9.1', true, undefined],
    ['major', '1.0.0-draft.2', '1.0.0-draft.1', false, undefined],
  ] as const)('%s changes, %s → %s: honoured %s', (required, from, to, honoured, next) => {
    const v = semverVerdict(required, from, to);
    expect(v.honoured).toBe(honoured);
    expect(v.next).toBe(next);
    expect(v.actual).toBe(versionBump(from, to));
  });

  it('promisesNothing: prereleases and 0.x', () => {
    expect([promisesNothing('1.0.0-draft.1'), promisesNothing('0.3.0'), promisesNothing('1.0.0'), promisesNothing('2.1.0+x')]).toEqual([true, true, false, false]);
  });

  it('maxBump and requiredBump order major > minor > patch > none', () => {
    expect(maxBump('patch', 'minor')).toBe('minor');
    expect(maxBump('major', 'none')).toBe('major');
    expect(requiredBump([])).toBe('none');
    expect(requiredBump([{ bump: 'patch' }, { bump: 'none' }, { bump: 'minor' }, { bump: 'patch' }])).toBe('minor');
  });
});

describe('diffCriteria: does the version number honour the changes?', () => {
  const substantive = (r: CriteriaRelease) => (requirement(r, 'GOV-02.01').text.ja = 'セキュリティ基礎教育の年1回以上の実施');
  const addition = (r: CriteriaRelease) => {
    r.levels.push({ level: 3, name: { ja: 'レベル3', en: 'Level 3' }, audience: { ja: '重要インフラ', en: 'Critical infrastructure' }, assurance: 'audited' });
    item(r, 'GOV-01').requirements.push(newRequirement('GOV-01.04', 3));
  };

  it.each([
    ['a substantive change as a major version', substantive, '2.0.0', true],
    ['a substantive change as a minor version', substantive, '1.1.0', false],
    ['an addition at a new level as a minor version', addition, '1.1.0', true],
    ['an addition at a new level as a patch', addition, '1.0.1', false],
    ['a substantive change in a draft leading to a major version', substantive, '2.0.0-draft.1', true],
    ['a substantive change in a draft leading to a minor version', substantive, '1.1.0-draft.1', false],
  ])('%s', (_name, edit, version, honoured) => {
    const d = diffCriteria(release('1.0.0'), release(version, edit));
    expect(d.semver.honoured).toBe(honoured);
    const issues = d.issues.filter((i) => i.code === 'version-not-honoured');
    expect(issues.length).toBe(honoured ? 0 : 1);
    if (!honoured) {
      expect(issues[0]).toMatchObject({ severity: 'error', path: '$.version', params: { required: d.semver.required, actual: d.semver.actual, next: d.semver.next } });
      expect(issues[0]!.message).toContain(`${d.semver.next} or later`);
      expect(localizeIssue(issues[0]!, 'ja')).toContain(`${d.semver.required} の版上げが必要`);
    }
  });

  it('content changed under the same version is not honoured', () => {
    const d = diffCriteria(release('1.0.0'), release('1.0.0', (r) => (requirement(r, 'GOV-02.01').text.en = 'Regular basic training')));
    expect(d.semver).toEqual({ required: 'patch', actual: 'none', honoured: false, next: '1.0.1' });
    expect(d.issues.find((i) => i.code === 'version-not-honoured')?.message).toContain('the content changed, but the version did not');
  });

  it('a lifecycle change under the same version needs no new version', () => {
    const d = diffCriteria(release('1.0.0'), release('1.0.0', (r) => ((r.status = 'superseded'), (r.dates.acceptUntil = '2027-03-31'))));
    expect(d.changes.length).toBe(2);
    expect(d.semver).toEqual({ required: 'none', actual: 'none', honoured: true });
    expect(d.issues).toEqual([]);
  });

  it('from the draft to its first release, anything goes', () => {
    const d = diffCriteria(release('1.0.0-draft.1'), release('1.0.0', substantive));
    expect(d.semver).toEqual({ required: 'major', actual: 'major', honoured: true });
    const between = diffCriteria(release('1.0.0-draft.1'), release('1.0.0-draft.2', substantive));
    expect(between.semver).toEqual({ required: 'major', actual: 'prerelease', honoured: true });
  });
});
