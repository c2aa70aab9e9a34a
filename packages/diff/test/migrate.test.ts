import { ValidationError, SiscError, safeParseAssessment, type Assessment, type CriteriaRelease } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@sisc/engine';
import { migrateAssessment } from '../src/index.js';
import { assessment, entry, item, ja, moveRequirement, newRequirement, release, removeRequirement, requirement, requirementIds, retire, withLog } from './_fixtures.js';

const FROM = '1.0.0';

/** The next release: one change of each kind that matters to an assessment. */
function next(r: CriteriaRelease): void {
  requirement(r, 'GOV-02.01').text.ja = 'セキュリティ基礎教育の年1回以上の実施'; // modified
  requirement(r, 'GOV-02.02').text.ja = 'SecBoKを元にセキュリティ資格取得の推進'; // editorial (declared)
  requirement(r, 'OPS-01.01').text.en = 'Setting up a contact point for trouble'; // translation only
  moveRequirement(r, 'BLD-02.04', 'BLD-01'); // moved
  requirement(r, 'GOV-03.01').recurrence = 'P1Y'; // recurrence: answers carry, evaluation judges the evidence
  requirement(r, 'BLD-04.02').naPolicy.allowed = false; // N/A no longer allowed
  requirement(r, 'OPS-02.02').level = 1; // now applies at level 1
  retire(r, 'OPS-03.04', '2.0.0'); // retired
  removeRequirement(r, 'CTR-01.04'); // removed (an error in the diff, but the answer must go)
  retire(r, 'GOV-01.02', '2.0.0', ['GOV-01.04', 'GOV-01.05']); // split
  item(r, 'GOV-01').requirements.push(newRequirement('GOV-01.04', 1), newRequirement('GOV-01.05', 2));
  item(r, 'GOV-04').requirements.push(newRequirement('GOV-04.03', 1)); // added at level 1
}
const log = [
  entry('GOV-02.01', 'modified'),
  entry('GOV-02.02', 'editorial'),
  entry('BLD-02.04', 'moved'),
  entry('GOV-03.01', 'modified'),
  entry('BLD-04.02', 'modified'),
  entry('OPS-02.02', 'modified'),
  entry('OPS-03.04', 'retired'),
  entry('CTR-01.04', 'retired'),
  entry('GOV-01.02', 'split', ['GOV-01.04', 'GOV-01.05']),
  entry('GOV-04.03', 'added'),
];

describe('migrateAssessment', () => {
  const from = release(FROM);
  const to = withLog(release('2.0.0', next), FROM, log);

  it('carries, drops and asks again, by the kind of change', () => {
    const input = assessment(from); // answers every active requirement (N/A where allowed), targets level 1
    const { assessment: out, report } = migrateAssessment(input, from, to);

    expect(report.dropped.map((d) => [d.id, d.reason, d.replacedBy])).toEqual([
      ['BLD-04.02', 'na-policy', undefined],
      ['CTR-01.04', 'removed', undefined],
      ['GOV-01.02', 'split', ['GOV-01.04', 'GOV-01.05']],
      ['GOV-02.01', 'modified', undefined],
      ['OPS-03.04', 'retired', undefined],
    ]);
    expect(report.mustAnswer).toEqual([
      { id: 'BLD-04.02', reason: 'na-policy', level: 2 },
      { id: 'GOV-01.04', reason: 'split', level: 1 },
      { id: 'GOV-02.01', reason: 'modified', level: 1 },
      { id: 'GOV-04.03', reason: 'added', level: 1 },
    ]);
    const droppedIds = new Set(report.dropped.map((d) => d.id));
    expect(report.carried).toEqual(Object.keys(input.answers).filter((id) => !droppedIds.has(id)).sort());
    expect(report.carried).toEqual(expect.arrayContaining(['GOV-02.02', 'OPS-01.01', 'BLD-02.04', 'GOV-03.01', 'OPS-02.02']));
    for (const id of report.carried) expect(out.answers[id]).toEqual(input.answers[id]);
    expect(report.dropped.find((d) => d.id === 'GOV-02.01')!.answer).toEqual(input.answers['GOV-02.01']);
    expect(out.criteria).toEqual({ scheme: 'si-security-certification', version: '2.0.0' });
    expect(report.from.version).toBe(FROM);
    expect(report.to.version).toBe('2.0.0');
    expect(report.issues).toEqual([]);
  });

  it('gives an assessment that is valid and answers only requirements of `to`', () => {
    const { assessment: out } = migrateAssessment(assessment(from), from, to);
    expect(safeParseAssessment(out).success).toBe(true);
    // The engine accepts it against `to`, without unknown or retired answers.
    const evaluated = evaluate(to, out, { asOf: '2026-05-01' });
    expect(evaluated.success).toBe(true);
    expect(evaluated.issues.filter((i) => ['unknown-requirement', 'retired-requirement', 'criteria-mismatch'].includes(i.code))).toEqual([]);
    const before = evaluate(from, assessment(from), { asOf: '2026-05-01' });
    expect(before.success && before.result.achievedLevel).toBe(1);
    if (!evaluated.success) throw new Error('the migrated assessment did not evaluate');
    // What the report says must be answered is exactly what keeps it from level 1 now.
    const missing = evaluated.result.requirements.filter((r) => r.level <= 1 && !r.satisfied).map((r) => r.id);
    expect(missing.sort()).toEqual(migrateAssessment(assessment(from), from, to).report.mustAnswer.filter((m) => m.level <= 1).map((m) => m.id));
    const ids = new Set(requirementIds(to));
    expect(Object.keys(out.answers).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(out.answers).filter((id) => requirement(to, id).status !== 'active')).toEqual([]);
  });

  it('lists what applies at the target level only now, or is new there; not what lies above it', () => {
    const onlyLevel1 = assessment(from, { 'GOV-01.01': { status: 'met', evidence: [] } }, 1);
    const { report } = migrateAssessment(onlyLevel1, from, to);
    expect(report.mustAnswer).toEqual([
      { id: 'GOV-01.04', reason: 'split', level: 1 },
      { id: 'GOV-04.03', reason: 'added', level: 1 },
      { id: 'OPS-02.02', reason: 'now-applies', level: 1 },
    ]);
    const level2 = migrateAssessment({ ...onlyLevel1, targetLevel: 2, mode: 'audit', audit: { auditor: { name: '監査 花子' }, body: { name: '認定機関' }, date: '2026-03-20' } }, from, to);
    expect(level2.report.mustAnswer).toEqual([
      { id: 'GOV-01.04', reason: 'split', level: 1 },
      { id: 'GOV-01.05', reason: 'split', level: 2 },
      { id: 'GOV-04.03', reason: 'added', level: 1 },
    ]);
  });

  it('drops answers to IDs `from` does not know', () => {
    const input = assessment(from, { 'GOV-01.01': { status: 'met', evidence: [] }, 'GOV-09.09': { status: 'met', evidence: [] } });
    const { assessment: out, report } = migrateAssessment(input, from, release('1.0.1'));
    expect(report.dropped.map((d) => [d.id, d.reason])).toEqual([['GOV-09.09', 'unknown']]);
    expect(Object.keys(out.answers)).toEqual(['GOV-01.01']);
  });

  it('keeps answers to requirements retired on both sides, and drops those of a reinstated one', () => {
    const retired = release(FROM, (r) => retire(r, 'GOV-01.03', FROM));
    const input = assessment(retired, { 'GOV-01.03': { status: 'met', evidence: [] } }, 2);
    expect(migrateAssessment(input, retired, release('1.0.1', (r) => retire(r, 'GOV-01.03', FROM))).report.carried).toEqual(['GOV-01.03']);
    const back = migrateAssessment(input, retired, release('2.0.0'));
    expect(back.report.dropped.map((d) => [d.id, d.reason])).toEqual([['GOV-01.03', 'reinstated']]);
    expect(back.report.mustAnswer.find((m) => m.id === 'GOV-01.03')).toEqual({ id: 'GOV-01.03', reason: 'reinstated', level: 2 });
  });

  it('keeps a "not applicable" that is still accepted, and one that was never accepted', () => {
    const na = { status: 'not-applicable' as const, evidence: [] };
    const input = assessment(from, { 'BLD-04.04': { ...na, justification: '委託していない' }, 'GOV-01.01': na });
    const to2 = release('2.0.0', (r) => (requirement(r, 'GOV-01.01').naPolicy.justificationRequired = false));
    expect(migrateAssessment(input, from, to2).report.carried).toEqual(['BLD-04.04', 'GOV-01.01']);
  });

  it('says when the target level is gone from `to`', () => {
    const three = release(FROM, (r) => r.levels.push({ level: 3, name: ja('レベル3'), audience: ja('重要インフラ'), assurance: 'audited' }));
    const input: Assessment = { ...assessment(three, {}, 3), mode: 'audit', audit: { auditor: { name: 'a' }, body: { name: 'b' }, date: '2026-03-01' } };
    const { report } = migrateAssessment(input, three, release('2.0.0'));
    expect(report.issues.map((i) => [i.code, i.severity, i.path])).toEqual([['unknown-level-target', 'error', '$.targetLevel']]);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const run = () => JSON.stringify(migrateAssessment(assessment(from), from, to));
    expect(run()).toBe(run());
  });

  it('throws for an assessment of another release, another scheme, or invalid input', () => {
    expect(() => migrateAssessment(assessment(release('1.0.1')), from, to)).toThrow(SiscError);
    expect(() => migrateAssessment(assessment(release('1.0.1')), from, to)).toThrow('the assessment is for si-security-certification 1.0.1, but the "from" release is si-security-certification 1.0.0');
    const other = release('2.0.0', (r) => (r.scheme.id = 'other'));
    expect(() => migrateAssessment(assessment(from), from, other)).toThrow(expect.objectContaining({ code: 'criteria-mismatch' }));
    expect(() => migrateAssessment({ answers: 1 }, from, to)).toThrow(ValidationError);
    expect(() => migrateAssessment({ answers: 1 }, from, to)).toThrow(expect.objectContaining({ code: 'invalid-assessment' }));
    expect(() => migrateAssessment(assessment(from), from, { nope: true })).toThrow(expect.objectContaining({ code: 'invalid-criteria' }));
  });
});
