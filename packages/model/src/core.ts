/**
 * `@sisc/model/core`: what code that must not load zod needs (the engine's evaluation, the shipped
 * criteria registry): issues, errors, IDs, dates, digests, the fast assessment check. Types only
 * from the schemas. A browser bundle importing from here leaves zod and the schemas out of its
 * initial load; `@sisc/model/diagnostics` brings them in. In the published build it is the same
 * module as `@sisc/model`, so Node programs always have the full checks.
 */
export { ISSUE_CODES, SEVERITIES, compareStrings, hasErrors, issue, sortIssues, type Issue, type IssueCode, type Severity } from './issues.js';
export * from './errors.js';
export * from './ids.js';
export * from './duration.js';
export * from './digest.js';
export * from './canonical-json.js';
export * from './criteria-digest.js';
export * from './assessment-check.js';
export * from './budget.js';
export * from './version.js';
export * from './policies.js';
export { isValidCorporateNumber } from './validate-assessment.js';
export { loadedChecks, registerFullChecks, type FullChecks } from './_full-checks.js';
export { jsonPath, childPath, type PathSegment } from './json-path.js';
export type * from './schemas/common.js';
export type * from './schemas/criteria.js';
export type * from './schemas/assessment.js';
export type * from './schemas/result.js';
export type * from './schemas/diff.js';
export type { SafeParseResult } from './parse.js';
export { closestMatches } from './suggest.js';
