import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCriteria } from '@sisc/criteria';
import { isSiscError, safeParseAssessment, safeParseResult, type EvaluationResult } from '@sisc/model';
import { evaluate, evaluateOrThrow, prepareCriteria } from '@sisc/engine';

const release = getCriteria('1.0.0-draft.1');
// A variant with recurrences and validities, so every rule is in play.
const variant = structuredClone(release) as any;
variant.levels[0].declarationValidity = 'P1Y';
variant.levels[1].declarationValidity = 'P3Y';
variant.categories[0].items[1].requirements[0].recurrence = 'P1Y';
variant.categories[0].items[3].requirements[0].recurrence = 'P6M';
const RELEASES = [prepareCriteria(release), prepareCriteria(variant)];
const IDS = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((r) => r.id)));
const AS_OF = '2026-05-01';

const date = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const evidence = fc.record({ title: fc.constantFrom('記録', '議事録', '報告書'), date });
const answer = fc.record(
  {
    status: fc.constantFrom('met', 'met', 'met', 'not-met', 'not-applicable'),
    justification: fc.constantFrom('理由', ' ', ''),
    evidence: fc.array(evidence, { maxLength: 4 }),
  },
  { requiredKeys: ['status'] },
);
const answers = fc.dictionary(fc.constantFrom(...IDS, 'GOV-99.01', 'CTR-01.09'), answer, { maxKeys: IDS.length + 2 });
const assessment = fc.record(
  {
    criteria: fc.constant({ scheme: release.scheme.id, version: release.version }),
    organization: fc.constant({ name: '株式会社テスト' }),
    targetLevel: fc.constantFrom(1, 2, 3),
    mode: fc.constantFrom('self-declaration', 'audit'),
    declaration: fc.record({ signatory: fc.record({ name: fc.constantFrom('山田 太郎', ' '), role: fc.constantFrom('代表取締役', '　') }), date }),
    audit: fc.record({ auditor: fc.constant({ name: '佐藤 花子' }), body: fc.constantFrom({ name: '認定機構' }, { name: ' ' }), date }),
    answers,
  },
  { requiredKeys: ['criteria', 'organization', 'targetLevel', 'mode', 'answers'] },
).map((a: any) => {
  if (a.mode === 'audit' && !a.audit) a.audit = { auditor: { name: 'x' }, body: { name: 'y' }, date: '2026-04-01' };
  if (a.mode === 'self-declaration') delete a.audit;
  return a;
});
const releaseIndex = fc.constantFrom(0, 1);

const shuffled = <T>(items: T[], seed: number): T[] => {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** The result with evidence positions taken out of issue paths and messages (a shuffle moves them). */
function withoutEvidencePositions(result: EvaluationResult): unknown {
  const strip = (s: string) => s.replace(/evidence\[\d+\]/g, 'evidence[*]');
  const issues = result.issues.map((i) => ({ ...i, path: strip(i.path), message: strip(i.message) }));
  issues.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return { ...result, issues };
}

describe('evaluation (properties)', () => {
  it('does not depend on the order of answers or of evidence items', () => {
    fc.assert(
      fc.property(assessment, releaseIndex, fc.integer(), (a, ri, seed) => {
        const reordered = { ...a, answers: Object.fromEntries(shuffled(Object.entries(a.answers), seed).map(([id, ans]: [string, any]) => [id, { ...ans, evidence: ans.evidence && shuffled(ans.evidence, seed + 1) }])) };
        const x = evaluateOrThrow(RELEASES[ri]!, a, { asOf: AS_OF });
        const y = evaluateOrThrow(RELEASES[ri]!, reordered, { asOf: AS_OF });
        expect(withoutEvidencePositions(y)).toEqual(withoutEvidencePositions(x));
        if (Object.values(a.answers).every((v: any) => !v.evidence || v.evidence.length <= 1)) expect(JSON.stringify(y)).toBe(JSON.stringify(x));
      }),
      { numRuns: 150 },
    );
  });

  it('gives a result valid against the schema, consistent with itself, and the same every time', () => {
    fc.assert(
      fc.property(assessment, releaseIndex, (a, ri) => {
        const first = evaluateOrThrow(RELEASES[ri]!, a, { asOf: AS_OF });
        expect(JSON.stringify(evaluateOrThrow(RELEASES[ri]!, structuredClone(a), { asOf: AS_OF }))).toBe(JSON.stringify(first));
        expect(safeParseResult(JSON.parse(JSON.stringify(first))).issues).toEqual([]);
        expect(first.conformant).toBe(first.achievedLevel >= first.targetLevel);
        for (const l of first.levels) expect(l.achieved).toBe(l.blockers.length === 0);
        const achieved = first.levels.findIndex((l) => !l.achieved);
        expect(first.achievedLevel).toBe(achieved === -1 ? first.levels.length : achieved);
        const sum = (rows: { applicable: number; satisfied: number }[]) => rows.reduce((s, r) => [s[0]! + r.applicable, s[1]! + r.satisfied], [0, 0]);
        expect(sum(first.items)).toEqual([first.total!.applicable, first.total!.satisfied]);
        expect(sum(first.categories)).toEqual([first.total!.applicable, first.total!.satisfied]);
      }),
      { numRuns: 150 },
    );
  });

  it('reads an assessment the same whether it arrives as written or as the model parsed it', () => {
    fc.assert(
      fc.property(assessment, releaseIndex, (a, ri) => {
        const parsed = safeParseAssessment(a);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const asWritten = evaluate(RELEASES[ri]!, a, { asOf: AS_OF });
        const asParsed = evaluate(RELEASES[ri]!, parsed.data, { asOf: AS_OF });
        expect(JSON.stringify(asParsed)).toBe(JSON.stringify(asWritten));
      }),
      { numRuns: 150 },
    );
  });

  it('never achieves a lower level when an answer improves to met with fresh evidence', () => {
    fc.assert(
      fc.property(assessment, releaseIndex, fc.constantFrom(...IDS), (a, ri, id) => {
        const before = evaluateOrThrow(RELEASES[ri]!, a, { asOf: AS_OF });
        const better = { ...a, answers: { ...a.answers, [id]: { status: 'met', evidence: [{ title: '記録', date: AS_OF }] } } };
        const after = evaluateOrThrow(RELEASES[ri]!, better, { asOf: AS_OF });
        expect(after.achievedLevel).toBeGreaterThanOrEqual(before.achievedLevel);
        expect(after.total!.satisfied).toBeGreaterThanOrEqual(before.total!.satisfied);
      }),
      { numRuns: 150 },
    );
  });

  it('answers any JSON value as an assessment with a result or issues, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = evaluate(RELEASES[0]!, value, { asOf: AS_OF });
        expect(Array.isArray(out.issues)).toBe(true);
        if (!out.success) expect(out.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('answers near-valid assessments (one field replaced by any JSON) without an exception, except a named criteria mismatch', () => {
    const fields = ['criteria', 'organization', 'targetLevel', 'mode', 'declaration', 'audit', 'answers'] as const;
    fc.assert(
      fc.property(assessment, fc.constantFrom(...fields), fc.jsonValue(), (a, field, value) => {
        const broken = { ...a, [field]: value };
        try {
          const out = evaluate(RELEASES[1]!, broken, { asOf: AS_OF });
          if (!out.success) expect(out.issues.some((i) => i.path.startsWith(`$.${field}`) || i.path === '$')).toBe(true);
        } catch (err) {
          expect(isSiscError(err) && err.code === 'criteria-mismatch' && field === 'criteria').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
