import { localizeIssue, type CriteriaRelease } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { diffCriteria } from '../src/index.js';
import { entry, item, ja, moveRequirement, newRequirement, release, removeRequirement, requirement, retire, withLog } from './_fixtures.js';

const FROM = '1.0.0';
const codes = (d: ReturnType<typeof diffCriteria>) => d.issues.map((i) => [i.code, i.path, i.requirementId ?? i.params?.id ?? '']);
const reword = (r: CriteriaRelease) => (requirement(r, 'GOV-02.01').text.ja = 'セキュリティ基礎教育の年1回以上の実施');

describe('change log reconciliation', () => {
  it('a Japanese text change declared editorial is a patch, not substantive', () => {
    const to = withLog(release('1.0.1', reword), FROM, [entry('GOV-02.01', 'editorial')]);
    const d = diffCriteria(release(FROM), to);
    expect(d.changes).toEqual([
      expect.objectContaining({ id: 'GOV-02.01', kind: 'text-changed', lang: 'ja', substantive: false, bump: 'patch', declared: { change: 'editorial', reason: ja('GOV-02.01 の変更理由'), related: [] } }),
    ]);
    expect(d.semver).toMatchObject({ required: 'patch', honoured: true });
    expect(d.issues).toEqual([]);
  });

  it('a Japanese text change declared modified stays substantive: major', () => {
    const d = diffCriteria(release(FROM), withLog(release('2.0.0', reword), FROM, [entry('GOV-02.01', 'modified')]));
    expect(d.changes[0]).toMatchObject({ substantive: true, bump: 'major', declared: { change: 'modified' } });
    expect(d.issues).toEqual([]);
  });

  it('every kind of declaration, each matched to its change, leaves no issue', () => {
    const to = withLog(
      release('2.0.0', (r) => {
        item(r, 'GOV-02').requirements.push(newRequirement('GOV-02.05', 2));
        retire(r, 'OPS-03.04', '2.0.0');
        moveRequirement(r, 'BLD-02.04', 'BLD-01');
        requirement(r, 'GOV-02.02').level = 1;
        requirement(r, 'CTR-01.04').text.en = 'Make clear the responsibility for the security of the whole system';
        reword(r);
      }),
      FROM,
      [
        entry('GOV-02.05', 'added'),
        entry('OPS-03.04', 'retired'),
        entry('BLD-02.04', 'moved'),
        entry('GOV-02.02', 'modified'),
        entry('CTR-01.04', 'editorial'),
        entry('GOV-02.01', 'modified'),
      ],
    );
    const d = diffCriteria(release(FROM), to);
    expect(d.issues).toEqual([]);
    expect(d.changes.map((c) => [c.id, c.kind, c.declared?.change])).toEqual([
      ['BLD-02.04', 'moved', 'moved'],
      ['CTR-01.04', 'text-changed', 'editorial'],
      ['GOV-02.01', 'text-changed', 'modified'],
      ['GOV-02.02', 'level-changed', 'modified'],
      ['GOV-02.05', 'added', 'added'],
      ['OPS-03.04', 'retired', 'retired'],
    ]);
  });

  it('a split: the old requirement retired, the new ones added, all declared by one entry', () => {
    const to = withLog(
      release('2.0.0', (r) => {
        retire(r, 'GOV-01.02', '2.0.0', ['GOV-01.04', 'GOV-01.05']);
        item(r, 'GOV-01').requirements.push(newRequirement('GOV-01.04', 2), newRequirement('GOV-01.05', 2));
      }),
      FROM,
      [entry('GOV-01.02', 'split', ['GOV-01.04', 'GOV-01.05'])],
    );
    const d = diffCriteria(release(FROM), to);
    expect(d.issues).toEqual([]);
    expect(d.changes.map((c) => [c.id, c.kind, c.declared?.change, c.declared?.related])).toEqual([
      ['GOV-01.02', 'retired', 'split', ['GOV-01.04', 'GOV-01.05']],
      ['GOV-01.04', 'added', 'split', ['GOV-01.04', 'GOV-01.05']],
      ['GOV-01.05', 'added', 'split', ['GOV-01.04', 'GOV-01.05']],
    ]);
  });

  it('a merge: the old requirement retired, the one it was merged into reworded', () => {
    const to = withLog(
      release('2.0.0', (r) => {
        retire(r, 'GOV-02.04', '2.0.0', ['GOV-02.03']);
        requirement(r, 'GOV-02.03').text.ja += ' 各役割のトレーニング計画を作成する。';
      }),
      FROM,
      [entry('GOV-02.04', 'merged', ['GOV-02.03'])],
    );
    const d = diffCriteria(release(FROM), to);
    expect(d.issues).toEqual([]);
    expect(d.changes.map((c) => [c.id, c.kind, c.substantive, c.declared?.change])).toEqual([
      ['GOV-02.03', 'text-changed', true, 'merged'],
      ['GOV-02.04', 'retired', true, 'merged'],
    ]);
  });

  it('reports an undeclared change, a declaration without a change, and an unknown ID', () => {
    const to = withLog(
      release('2.0.0', (r) => {
        reword(r);
        requirement(r, 'GOV-02.02').level = 1;
        requirement(r, 'GOV-02.02').naPolicy.allowed = true;
      }),
      FROM,
      [entry('GOV-02.02', 'modified'), entry('OPS-02.01', 'modified'), entry('GOV-09.01', 'added'), entry('BLD-01.01', 'split', ['BLD-01.09'])],
    );
    const d = diffCriteria(release(FROM), to);
    expect(codes(d)).toEqual([
      ['undeclared-change', '$.changeLog.entries', 'GOV-02.01'],
      ['unmatched-declared-change', '$.changeLog.entries[1]', 'OPS-02.01'],
      ['declared-unknown-id', '$.changeLog.entries[2].id', 'GOV-09.01'],
      ['declared-unknown-id', '$.changeLog.entries[3].related[0]', 'BLD-01.01'],
    ]);
    expect(d.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(d.issues[0]!.message).toBe(
      '$.changeLog.entries: the requirement GOV-02.01 changed from 1.0.0 to 2.0.0 (text.ja), but the change log has no entry for it; add one with change: "modified".',
    );
    expect(localizeIssue(d.issues[0]!, 'ja')).toBe('$.changeLog.entries: 「GOV-02.01」の変更が変更履歴に記載されていません。');
    expect(localizeIssue(d.issues[2]!, 'ja')).toContain('「GOV-09.01」はどちらのリリースにも存在しません');
  });

  it('an editorial declaration does not cover a change of level: both are reported', () => {
    const to = withLog(release('2.0.0', (r) => (requirement(r, 'GOV-02.02').level = 1)), FROM, [entry('GOV-02.02', 'editorial')]);
    const d = diffCriteria(release(FROM), to);
    expect(d.changes[0]).toMatchObject({ kind: 'level-changed', bump: 'major' });
    expect(d.changes[0]!.declared).toBeUndefined();
    expect(codes(d)).toEqual([
      ['undeclared-change', '$.changeLog.entries', 'GOV-02.02'],
      ['unmatched-declared-change', '$.changeLog.entries[0]', 'GOV-02.02'],
    ]);
  });

  it('translation and mapping changes need no declaration, but may have one', () => {
    const edit = (r: CriteriaRelease) => {
      requirement(r, 'GOV-02.01').text.en = 'Basic security training, regularly';
      requirement(r, 'GOV-01.01').mappings.pop();
    };
    expect(diffCriteria(release(FROM), withLog(release('1.0.1', edit), FROM, [])).issues).toEqual([]);
    const declared = diffCriteria(release(FROM), withLog(release('1.0.1', edit), FROM, [entry('GOV-02.01', 'editorial')]));
    expect(declared.issues).toEqual([]);
    expect(declared.changes.find((c) => c.id === 'GOV-02.01')?.declared?.change).toBe('editorial');
  });

  it('a removed requirement declared retired: the declaration matches, the removal is still an error', () => {
    const to = withLog(release('2.0.0', (r) => removeRequirement(r, 'GOV-01.03')), FROM, [entry('GOV-01.03', 'retired')]);
    const d = diffCriteria(release(FROM), to);
    expect(d.changes[0]).toMatchObject({ kind: 'removed', declared: { change: 'retired' } });
    expect(codes(d)).toEqual([['id-removed', '$.categories[0].items[0].requirements', 'GOV-01.03']]);
  });

  it('items and categories are declared by their IDs too', () => {
    const to = withLog(
      release('1.1.0', (r) => {
        r.categories[0]!.items.push({ id: 'GOV-05', name: ja('委託管理'), intent: ja('委託先を管理している'), requirements: [newRequirement('GOV-05.01', 3)] });
        r.levels.push({ level: 3, name: ja('レベル3'), audience: ja('重要インフラ事業者'), assurance: 'audited' });
        item(r, 'OPS-01').name.ja = 'インシデント対応体制';
      }),
      FROM,
      [entry('GOV-05', 'added'), entry('GOV-05.01', 'added')],
    );
    const d = diffCriteria(release(FROM), to);
    expect(codes(d)).toEqual([['undeclared-change', '$.changeLog.entries', 'OPS-01']]);
    expect(d.semver).toMatchObject({ required: 'minor', honoured: true });
  });

  it('a change log from another release is not checked, with a warning', () => {
    const to = withLog(release('1.2.0', reword), '1.1.0', [entry('GOV-02.01', 'editorial')]);
    const d = diffCriteria(release(FROM), to);
    expect(d.changes[0]).toMatchObject({ substantive: true, bump: 'major' });
    expect(d.changes[0]!.declared).toBeUndefined();
    expect(d.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['change-log-not-reconciled', 'warning', '$.changeLog.from'],
      ['version-not-honoured', 'error', '$.version'],
    ]);
    expect(localizeIssue(d.issues[0]!, 'ja')).toBe('$.changeLog.from: 1.2.0 の変更履歴は 1.0.0 からの変更を記載していないため、変更との照合を行っていません。');
  });

  it('a release without a change log gets a note that nothing was checked', () => {
    const d = diffCriteria(release(FROM), release('2.0.0', reword));
    expect(d.issues.map((i) => [i.code, i.severity, i.path])).toEqual([['change-log-not-reconciled', 'info', '$.changeLog']]);
  });

  it('the same release twice, with a change log, has no changes and no issues', () => {
    const r = withLog(release('2.0.0', reword), FROM, [entry('GOV-02.01', 'modified')]);
    const d = diffCriteria(r, r);
    expect(d.changes).toEqual([]);
    expect(d.issues).toEqual([]);
  });
});
