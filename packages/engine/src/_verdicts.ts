import { childPath, issue, type Answer, type Issue, type ReasonCode, type RequirementResult, type Verdict } from '@sisc/model';
import { addDurationCapped } from './_dates.js';
import type { PreparedRequirement } from './prepare.js';

/** A requirement's verdict, with what the level rules need besides. */
export interface Scored {
  readonly prepared: PreparedRequirement;
  readonly result: RequirementResult;
  /** Evidence items dated on or before asOf. */
  readonly countedEvidence: number;
}

const answerPath = (id: string) => childPath('$.answers', id);

/**
 * Scores one active requirement (scoring rules §2). Pushes the issues the answer raises to `issues`.
 * Linear in the number of evidence items.
 */
export function scoreRequirement(prepared: PreparedRequirement, answer: Answer | undefined, asOf: string, issues: Issue[]): Scored {
  const r = prepared.requirement;
  const id = r.id;
  const base = { id, itemId: prepared.itemId, categoryId: prepared.categoryId, level: r.level };
  const make = (verdict: Verdict, satisfied: boolean, reasons: ReasonCode[], dates: { newestEvidence?: string; validUntil?: string } = {}, countedEvidence = 0): Scored => ({
    prepared,
    result: { ...base, verdict, satisfied, reasons, ...dates },
    countedEvidence,
  });

  if (answer === undefined) return make('unanswered', false, ['no-answer']);

  // Evidence dated after asOf does not count (§2.3), whatever the answer.
  const path = answerPath(id);
  let newest: string | undefined;
  let counted = 0;
  answer.evidence.forEach((e, i) => {
    if (e.date > asOf) {
      const p = childPath(path, 'evidence', i, 'date');
      issues.push(
        issue('evidence-in-future', 'warning', p, `${p}: the evidence is dated ${e.date}, after the evaluation date ${asOf}; it does not count.`, {
          requirementId: id,
          params: { id, found: e.date, asOf },
        }),
      );
      return;
    }
    counted++;
    if (newest === undefined || e.date > newest) newest = e.date;
  });
  const dates = newest === undefined ? {} : { newestEvidence: newest };

  switch (answer.status) {
    case 'not-met':
      return make('not-met', false, ['answered-not-met'], dates, counted);
    case 'not-applicable': {
      if (!r.naPolicy.allowed) {
        const p = childPath(path, 'status');
        issues.push(issue('na-not-allowed', 'error', p, `${p}: ${id} does not allow the answer "not-applicable"; it counts as not met.`, { requirementId: id, params: { id } }));
        return make('not-applicable', false, ['na-not-allowed'], dates, counted);
      }
      if (r.naPolicy.justificationRequired && (answer.justification ?? '').trim() === '') {
        const p = childPath(path, 'justification');
        issues.push(
          issue('na-justification-missing', 'error', p, `${p}: ${id} may be answered "not-applicable" only with a justification saying why; without one it counts as not met.`, {
            requirementId: id,
            params: { id },
          }),
        );
        return make('not-applicable', false, ['na-justification-missing'], dates, counted);
      }
      return make('not-applicable', true, ['na-accepted'], dates, counted);
    }
    case 'met': {
      const recurrence = prepared.recurrence;
      if (recurrence === undefined || r.recurrence === undefined) return make('met', true, ['answered-met'], dates, counted);
      const p = childPath(path, 'evidence');
      if (newest === undefined) {
        issues.push(
          issue('evidence-missing', 'error', p, `${p}: ${id} is done periodically (every ${r.recurrence}), so a "met" answer needs evidence dated on or before ${asOf}; there is none.`, {
            requirementId: id,
            params: { id, recurrence: r.recurrence },
          }),
        );
        return make('stale', false, ['no-dated-evidence'], dates, counted);
      }
      const validUntil = addDurationCapped(newest, recurrence);
      if (validUntil < asOf) {
        issues.push(
          issue(
            'evidence-stale',
            'error',
            p,
            `${p}: the newest evidence for ${id} is dated ${newest}; the requirement recurs every ${r.recurrence}, so it showed the requirement met only until ${validUntil}, before ${asOf}.`,
            { requirementId: id, params: { id, newest, recurrence: r.recurrence, until: validUntil } },
          ),
        );
        return make('stale', false, ['evidence-stale'], { newestEvidence: newest, validUntil }, counted);
      }
      return make('met', true, ['answered-met'], { newestEvidence: newest, validUntil }, counted);
    }
  }
}
