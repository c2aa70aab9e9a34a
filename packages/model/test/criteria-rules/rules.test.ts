import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CriteriaReleaseSchema, sortIssues, validateCriteria } from '@sisc/model';
import { CRITERIA_RULES } from '../../src/criteria-rules/index.js';
import { fixture } from '../_fixtures.js';

describe('the criteria rules', () => {
  it('each lives in a file of its name and has a table-driven test of its name', () => {
    const src = readdirSync(join(import.meta.dirname, '../../src/criteria-rules')).filter((f) => !['index.ts', 'rule.ts'].includes(f));
    const tests = readdirSync(import.meta.dirname).filter((f) => !f.startsWith('_') && f !== 'rules.test.ts');
    const names = CRITERIA_RULES.map((r) => r.name).sort();
    expect(new Set(names).size).toBe(names.length);
    expect(src.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(names);
    expect(tests.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual(names);
    for (const r of CRITERIA_RULES) expect(r.description).toMatch(/\.$/);
  });

  it('validateCriteria returns what the rules find, sorted', () => {
    const raw = fixture('release.json');
    Object.assign(raw, { status: 'effective', dates: { effectiveFrom: '2026-04-01', acceptUntil: '2026-03-01' } });
    raw.levels[1].level = 3;
    raw.categories[0].items[0].id = 'OPS-01';
    const release = CriteriaReleaseSchema.parse(raw);
    const all = validateCriteria(release);
    expect(new Set(all.map((i) => i.code))).toEqual(new Set(['status-version-mismatch', 'invalid-dates', 'missing-translation', 'non-contiguous-levels', 'unknown-level', 'id-prefix-mismatch']));
    expect(all).toEqual(sortIssues(CRITERIA_RULES.flatMap((r) => r.check(release))));
  });
});
