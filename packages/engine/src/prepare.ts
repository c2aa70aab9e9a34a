import {
  checkedReleaseDigest,
  assurancePolicy,
  childPath,
  criteriaDigest,
  loadedChecks,
  parseDuration,
  SiscError,
  ValidationError,
  type CriteriaRelease,
  type Duration,
  type Level,
  type Requirement,
} from '@sisc/model/core';

/** Marks prepared criteria; `Symbol.for` so that ESM and CJS copies of the engine recognise each other. */
const BRAND: unique symbol = Symbol.for('@sisc/engine/prepared-criteria@1') as never;

/** One active requirement, with what the engine needs to score it. */
export interface PreparedRequirement {
  readonly requirement: Requirement;
  readonly itemId: string;
  readonly categoryId: string;
  /** The requirement's recurrence, parsed; undefined when it has none. */
  readonly recurrence: Duration | undefined;
  /** True when the requirement's own (lowest) level is an audited level: the audit evidence rule applies to it. */
  readonly auditedFromItsLevel: boolean;
  /** JSON path of its answer in an assessment, e.g. $.answers["GOV-01.01"]. */
  readonly answerPath: string;
  /** Positions of its item in `items` and of its category in `categoryIds`. */
  readonly itemIndex: number;
  readonly categoryIndex: number;
}

/** A level, with its declaration validity parsed. */
export interface PreparedLevel {
  readonly level: Level;
  /** level.declarationValidity, parsed; undefined when the release sets none. */
  readonly validity: Duration | undefined;
}

export interface PreparedItem {
  readonly id: string;
  readonly categoryId: string;
}

/**
 * A criteria release checked once and indexed for evaluation. Make one with `prepareCriteria` and
 * pass it to `evaluate` as often as you like: the release is not checked again. It holds its own
 * copy of the release, deeply frozen, so changing the object you prepared it from later has no effect.
 */
export interface PreparedCriteria {
  readonly [BRAND]: true;
  /** The release as parsed (defaults filled in); frozen. */
  readonly release: CriteriaRelease;
  /** criteriaDigest(release). */
  readonly digest: string;
  /** Active requirements in release order. */
  readonly requirements: readonly PreparedRequirement[];
  /** Every requirement ID of the release, active or retired. */
  readonly statusById: ReadonlyMap<string, 'active' | 'retired'>;
  /** Levels in order (1, 2, …). */
  readonly levels: readonly PreparedLevel[];
  /** Items in release order. */
  readonly items: readonly PreparedItem[];
  /** Category IDs in release order. */
  readonly categoryIds: readonly string[];
}

export function isPreparedCriteria(value: unknown): value is PreparedCriteria {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * Checks a criteria release (schema and semantic checks of @sisc/model) and indexes it for
 * `evaluate`. Accepts a release document (any JSON value) or prepared criteria (returned as is).
 * A deeply frozen release (such as `getCriteria(…)` of @sisc/criteria returns) is prepared once and
 * remembered, since it cannot change; any other object is checked on every call.
 * Throws a ValidationError with code "invalid-criteria", listing every problem, when the release is
 * not valid: the release is the caller's to get right, unlike an assessment.
 */
export function prepareCriteria(criteria: unknown): PreparedCriteria {
  if (isPreparedCriteria(criteria)) return criteria;
  // A deeply frozen release (as @sisc/criteria hands them out) cannot change, ever: prepare it once.
  const isObject = typeof criteria === 'object' && criteria !== null;
  const hit = isObject ? preparedFrozen.get(criteria) : undefined;
  if (hit) return hit;
  const frozen = isObject && isDeeplyFrozen(criteria);
  const prepared = prepare(criteria);
  if (frozen) preparedFrozen.set(criteria, prepared);
  return prepared;
}

const preparedFrozen = new WeakMap<object, PreparedCriteria>();

/** True when the value and everything reachable from it is frozen. Stops at the first thawed object. */
function isDeeplyFrozen(value: object): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (!Object.isFrozen(v)) return false;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return true;
}

/**
 * The release, checked: a shipped release (@sisc/criteria) was checked when it was built and is
 * used as it is; any other is checked in full by the model's schema and semantic checks.
 */
function checkedRelease(criteria: unknown): { release: CriteriaRelease; digest: string } {
  const digest = checkedReleaseDigest(criteria);
  if (digest !== undefined) return { release: criteria as CriteriaRelease, digest };
  const checks = loadedChecks();
  if (checks === undefined) {
    // Only in a bundle that left the model's zod checks out of its initial load.
    throw new SiscError('checks-not-loaded', 'A criteria release passed in is checked in full before it is used; load the checks first (await loadDiagnostics() of @sisc/engine).');
  }
  const parsed = checks.safeParseCriteria(criteria);
  if (!parsed.success) throw new ValidationError('invalid-criteria', 'The criteria release', parsed.issues);
  return { release: parsed.data, digest: criteriaDigest(parsed.data) };
}

function prepare(criteria: unknown): PreparedCriteria {
  const { release, digest } = checkedRelease(criteria);
  const levels = [...release.levels]
    .sort((a, b) => a.level - b.level)
    .map((level) => ({ level, validity: level.declarationValidity === undefined ? undefined : parseDuration(level.declarationValidity) }));
  const assurance = new Map(levels.map((l) => [l.level.level, assurancePolicy(l.level.assurance)]));
  const requirements: PreparedRequirement[] = [];
  const statusById = new Map<string, 'active' | 'retired'>();
  const items: PreparedItem[] = [];
  for (const [categoryIndex, category] of release.categories.entries()) {
    for (const item of category.items) {
      const itemIndex = items.length;
      items.push({ id: item.id, categoryId: category.id });
      for (const requirement of item.requirements) {
        statusById.set(requirement.id, requirement.status);
        if (requirement.status !== 'active') continue;
        requirements.push({
          requirement,
          itemId: item.id,
          categoryId: category.id,
          recurrence: requirement.recurrence === undefined ? undefined : parseDuration(requirement.recurrence),
          auditedFromItsLevel: assurance.get(requirement.level)?.evidenceRequired === true,
          answerPath: childPath('$.answers', requirement.id),
          itemIndex,
          categoryIndex,
        });
      }
    }
  }
  return deepFreeze({
    [BRAND]: true as const,
    release,
    digest,
    requirements,
    statusById,
    levels,
    items,
    categoryIds: release.categories.map((c) => c.id),
  });
}

/** Freezes the engine's own copy (never the caller's objects), so nobody can change it after checking. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || v instanceof Map) continue;
    Object.freeze(v);
    for (const child of Object.values(v)) stack.push(child);
  }
  return value;
}
