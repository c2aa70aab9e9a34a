import type { z } from 'zod';
import { guardInput } from './_guard.js';
import { fromZodIssues } from './_zod-issues.js';
import { ValidationError, type SiscErrorCode } from './errors.js';
import { hasErrors, issue, sortIssues, type Issue } from './issues.js';
import { AssessmentSchema, type Assessment } from './schemas/assessment.js';
import { CriteriaReleaseSchema, type CriteriaRelease } from './schemas/criteria.js';
import { CriteriaDiffSchema, type CriteriaDiff } from './schemas/diff.js';
import { EvaluationResultSchema, type EvaluationResult } from './schemas/result.js';
import { validateAssessment } from './validate-assessment.js';
import { unsureAnswerIds } from './assessment-check.js';
import { validateCriteria } from './validate-criteria.js';
import { registerFullChecks } from './_full-checks.js';

/** `success: true` may still carry warnings in `issues`. */
export type SafeParseResult<T> = { success: true; data: T; issues: Issue[] } | { success: false; issues: Issue[] };

function safeParseWith<T>(schema: z.ZodType<T>, input: unknown, semantic?: (data: T) => Issue[]): SafeParseResult<T> {
  try {
    const guarded = guardInput(input);
    if (guarded.length > 0) return { success: false, issues: sortIssues(guarded) };
    const parsed = schema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { success: false, issues: sortIssues(fromZodIssues(parsed.error.issues, input)) };
    const issues = semantic ? semantic(parsed.data) : [];
    return hasErrors(issues) ? { success: false, issues } : { success: true, data: parsed.data, issues };
  } catch (err) {
    // A validator must never throw on data; if something unforeseen does, say so as an issue.
    const detail = err instanceof Error ? err.message : String(err);
    return { success: false, issues: [issue('invalid-value', 'error', '$', `$: the document could not be checked (${detail}).`)] };
  }
}

function parseWith<T>(result: SafeParseResult<T>, code: SiscErrorCode, what: string): T {
  if (!result.success) throw new ValidationError(code, what, result.issues);
  return result.data;
}

/** Schema and semantic checks of a criteria release. Never throws. */
export function safeParseCriteria(input: unknown): SafeParseResult<CriteriaRelease> {
  return safeParseWith(CriteriaReleaseSchema, input, validateCriteria);
}
/** Like safeParseCriteria, but throws a ValidationError listing the problems. */
export function parseCriteria(input: unknown): CriteriaRelease {
  return parseWith(safeParseCriteria(input), 'invalid-criteria', 'The criteria release');
}

/** Schema and context-free checks of an assessment. Never throws. */
export function safeParseAssessment(input: unknown): SafeParseResult<Assessment> {
  const unsure = unsureAnswerIds(input);
  if (unsure !== undefined && unsure.length < Object.keys((input as { answers: object }).answers).length) {
    // Most answers pass the fast check, which holds them free of issues: when the document has
    // problems, the schema finds every one in the document with only the other answers in it.
    // The input budget is checked on the whole document first.
    const guarded = guardInput(input);
    if (guarded.length > 0) return { success: false, issues: sortIssues(guarded) };
    const answers = (input as { answers: Record<string, unknown> }).answers;
    const reduced: Record<string, unknown> = {};
    for (const id of unsure) Object.defineProperty(reduced, id, { value: answers[id], enumerable: true, writable: true, configurable: true });
    const partial = safeParseWith(AssessmentSchema, { ...(input as object), answers: reduced }, validateAssessment);
    if (!partial.success) return partial;
  }
  return safeParseAssessmentInFull(input);
}

/** safeParseAssessment without its shortcut: the whole document through the schema (the reference its tests hold it to). */
export function safeParseAssessmentInFull(input: unknown): SafeParseResult<Assessment> {
  return safeParseWith(AssessmentSchema, input, validateAssessment);
}
export function parseAssessment(input: unknown): Assessment {
  return parseWith(safeParseAssessment(input), 'invalid-assessment', 'The assessment');
}

export function safeParseResult(input: unknown): SafeParseResult<EvaluationResult> {
  return safeParseWith(EvaluationResultSchema, input);
}
export function parseResult(input: unknown): EvaluationResult {
  return parseWith(safeParseResult(input), 'invalid-result', 'The evaluation result');
}

export function safeParseDiff(input: unknown): SafeParseResult<CriteriaDiff> {
  return safeParseWith(CriteriaDiffSchema, input);
}
export function parseDiff(input: unknown): CriteriaDiff {
  return parseWith(safeParseDiff(input), 'invalid-diff', 'The criteria diff');
}

// Found by code that must not load zod itself (the engine's fast path) once this module is loaded.
registerFullChecks({ safeParseAssessment, safeParseCriteria });
