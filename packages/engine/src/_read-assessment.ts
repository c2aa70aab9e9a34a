import { issue, loadedChecks, plainlyValidAnswerIds, type AnswerStatus, type ASSESSMENT_MODES, type Issue } from '@sisc/model/core';

type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/** What the engine reads of an answer: a parsed Answer, or a valid input one (evidence may be absent). */
export interface AnswerView {
  readonly status: AnswerStatus;
  readonly justification?: string | undefined;
  readonly evidence?: readonly { readonly date: string }[] | undefined;
}

/** What the engine reads of an assessment: a parsed Assessment, or a valid input one. */
export interface AssessmentView {
  readonly organization: { readonly name: string; readonly corporateNumber?: string | undefined };
  readonly targetLevel: number;
  readonly mode: AssessmentMode;
  readonly declaration?: { readonly signatory: { readonly name: string; readonly role: string }; readonly date: string } | undefined;
  readonly audit?: { readonly auditor: { readonly name: string }; readonly body: { readonly name: string }; readonly date: string } | undefined;
  readonly answers: Readonly<Record<string, AnswerView>>;
}

/** `answerIds`: the own keys of `data.answers`, enumerated once here so that scoring need not. */
export type ReadResult = { success: true; data: AssessmentView; answerIds: readonly string[]; issues: Issue[] } | { success: false; issues: Issue[] };

/**
 * Reads an assessment for evaluation. A document that is plainly valid (the common case) is
 * recognised by a fast structural check and read in place, without a copy; anything else goes
 * through `safeParseAssessment` of @sisc/model, which gives the issues. Both ways accept exactly
 * the same documents: the fast check only says yes where the model's schema and its checks would
 * raise no issue at all (isPlainlyValidAssessment of @sisc/model; its test holds it to that).
 */
export function readAssessment(input: unknown): ReadResult {
  const ids = plainlyValidAnswerIds(input);
  if (ids !== undefined) return { success: true, data: input as AssessmentView, answerIds: ids, issues: [] };
  const checks = loadedChecks();
  if (checks === undefined) {
    // Only in a bundle that left the model's zod checks out of its initial load (see loadDiagnostics).
    return {
      success: false,
      issues: [issue('invalid-value', 'error', '$', '$: the assessment is not valid as it stands; load the full checks (await loadDiagnostics() of @sisc/engine) to list its problems.')],
    };
  }
  const parsed = checks.safeParseAssessment(input);
  return parsed.success ? { success: true, data: parsed.data, answerIds: Object.keys(parsed.data.answers), issues: parsed.issues } : parsed;
}

