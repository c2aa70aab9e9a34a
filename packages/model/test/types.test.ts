import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type {
  AssessmentDocument,
  AssessmentSchema,
  CriteriaDiffDocument,
  CriteriaDiffSchema,
  CriteriaReleaseDocument,
  CriteriaReleaseSchema,
  EvaluationResultDocument,
  EvaluationResultSchema,
  IssueDocument,
  IssueSchema,
} from '@sisc/model';

/** Compiles only when A is assignable to B. */
const agree = <A, B>(ok: [A] extends [B] ? true : false) => ok;

// The types generated from schemas/v1 (json-schema-to-typescript) and the zod-inferred types must
// agree both ways; `pnpm typecheck` (tsc over this file) fails when they drift apart.
describe('generated types agree with the zod schemas', () => {
  it('criteria release (input form)', () => {
    expect(agree<z.input<typeof CriteriaReleaseSchema>, CriteriaReleaseDocument>(true)).toBe(true);
    expect(agree<CriteriaReleaseDocument, z.input<typeof CriteriaReleaseSchema>>(true)).toBe(true);
  });
  it('assessment (input form)', () => {
    expect(agree<z.input<typeof AssessmentSchema>, AssessmentDocument>(true)).toBe(true);
    expect(agree<AssessmentDocument, z.input<typeof AssessmentSchema>>(true)).toBe(true);
  });
  it('evaluation result', () => {
    expect(agree<z.output<typeof EvaluationResultSchema>, EvaluationResultDocument>(true)).toBe(true);
    expect(agree<EvaluationResultDocument, z.output<typeof EvaluationResultSchema>>(true)).toBe(true);
  });
  it('criteria diff', () => {
    expect(agree<z.output<typeof CriteriaDiffSchema>, CriteriaDiffDocument>(true)).toBe(true);
    expect(agree<CriteriaDiffDocument, z.output<typeof CriteriaDiffSchema>>(true)).toBe(true);
  });
  it('issue', () => {
    expect(agree<z.output<typeof IssueSchema>, IssueDocument>(true)).toBe(true);
    expect(agree<IssueDocument, z.output<typeof IssueSchema>>(true)).toBe(true);
  });
});
