import { childPath, issue, type Issue, type ReasonCode, type RequirementResult, type Verdict } from '@sisc/model/core';
import { addDurationCapped } from './_dates.js';
import type { AnswerView } from './_read-assessment.js';
import type { PreparedRequirement } from './prepare.js';

/**
 * The verdicts of every active requirement, in release order, with what the level rules need
 * besides: parallel arrays (index i is pc.requirements[i]), so a large release costs no wrapper
 * object per requirement.
 */
export interface Scored {
  readonly prepared: readonly PreparedRequirement[];
  readonly results: RequirementResult[];
  /** Evidence items dated on or before asOf, per requirement. */
  readonly counted: Uint32Array;
}

function scored(prepared: PreparedRequirement, verdict: Verdict, satisfied: boolean, reason: ReasonCode, newest?: string, validUntil?: string): RequirementResult {
  const r = prepared.requirement;
  const result: RequirementResult = { id: r.id, itemId: prepared.itemId, categoryId: prepared.categoryId, level: r.level, verdict, satisfied, reasons: [reason] };
  if (newest !== undefined) result.newestEvidence = newest;
  if (validUntil !== undefined) result.validUntil = validUntil;
  return result;
}

/**
 * Scores one active requirement (scoring rules §2). Pushes the issues the answer raises to `issues`.
 * Linear in the number of evidence items.
 */
export function scoreRequirement(prepared: PreparedRequirement, answer: AnswerView | undefined, asOf: string, issues: Issue[], out: Scored, index: number): RequirementResult {
  if (answer === undefined) return scored(prepared, 'unanswered', false, 'no-answer');
  const r = prepared.requirement;
  const id = r.id;
  const path = prepared.answerPath;

  // Evidence dated after asOf does not count (§2.2), whatever the answer.
  let newest: string | undefined;
  let counted = 0;
  const evidence = answer.evidence;
  if (evidence !== undefined) {
    for (let i = 0; i < evidence.length; i++) {
      const date = evidence[i]!.date;
      if (date > asOf) {
        const p = childPath(path, 'evidence', i, 'date');
        issues.push(
          issue('evidence-in-future', 'warning', p, `${p}: the evidence is dated ${date}, after the evaluation date ${asOf}; it does not count.`, {
            requirementId: id,
            params: { id, found: date, asOf },
          }),
        );
        continue;
      }
      counted++;
      if (newest === undefined || date > newest) newest = date;
    }
  }

  out.counted[index] = counted;
  switch (answer.status) {
    case 'not-met':
      return scored(prepared, 'not-met', false, 'answered-not-met', newest);
    case 'not-applicable': {
      if (!r.naPolicy.allowed) {
        const p = `${path}.status`;
        issues.push(issue('na-not-allowed', 'error', p, `${p}: ${id} does not allow the answer "not-applicable"; it counts as not met.`, { requirementId: id, params: { id } }));
        return scored(prepared, 'not-applicable', false, 'na-not-allowed', newest);
      }
      if (r.naPolicy.justificationRequired && (answer.justification ?? '').trim() === '') {
        const p = `${path}.justification`;
        issues.push(
          issue('na-justification-missing', 'error', p, `${p}: ${id} may be answered "not-applicable" only with a justification saying why; without one it counts as not met.`, {
            requirementId: id,
            params: { id },
          }),
        );
        return scored(prepared, 'not-applicable', false, 'na-justification-missing', newest);
      }
      return scored(prepared, 'not-applicable', true, 'na-accepted', newest);
    }
    case 'met': {
      const recurrence = prepared.recurrence;
      if (recurrence === undefined) return scored(prepared, 'met', true, 'answered-met', newest);
      const every = r.recurrence!;
      const p = `${path}.evidence`;
      if (newest === undefined) {
        issues.push(
          issue('evidence-missing', 'error', p, `${p}: ${id} is done periodically (every ${every}), so a "met" answer needs evidence dated on or before ${asOf}; there is none.`, {
            requirementId: id,
            params: { id, recurrence: every },
          }),
        );
        return scored(prepared, 'stale', false, 'no-dated-evidence');
      }
      const validUntil = addDurationCapped(newest, recurrence);
      if (validUntil < asOf) {
        issues.push(
          issue(
            'evidence-stale',
            'error',
            p,
            `${p}: the newest evidence for ${id} is dated ${newest}; the requirement recurs every ${every}, so it showed the requirement met only until ${validUntil}, before ${asOf}.`,
            { requirementId: id, params: { id, newest, recurrence: every, until: validUntil } },
          ),
        );
        return scored(prepared, 'stale', false, 'evidence-stale', newest, validUntil);
      }
      return scored(prepared, 'met', true, 'answered-met', newest, validUntil);
    }
  }
}
