import {
  SiscError,
  ValidationError,
  compareStrings,
  issue,
  safeParseAssessment,
  sortIssues,
  type Answer,
  type Assessment,
  type Change,
  type CriteriaBasis,
  type Issue,
  type NaPolicy,
} from '@sisc/model';
import { diffReleases } from './_diff.js';
import { plain } from './_json.js';
import { parseRelease } from './_parse.js';

/** Why an answer was not carried over. */
export type DropReason =
  | 'unknown' // the ID is not a requirement of `from`: the answer was never valid
  | 'removed' // the ID is gone from `to`
  | 'retired' // the requirement is retired in `to`
  | 'split' // retired or rewritten in `to` because it was split (declared)
  | 'merged' // retired in `to` because it was merged into another (declared)
  | 'modified' // its meaning changed: Japanese text or evidence expectations, not declared editorial
  | 'na-policy' // answered "not applicable", which `to` no longer accepts as given
  | 'reinstated'; // retired in `from`, active again in `to`

/** Why a requirement must be answered (again). */
export type AnswerAgainReason =
  | 'added' // new in `to`
  | 'split' // new from a split, or the rewritten rest of a split requirement
  | 'merged' // new as the result of a merge
  | 'modified' // its answer was dropped because its meaning changed
  | 'na-policy' // its "not applicable" answer is no longer accepted
  | 'reinstated' // active again
  | 'now-applies'; // it applies at the assessment's target level only from `to` on (its level was lowered)

export interface DroppedAnswer {
  id: string;
  reason: DropReason;
  /** The answer as it was, so that nothing is lost. */
  answer: Answer;
  /** The requirements that take its place, where `to` or its change log says so. */
  replacedBy?: string[];
}

export interface AnswerAgain {
  id: string;
  reason: AnswerAgainReason;
  /** The level from which the requirement applies in `to`. */
  level: number;
}

export interface MigrationReport {
  from: CriteriaBasis;
  to: CriteriaBasis;
  /** Requirements whose answers were carried over unchanged, sorted. */
  carried: string[];
  /** Answers not carried over, sorted by ID. */
  dropped: DroppedAnswer[];
  /**
   * What must be answered (again), sorted by ID: every requirement whose answer was dropped and
   * that is active in `to`, and every active requirement applying at the target level that is new,
   * reinstated, or applies at it only now.
   */
  mustAnswer: AnswerAgain[];
  /** Problems of the migrated assessment against `to` that migrating cannot fix (e.g. its target level is gone). */
  issues: Issue[];
}

export interface Migration {
  /** The assessment against `to`: the same document with `criteria` naming `to` and only the carried answers. */
  assessment: Assessment;
  report: MigrationReport;
}

function naAccepted(answer: Answer, policy: NaPolicy): boolean {
  if (!policy.allowed) return false;
  return !policy.justificationRequired || (answer.justification ?? '').trim() !== '';
}

function declaredAs(changes: readonly Change[] | undefined, kinds: readonly Change['kind'][]): Change | undefined {
  return changes?.find((c) => kinds.includes(c.kind) && c.declared !== undefined) ?? changes?.find((c) => kinds.includes(c.kind));
}

function sortedUnique(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareStrings);
}

/**
 * Carries an assessment from one criteria release to the next. Answers to unchanged requirements,
 * and to those changed only editorially, moved, or changed in level, recurrence or kind, are
 * carried over as they are. Answers to removed or retired requirements, and to requirements whose
 * meaning changed, are dropped (and kept in the report). The report lists what must be answered
 * (again). The migrated assessment is valid (`safeParseAssessment`), names `to`, and answers no ID
 * that `to` lacks; migrating through an unchanged release gives the same assessment back.
 *
 * Throws `ValidationError` when a release (`invalid-criteria`) or the assessment
 * (`invalid-assessment`) is not valid, and `SiscError` with code `criteria-mismatch` when the
 * assessment is not for `from`, or `from` and `to` belong to different schemes.
 */
export function migrateAssessment(assessment: unknown, from: unknown, to: unknown): Migration {
  const fromRelease = parseRelease(from, 'from');
  const toRelease = parseRelease(to, 'to');
  const parsed = safeParseAssessment(assessment);
  if (!parsed.success) throw new ValidationError('invalid-assessment', 'The assessment', parsed.issues);
  const input = parsed.data;
  const fromName = `${fromRelease.scheme.id} ${fromRelease.version}`;
  if (input.criteria.scheme !== fromRelease.scheme.id || input.criteria.version !== fromRelease.version) {
    throw new SiscError('criteria-mismatch', `the assessment is for ${input.criteria.scheme} ${input.criteria.version}, but the "from" release is ${fromName}`);
  }
  if (toRelease.scheme.id !== fromRelease.scheme.id) {
    throw new SiscError('criteria-mismatch', `an assessment cannot move between schemes: "from" is ${fromName}, "to" is ${toRelease.scheme.id} ${toRelease.version}`);
  }

  const work = diffReleases(fromRelease, toRelease);
  const changesById = new Map<string, Change[]>();
  for (const c of work.diff.changes) {
    if (c.target !== 'requirement') continue;
    const list = changesById.get(c.id);
    if (list) list.push(c);
    else changesById.set(c.id, [c]);
  }

  const answers: Record<string, Answer> = {};
  const carried: string[] = [];
  const dropped: DroppedAnswer[] = [];
  const mustAnswer = new Map<string, AnswerAgain>();
  const drop = (id: string, reason: DropReason, answer: Answer, replacedBy: string[] = []) => {
    const d: DroppedAnswer = { id, reason, answer: plain(answer) };
    if (replacedBy.length > 0) d.replacedBy = sortedUnique(replacedBy);
    dropped.push(d);
  };
  const again = (id: string, reason: AnswerAgainReason) => {
    const b = work.to.requirements.get(id);
    if (b && b.requirement.status === 'active' && !mustAnswer.has(id)) mustAnswer.set(id, { id, reason, level: b.requirement.level });
  };

  for (const [id, answer] of Object.entries(input.answers)) {
    const a = work.from.requirements.get(id)?.requirement;
    const b = work.to.requirements.get(id)?.requirement;
    const changes = changesById.get(id);
    if (!a) {
      drop(id, 'unknown', answer);
      continue;
    }
    if (!b || (b.status === 'retired' && a.status === 'active')) {
      const gone = declaredAs(changes, ['removed', 'retired']);
      const how = gone?.declared?.change;
      const reason: DropReason = how === 'split' || how === 'merged' ? how : b ? 'retired' : 'removed';
      drop(id, reason, answer, [...(gone?.declared?.related ?? []), ...(b?.retired?.replacedBy ?? [])]);
      continue;
    }
    if (a.status === 'retired' && b.status === 'active') {
      drop(id, 'reinstated', answer);
      again(id, 'reinstated');
      continue;
    }
    if (b.status === 'active') {
      const meaning = changes?.find((c) => c.substantive && ((c.kind === 'text-changed' && c.lang === 'ja') || c.kind === 'evidence-changed'));
      if (meaning) {
        const reason = meaning.declared?.change === 'split' ? 'split' : 'modified';
        drop(id, reason, answer);
        again(id, reason);
        continue;
      }
      if (answer.status === 'not-applicable' && naAccepted(answer, a.naPolicy) && !naAccepted(answer, b.naPolicy)) {
        drop(id, 'na-policy', answer);
        again(id, 'na-policy');
        continue;
      }
    }
    answers[id] = answer;
    carried.push(id);
  }

  // Requirements that now need an answer at the target level although none was given.
  const target = input.targetLevel;
  for (const [id, b] of work.to.requirements) {
    const r = b.requirement;
    if (r.status !== 'active' || r.level > target || Object.hasOwn(answers, id) || mustAnswer.has(id)) continue;
    const a = work.from.requirements.get(id)?.requirement;
    if (!a) {
      const how = declaredAs(changesById.get(id), ['added'])?.declared?.change;
      again(id, how === 'split' || how === 'merged' ? how : 'added');
    } else if (a.status === 'retired') again(id, 'reinstated');
    else if (a.level > target) again(id, 'now-applies');
  }

  const issues: Issue[] = [];
  if (!work.to.levels.has(target)) {
    const levels = [...work.to.levels.keys()].join(', ');
    issues.push(
      issue('unknown-level-target', 'error', '$.targetLevel', `$.targetLevel: level ${target} is not a level of ${toRelease.scheme.id} ${toRelease.version} (${levels}); choose another target level.`, {
        params: { found: target },
      }),
    );
  }

  const migrated: Assessment = { ...input, criteria: { scheme: toRelease.scheme.id, version: toRelease.version }, answers };
  return {
    assessment: migrated,
    report: {
      from: work.diff.from,
      to: work.diff.to,
      carried: carried.sort(compareStrings),
      dropped: dropped.sort((x, y) => compareStrings(x.id, y.id)),
      mustAnswer: [...mustAnswer.values()].sort((x, y) => compareStrings(x.id, y.id)),
      issues: sortIssues(issues),
    },
  };
}
