/* Generated from schemas/v1 by json-schema-to-typescript. Do not edit: run `pnpm generate`. */
export type { CriteriaReleaseDocument } from './criteria.js';
export type { AssessmentDocument } from './assessment.js';
export type { EvaluationResultDocument } from './result.js';
export type { CriteriaDiffDocument } from './diff.js';
export type { IssueDocument } from './issue.js';
