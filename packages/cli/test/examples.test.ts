/**
 * The examples in docs/examples are real assessments of the shipped draft: each is evaluated here
 * and must reach the level it is meant to show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getCriteria } from '@sisc/criteria';
import { evaluate } from '@sisc/engine';
import { isValidCorporateNumber, safeParseAssessment, type Assessment } from '@sisc/model';
import { EXAMPLES, sisc } from './_harness.js';

const AS_OF = '2026-04-01';
const release = getCriteria('1.0.0-draft.1');
const active = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements)).filter((r) => r.status === 'active');
const ids = new Set(active.map((r) => r.id));

function read(name: string): Assessment {
  const text = readFileSync(join(EXAMPLES, name), 'utf8');
  const value: unknown = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  const parsed = safeParseAssessment(value);
  if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.data;
}

const CASES = [
  { file: 'level1-small-vendor.yaml', achieved: 1, conformant: true, errors: [] as string[] },
  { file: 'level1-with-gaps.json', achieved: 0, conformant: false, errors: ['na-not-allowed', 'unknown-requirement'] },
  { file: 'level2-infrastructure-audit.yaml', achieved: 2, conformant: true, errors: [] as string[] },
];

describe.each(CASES)('docs/examples/$file', ({ file, achieved, conformant, errors }) => {
  const assessment = read(file);

  it(`reaches level ${achieved} as of ${AS_OF}`, () => {
    const outcome = evaluate(release, assessment, { asOf: AS_OF });
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.result.achievedLevel).toBe(achieved);
    expect(outcome.result.conformant).toBe(conformant);
    expect([...new Set(outcome.issues.filter((i) => i.severity === 'error').map((i) => i.code))].sort()).toEqual(errors);
  });

  it('is for the shipped draft and uses its real requirement IDs', () => {
    expect(assessment.criteria).toEqual({ scheme: release.scheme.id, version: release.version });
    const unknown = Object.keys(assessment.answers).filter((id) => !ids.has(id));
    // The example with gaps has one deliberate typo (OPS-04.01 for OPS-03.01).
    expect(unknown).toEqual(file === 'level1-with-gaps.json' ? ['OPS-04.01'] : []);
  });

  it('has a valid 法人番号 (check digit)', () => {
    expect(assessment.organization.corporateNumber).toMatch(/^\d{13}$/);
    expect(isValidCorporateNumber(assessment.organization.corporateNumber!)).toBe(true);
  });

  it(`evaluates through the CLI to level ${achieved}`, async () => {
    const out = await sisc(['evaluate', `docs/examples/${file}`, '--as-of', AS_OF, '--format', 'json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).achievedLevel).toBe(achieved);
    const gate = await sisc(['evaluate', `docs/examples/${file}`, '--as-of', AS_OF, '--require-level', String(Math.max(1, achieved))]);
    expect(gate.code).toBe(achieved >= 1 ? 0 : 1);
  });
});

describe('the Level 2 audit example', () => {
  const assessment = read('level2-infrastructure-audit.yaml');
  it('answers every requirement of levels 1 and 2, with dated evidence for each', () => {
    expect(Object.keys(assessment.answers).sort()).toEqual([...ids].sort());
    for (const r of active) {
      const answer = assessment.answers[r.id]!;
      expect(answer.status, r.id).toBe('met');
      expect(answer.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of answer.evidence) expect(e.date <= assessment.audit!.date, `${r.id} ${e.title}`).toBe(true);
    }
  });
  it('is an audit, with the supplier\'s own declaration', () => {
    expect(assessment.mode).toBe('audit');
    expect(assessment.declaration?.signatory.role).toBeTruthy();
    expect(assessment.audit?.body.name).toBeTruthy();
  });
});

describe('the Level 1 vendor example', () => {
  it('answers exactly the level 1 requirements', () => {
    const level1 = active.filter((r) => r.level === 1).map((r) => r.id);
    expect(Object.keys(read('level1-small-vendor.yaml').answers).sort()).toEqual(level1.sort());
  });
});
