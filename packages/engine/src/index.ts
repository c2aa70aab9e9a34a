import { registerFullChecks } from '@sisc/model/core';
export { evaluate, evaluateOrThrow, type EvaluateOptions, type EvaluateOutcome } from './evaluate.js';
export { prepareCriteria, isPreparedCriteria, type PreparedCriteria, type PreparedRequirement, type PreparedItem, type PreparedLevel } from './prepare.js';
export { ENGINE_NAME, ENGINE_VERSION, SCORING_RULES_VERSION } from './version.js';

/**
 * Loads the model's full checks (zod) when they are not loaded yet. Node and any bundle that
 * imports @sisc/model as a whole have them from the start; a browser bundle that imports only
 * `evaluate` leaves them out of its initial load (about 100 KB), and then, until this resolves,
 * `evaluate` answers an invalid assessment with one issue at `$` (instead of the list of its
 * problems) and refuses a criteria release passed in as a document (`checks-not-loaded`), since a
 * caller's release is always checked in full. A valid assessment and the releases of
 * @sisc/criteria (checked when they were built) need no loading.
 */
export async function loadDiagnostics(): Promise<void> {
  const checks = await import('@sisc/model/diagnostics');
  registerFullChecks({ safeParseAssessment: checks.safeParseAssessment, safeParseCriteria: checks.safeParseCriteria });
}
