import { expect, it } from 'vitest';
import { CriteriaReleaseSchema, type Issue } from '@sisc/model';
import type { CriteriaRule } from '../../src/criteria-rules/index.js';
import { fixture } from '../_fixtures.js';

/** One case: a name, a change to the test release (packages/model/test/fixtures/release.json), the issues expected. */
export type RuleCase = [name: string, mutate: (release: any) => void, expected: string[]];

/** The test release's first item, GOV-01 (three requirements: GOV-01.01 level 1, GOV-01.02 and GOV-01.03 level 2). */
export const gov01 = (r: any) => r.categories[0].items[0];

/** `severity code path` of each issue, and the requirement it names when it names one, in the rule's order. */
export const summary = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path}${i.requirementId ? ` (${i.requirementId})` : ''}`);

/** Runs the rule on the test release changed by each case and asserts exactly the issues expected. */
export function ruleTable(rule: CriteriaRule, cases: RuleCase[]): void {
  it.each(cases)(`${rule.name}: %s`, (_name, mutate, expected) => {
    const raw = fixture('release.json');
    mutate(raw);
    expect(summary(rule.check(CriteriaReleaseSchema.parse(raw)))).toEqual(expected);
  });
}
