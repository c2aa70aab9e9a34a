import {
  assurancePolicy,
  childPath,
  closestMatches,
  releaseStatusPolicy,
  isCalendarDate,
  issue,
  SCHEMA_IDS,
  SiscError,
  sortIssues,
  ValidationError,
  type CategoryCount,
  type EvaluationResult,
  type Issue,
  type ItemCount,
  type RequirementResult,
  type TotalCount,
  type AssuranceMethod,
} from '@sisc/model/core';
import { scoreLevels } from './_levels.js';
import { readAssessment, type AssessmentView } from './_read-assessment.js';
import { scoreRequirement, type Scored } from './_verdicts.js';
import { isPreparedCriteria, prepareCriteria, type PreparedCriteria } from './prepare.js';
import { ENGINE_NAME, ENGINE_VERSION, SCORING_RULES_VERSION } from './version.js';

export interface EvaluateOptions {
  /**
   * The date the result is computed for, YYYY-MM-DD. Required: the engine never reads the clock,
   * so the same inputs always give the same result.
   */
  asOf: string;
}

/**
 * What `evaluate` returns. `success: true` carries the result; its `issues` (the same as
 * `result.issues`) may include errors, which the result already accounts for. `success: false` means
 * the assessment could not be read (it is not valid against the assessment schema); `issues` says why.
 */
export type EvaluateOutcome = { success: true; result: EvaluationResult; issues: Issue[] } | { success: false; issues: Issue[] };

/**
 * Scores an assessment against one criteria release with the published scoring rules
 * (docs/scoring.md, version SCORING_RULES_VERSION) and explains every verdict.
 *
 * - `criteria`: a criteria release document (checked on every call) or `prepareCriteria(release)`
 *   (checked once: use it to evaluate many assessments).
 * - `assessment`: any JSON value. An invalid one gives `{ success: false, issues }`, never an exception.
 *
 * Throws (caller errors, all SiscError): "invalid-option" when `asOf` is not a YYYY-MM-DD date;
 * "invalid-criteria" (a ValidationError listing every problem) when the release is not valid;
 * "criteria-mismatch" when the assessment names another scheme or version than the release.
 * Never reads the clock, never changes its inputs.
 */
export function evaluate(criteria: unknown, assessment: unknown, options: EvaluateOptions): EvaluateOutcome {
  const asOf = readAsOf(options);
  const pc = isPreparedCriteria(criteria) ? criteria : prepareCriteria(criteria);
  assertSameCriteria(pc, assessment);
  const parsed = readAssessment(assessment);
  if (!parsed.success) return { success: false, issues: parsed.issues };
  const result = score(pc, parsed.data, parsed.answerIds, asOf, parsed.issues);
  return { success: true, result, issues: result.issues };
}

/** Like `evaluate`, but throws a ValidationError ("invalid-assessment") when the assessment is not valid. */
export function evaluateOrThrow(criteria: unknown, assessment: unknown, options: EvaluateOptions): EvaluationResult {
  const outcome = evaluate(criteria, assessment, options);
  if (!outcome.success) throw new ValidationError('invalid-assessment', 'The assessment', outcome.issues);
  return outcome.result;
}

function readAsOf(options: unknown): string {
  const asOf = typeof options === 'object' && options !== null ? (options as { asOf?: unknown }).asOf : undefined;
  if (typeof asOf !== 'string' || !isCalendarDate(asOf)) {
    const found = asOf === undefined ? 'nothing' : JSON.stringify(asOf) ?? String(asOf);
    throw new SiscError('invalid-option', `options.asOf must be the evaluation date as a calendar date written YYYY-MM-DD, e.g. "2026-04-01", but found ${found}.`);
  }
  return asOf;
}

/**
 * The assessment must be for this very release. Checked on the raw document, before validation,
 * whenever it names a scheme and a version as strings, so the caller learns it passed the wrong
 * release even if the assessment has other problems.
 */
function assertSameCriteria(pc: PreparedCriteria, assessment: unknown): void {
  if (typeof assessment !== 'object' || assessment === null || Array.isArray(assessment)) return;
  const ref = (assessment as { criteria?: unknown }).criteria;
  if (typeof ref !== 'object' || ref === null) return;
  const { scheme, version } = ref as { scheme?: unknown; version?: unknown };
  if (typeof scheme !== 'string' || typeof version !== 'string') return;
  const release = pc.release;
  if (scheme === release.scheme.id && version === release.version) return;
  throw new SiscError('criteria-mismatch', `assessment is for ${scheme} ${version} but the release passed in is ${release.scheme.id} ${release.version}`);
}

function score(pc: PreparedCriteria, a: AssessmentView, answerIds: readonly string[], asOf: string, parseIssues: readonly Issue[]): EvaluationResult {
  const release = pc.release;
  const issues: Issue[] = [...parseIssues];

  // §2 verdicts, in release order.
  const answers = a.answers;
  const n = pc.requirements.length;
  const scored: Scored = { prepared: pc.requirements, results: new Array<RequirementResult>(n), counted: new Uint32Array(n) };
  let answered = 0;
  for (let i = 0; i < pc.requirements.length; i++) {
    const pr = pc.requirements[i]!;
    const id = pr.requirement.id;
    const answer = answers[id];
    const own = answer !== undefined && Object.hasOwn(answers, id);
    if (own) answered++;
    scored.results[i] = scoreRequirement(pr, own ? answer : undefined, asOf, issues, scored, i);
  }

  // §1.3 answers to IDs the release does not have, or has retired: only when some answer is not
  // to an active requirement (every answer was counted above otherwise). An unknown ID is probably
  // a typo: the first ones (a bounded number, so that a flood of them stays cheap) say which
  // requirement they may mean.
  if (answered !== answerIds.length) {
    let suggestionsLeft = MAX_SUGGESTIONS;
    let candidates: string[] | undefined;
    for (const id of answerIds) {
      const status = pc.statusById.get(id);
      if (status === 'active') continue;
      const p = childPath('$.answers', id);
      if (status === undefined) {
        const near = suggestionsLeft-- > 0 ? closestMatches(id, (candidates ??= activeIds(pc))) : [];
        const hint = near.length === 0 ? '' : ` Did you mean ${near.join(' or ')}?`;
        const params: Record<string, string> = { id };
        if (near.length > 0) params.suggestion = near.join(', ');
        issues.push(issue('unknown-requirement', 'error', p, `${p}: "${id}" is not a requirement of ${release.scheme.id} ${release.version}; the answer is not used.${hint}`, { requirementId: id, params }));
      } else if (status === 'retired') {
        issues.push(issue('retired-requirement', 'warning', p, `${p}: ${id} is retired in ${release.scheme.id} ${release.version}; the answer is not used.`, { requirementId: id, params: { id } }));
      }
    }
  }

  // §1.4 the target level.
  const levelNumbers = pc.levels.map((l) => l.level.level);
  const target = pc.levels.find((l) => l.level.level === a.targetLevel)?.level;
  if (!target) {
    issues.push(
      issue('unknown-level-target', 'error', '$.targetLevel', `$.targetLevel: level ${a.targetLevel} is not a level of ${release.scheme.id} ${release.version} (levels: ${levelNumbers.join(', ')}).`, {
        params: { found: a.targetLevel, expected: levelNumbers.join(', ') },
      }),
    );
  } else if (!modeCarries(target.assurance, a.mode)) {
    issues.push(issue('mode-mismatch', 'error', '$.mode', `$.mode: the target level ${a.targetLevel} is achieved by a certification audit only, but the assessment is a ${a.mode}.`, { params: { found: a.mode } }));
  }

  // §3 levels.
  const levels = scoreLevels(pc, a, scored, asOf, issues);
  let achievedLevel = 0;
  for (const l of levels) {
    if (!l.achieved) break;
    achievedLevel = l.level;
  }

  // §5 counts, over the requirements that apply at the target level.
  const { items, categories, total } = countAt(pc, scored, a.targetLevel);

  const organization: EvaluationResult['organization'] = { name: a.organization.name };
  if (a.organization.corporateNumber !== undefined) organization.corporateNumber = a.organization.corporateNumber;

  return {
    $schema: SCHEMA_IDS.result,
    basis: {
      criteria: { scheme: release.scheme.id, version: release.version, digest: pc.digest },
      engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
      scoringRules: SCORING_RULES_VERSION,
      asOf,
      provisional: releaseStatusPolicy(release.status).provisional,
    },
    organization,
    mode: a.mode,
    targetLevel: a.targetLevel,
    achievedLevel,
    conformant: achievedLevel >= a.targetLevel,
    levels,
    requirements: scored.results,
    items,
    categories,
    total,
    issues: sortIssues(issues),
  };
}

/** satisfied / applicable rounded half up to 4 decimals, in integers so every language agrees; 1 when nothing applies. */
export function ratio(satisfied: number, applicable: number): number {
  if (applicable === 0) return 1;
  return Math.floor((20000 * satisfied + applicable) / (2 * applicable)) / 10000;
}

function countAt(pc: PreparedCriteria, scored: Scored, targetLevel: number): { items: ItemCount[]; categories: CategoryCount[]; total: TotalCount } {
  const itemApplicable = new Array<number>(pc.items.length).fill(0);
  const itemSatisfied = new Array<number>(pc.items.length).fill(0);
  const categoryApplicable = new Array<number>(pc.categoryIds.length).fill(0);
  const categorySatisfied = new Array<number>(pc.categoryIds.length).fill(0);
  let applicable = 0;
  let satisfied = 0;
  for (let i = 0; i < scored.results.length; i++) {
    const r = scored.results[i]!;
    if (r.level > targetLevel) continue;
    const inc = r.satisfied ? 1 : 0;
    const { itemIndex, categoryIndex } = scored.prepared[i]!;
    itemApplicable[itemIndex]!++;
    itemSatisfied[itemIndex]! += inc;
    categoryApplicable[categoryIndex]!++;
    categorySatisfied[categoryIndex]! += inc;
    applicable++;
    satisfied += inc;
  }
  return {
    items: pc.items.map((item, i) => ({ id: item.id, categoryId: item.categoryId, ...tally(itemSatisfied[i]!, itemApplicable[i]!) })),
    categories: pc.categoryIds.map((id, i) => ({ id, ...tally(categorySatisfied[i]!, categoryApplicable[i]!) })),
    total: tally(satisfied, applicable),
  };
}

const tally = (satisfied: number, applicable: number) => ({ applicable, satisfied, ratio: ratio(satisfied, applicable) });

/** Whether an assessment in `mode` can carry the attestation a level of kind `assurance` needs. */
function modeCarries(assurance: AssuranceMethod, mode: AssessmentView['mode']): boolean {
  const required = assurancePolicy(assurance).requiresMode;
  return required === undefined || required === mode;
}

/** How many unknown requirement IDs in one assessment get a "did you mean" (each costs a pass over the release). */
const MAX_SUGGESTIONS = 20;

/** The IDs an answer may mean: the release's active requirements, in release order. */
function activeIds(pc: PreparedCriteria): string[] {
  return pc.requirements.map((r) => r.requirement.id);
}
