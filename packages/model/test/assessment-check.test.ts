/**
 * The engine reads plainly valid assessments through a fast structural check instead of the
 * model's zod schema (src/assessment-check.ts, beside schemas/assessment.ts). The two must agree: the fast check may only say yes
 * where the model raises no issue at all and reads the same data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainlyValidAssessment, safeParseAssessment, safeParseAssessmentInFull, sha256Hex, stableStringify, toJsonSchema } from '@sisc/model';

const valid = () => ({
  $schema: 'https://sisc.dev/schemas/v1/assessment.schema.json',
  criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1' },
  organization: { name: '株式会社テスト', corporateNumber: '7990412345678' },
  targetLevel: 2,
  mode: 'audit',
  declaration: { signatory: { name: '山田 太郎', role: '代表取締役' }, date: '2026-04-01' },
  audit: { auditor: { name: '佐藤 花子' }, body: { name: '認定機構' }, date: '2026-04-20', reference: 'SISC-1' },
  answers: {
    'GOV-01.01': { status: 'met', evidence: [{ title: '方針', uri: 'https://example.jp/a.pdf', date: '2024-02-29', sha256: 'a'.repeat(64) }], note: 'メモ' },
    'GOV-01.02': { status: 'not-applicable', justification: '' },
    'OPS-100.999': { status: 'not-met' },
  },
});

/** The model's reading of a document the fast check accepted: the same data, evidence defaulted. */
function expectModelAgrees(doc: unknown): void {
  const parsed = safeParseAssessment(doc);
  expect(parsed.issues).toEqual([]);
  expect(parsed.success).toBe(true);
  const withDefaults = structuredClone(doc) as { answers: Record<string, { evidence?: unknown[] }> };
  for (const a of Object.values(withDefaults.answers)) a.evidence ??= [];
  if (parsed.success) expect(parsed.data).toEqual(withDefaults);
}

/** Every path (as keys) to a value inside `doc`. */
function paths(doc: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (doc === null || typeof doc !== 'object') return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(doc) ? doc.map((v, i) => [i, v]) : Object.entries(doc);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

const tricky = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', '2026-02-29', '2024-02-29', '0000-02-29', '0004-02-29', '2026-13-01', '2026-1-01', '１２３', '7990412345677', '7990412345678', 'GOV-01.01', 'P1Y', 'met', 'audit', 1.5, 0, 10, -1, 9, 1e21, null),
);

describe('the fast assessment check', () => {
  it('accepts a plainly valid assessment, as the model does', () => {
    expect(isPlainlyValidAssessment(valid())).toBe(true);
    expectModelAgrees(valid());
  });

  it('never accepts what the model would reject or warn about (random mutations)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('set', 'delete', 'add'), tricky, fc.constantFrom('x', 'evidence', 'status', 'note', 'uri', '__proto__', 'GOV-02.01'), (pick, op, value, key) => {
        const doc: any = valid();
        const all = paths(doc);
        const path = all[pick % all.length]!;
        const parent = path.slice(0, -1).reduce((o: any, k) => o[k], doc);
        const last = path[path.length - 1];
        if (op === 'set' && last !== undefined) parent[last] = value;
        else if (op === 'delete' && last !== undefined) Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
        else {
          const target = path.reduce((o: any, k) => o[k], doc);
          if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        }
        if (isPlainlyValidAssessment(doc)) expectModelAgrees(doc);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets safeParseAssessment find the same issues with only the answers it is unsure of (random mutations)', () => {
    const answer = (i: number) => ({ status: 'met', evidence: [{ title: `証跡 ${i}`, date: '2026-01-01' }] });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'delete'), tricky), { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc: any = valid();
        for (let i = 0; i < 6; i++) doc.answers[`OPS-01.0${i}`] = answer(i);
        for (const [pick, op, value] of mutations) {
          const all = paths(doc).filter((p) => p.length > 0);
          const path = all[pick % all.length]!;
          const parent = path.slice(0, -1).reduce((o: any, k) => o?.[k], doc);
          if (parent === null || typeof parent !== 'object') continue;
          const last = path[path.length - 1]!;
          if (op === 'set') parent[last] = value;
          else if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
        }
        expect(safeParseAssessment(doc)).toEqual(safeParseAssessmentInFull(doc));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads dates as the model does, years 0000–0099 included', () => {
    for (const date of ['0000-02-29', '0001-02-29', '0100-02-29', '0400-02-29', '2026-02-29', '2024-02-29', '2026-04-31']) {
      const doc = valid();
      doc.answers['GOV-01.01'].evidence[0]!.date = date;
      expect(isPlainlyValidAssessment(doc), date).toBe(safeParseAssessment(doc).success);
    }
  });

  it.each([
    ['a date the calendar does not have', (d: any) => (d.declaration.date = '2026-02-29')],
    ['a wrong corporate number check digit', (d: any) => (d.organization.corporateNumber = '7990412345677')],
    ['an audit in a self-declaration (the model warns)', (d: any) => (d.mode = 'self-declaration')],
    ['an audit mode without audit', (d: any) => delete d.audit],
    ['an unknown field', (d: any) => (d.colour = 'blue')],
    ['a __proto__ key', (d: any) => Object.defineProperty(d.answers, '__proto__', { value: { status: 'met' }, enumerable: true })],
    ['an answer ID of the wrong form', (d: any) => (d.answers['GOV-1.1'] = { status: 'met' })],
    ['a fractional target level', (d: any) => (d.targetLevel = 1.5)],
    ['an empty evidence title', (d: any) => (d.answers['GOV-01.01'].evidence[0].title = '')],
    ['an optional field present but undefined', (d: any) => (d.declaration = undefined)],
    ['an inherited field', (d: any) => Object.setPrototypeOf(d.organization, { extra: 1 })],
    ['evidence that is not a list', (d: any) => (d.answers['GOV-01.01'].evidence = { title: 'x', date: '2026-01-01' })],
  ])('leaves %s to the model', (_name, mutate) => {
    const doc = valid();
    mutate(doc);
    expect(isPlainlyValidAssessment(doc)).toBe(false);
  });

  it('is reviewed whenever the model\'s assessment schema changes', () => {
    // When this fails, the assessment schema in @sisc/model changed: bring isPlainlyValidAssessment
    // (src/assessment-check.ts) in line with it, then record the new digest here.
    expect(sha256Hex(stableStringify(toJsonSchema('assessment')))).toBe('f5cc8a58eafc01ad805946efa96dba4a168a44af39122f9b8e5d366a4a355919');
  });
});
