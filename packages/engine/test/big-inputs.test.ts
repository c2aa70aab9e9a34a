/**
 * Big and hostile assessments evaluate without blowing up memory or time (no timing assertions:
 * `pnpm bench` measures speed). Each case only has to finish with the right answer.
 */
import { describe, expect, it } from 'vitest';
import { getCriteria } from '@sisc/criteria';
import { evaluate, evaluateOrThrow, prepareCriteria } from '@sisc/engine';

const release = prepareCriteria(getCriteria('1.0.0-draft.1'));
const IDS = release.requirements.map((r) => r.requirement.id);
const AS_OF = '2026-05-01';
const base = () => ({
  criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1' },
  organization: { name: '株式会社大規模' },
  targetLevel: 2,
  mode: 'audit',
  declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-04-01' },
  audit: { auditor: { name: '佐藤 花子' }, body: { name: '認定機構' }, date: '2026-04-20' },
  answers: Object.fromEntries(IDS.map((id) => [id, { status: 'met', evidence: [{ title: '記録', date: '2026-03-01' }] }])) as Record<string, any>,
});
const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + (n % 3000) * 86_400_000).toISOString().slice(0, 10);

describe('big inputs', () => {
  it('10,000 evidence items on one answer: the newest counts, the future ones are reported', () => {
    const a = base();
    a.answers['GOV-02.01'].evidence = Array.from({ length: 10_000 }, (_, i) => ({ title: `受講記録 ${i}`, date: day(i) }));
    const res = evaluateOrThrow(release, a, { asOf: AS_OF });
    const future = a.answers['GOV-02.01'].evidence.filter((e: { date: string }) => e.date > AS_OF).length;
    expect(future).toBeGreaterThan(0);
    expect(res.issues.filter((i) => i.code === 'evidence-in-future')).toHaveLength(future);
    expect(res.requirements.find((r) => r.id === 'GOV-02.01')!.newestEvidence).toBe(AS_OF);
    expect(res.achievedLevel).toBe(2);
  });

  it('a ~10 MB assessment (10,000 evidence items with long titles) evaluates', () => {
    const a = base();
    const title = '証跡'.repeat(480); // ~2.9 KB of UTF-8 per title
    IDS.forEach((id, k) => {
      a.answers[id].evidence = Array.from({ length: Math.ceil(10_000 / IDS.length) }, (_, i) => ({ title, uri: `https://example.jp/evidence/${id}/${i}`, date: day(k * 7 + i) < AS_OF ? day(k * 7 + i) : '2026-01-01' }));
    });
    const text = JSON.stringify(a);
    expect(text.length).toBeGreaterThan(3_000_000);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(10_000_000);
    const res = evaluateOrThrow(release, JSON.parse(text), { asOf: AS_OF });
    expect(res.achievedLevel).toBe(2);
    expect(res.issues).toEqual([]);
  });

  it('50,000 answers to unknown requirement IDs: one issue each, sorted, and the result still stands', () => {
    const a = base();
    for (let i = 0; i < 50_000; i++) a.answers[`XQ-${String(100 + (i % 900))}.${String(100 + Math.floor(i / 900))}`] = { status: 'met' };
    const res = evaluateOrThrow(release, a, { asOf: AS_OF });
    expect(res.issues).toHaveLength(50_000);
    expect(res.issues.every((i) => i.code === 'unknown-requirement')).toBe(true);
    const paths = res.issues.map((i) => i.path);
    expect(paths).toEqual([...paths].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(res.achievedLevel).toBe(2);
  });

  it('an assessment nested absurdly deep gets an issue, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const a = { ...base(), answers: { 'GOV-01.01': { status: 'met', note: deep } } };
    const out = evaluate(release, a, { asOf: AS_OF });
    expect(out.success).toBe(false);
    expect(out.issues.map((i) => i.code)).toContain('too-deep');
  });
});
