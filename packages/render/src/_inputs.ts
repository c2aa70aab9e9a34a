/**
 * Every render function checks what it is given: a release, a result, a diff or an assessment
 * that is not valid against the model is caller misuse and throws a ValidationError listing every
 * problem (bad data is never rendered half-way). Checked releases are remembered per object, so
 * rendering many documents from one release checks it once.
 */
import {
  criteriaDigest,
  safeParseAssessment,
  safeParseCriteria,
  safeParseDiff,
  safeParseResult,
  SiscError,
  ValidationError,
  type Assessment,
  type Category,
  type CriteriaDiff,
  type CriteriaRelease,
  type EvaluationResult,
  type Item,
  type Requirement,
} from '@sisc/model';

export interface Located {
  readonly category: Category;
  readonly item: Item;
  readonly requirement: Requirement;
}

/** A checked release with its requirements indexed by ID. */
export interface CheckedRelease {
  readonly release: CriteriaRelease;
  readonly digest: string;
  readonly byId: ReadonlyMap<string, Located>;
  /** Every requirement in release order. */
  readonly all: readonly Located[];
}

const checked = new WeakMap<object, CheckedRelease>();

export function checkRelease(input: unknown, what = 'The criteria release'): CheckedRelease {
  if (typeof input === 'object' && input !== null) {
    const hit = checked.get(input);
    if (hit) return hit;
  }
  const parsed = safeParseCriteria(input);
  if (!parsed.success) throw new ValidationError('invalid-criteria', what, parsed.issues);
  const release = parsed.data;
  const all: Located[] = [];
  const byId = new Map<string, Located>();
  for (const category of release.categories)
    for (const item of category.items)
      for (const requirement of item.requirements) {
        const located = { category, item, requirement };
        all.push(located);
        byId.set(requirement.id, located);
      }
  const out: CheckedRelease = { release, digest: criteriaDigest(release), byId, all };
  if (typeof input === 'object' && input !== null) checked.set(input, out);
  return out;
}

export function checkResult(input: unknown): EvaluationResult {
  const parsed = safeParseResult(input);
  if (!parsed.success) throw new ValidationError('invalid-result', 'The evaluation result', parsed.issues);
  return parsed.data;
}

export function checkAssessment(input: unknown): Assessment {
  const parsed = safeParseAssessment(input);
  if (!parsed.success) throw new ValidationError('invalid-assessment', 'The assessment', parsed.issues);
  return parsed.data;
}

export function checkDiff(input: unknown): CriteriaDiff {
  const parsed = safeParseDiff(input);
  if (!parsed.success) throw new ValidationError('invalid-diff', 'The criteria diff', parsed.issues);
  return parsed.data;
}

const name = (b: { scheme: string; version: string }) => `${b.scheme} ${b.version}`;

/**
 * The result must have been computed against exactly this release (same scheme, version and
 * content digest): the document takes the names and texts of requirements from it.
 * @throws SiscError `criteria-mismatch`.
 */
export function assertResultFor(result: EvaluationResult, c: CheckedRelease): void {
  const basis = result.basis.criteria;
  const here = { scheme: c.release.scheme.id, version: c.release.version };
  if (basis.scheme !== here.scheme || basis.version !== here.version) {
    throw new SiscError('criteria-mismatch', `the result was computed against ${name(basis)} but the release passed in is ${name(here)}`);
  }
  if (basis.digest !== c.digest) {
    throw new SiscError(
      'criteria-mismatch',
      `the result was computed against ${name(basis)} with digest ${basis.digest}, but the release passed in has digest ${c.digest} (its content changed since)`,
    );
  }
}

/**
 * The assessment must be the one the result was computed from: same release, organisation,
 * target level and mode.
 * @throws SiscError `criteria-mismatch` for another release, `invalid-option` otherwise.
 */
export function assertAssessmentFor(assessment: Assessment, result: EvaluationResult): void {
  const a = assessment.criteria;
  const b = result.basis.criteria;
  if (a.scheme !== b.scheme || a.version !== b.version) {
    throw new SiscError('criteria-mismatch', `the assessment is for ${name(a)} but the result was computed against ${name(b)}`);
  }
  const differs: string[] = [];
  if (assessment.organization.name !== result.organization.name) differs.push('organization.name');
  if ((assessment.organization.corporateNumber ?? '') !== (result.organization.corporateNumber ?? '')) differs.push('organization.corporateNumber');
  if (assessment.targetLevel !== result.targetLevel) differs.push('targetLevel');
  if (assessment.mode !== result.mode) differs.push('mode');
  if (differs.length > 0) {
    throw new SiscError('invalid-option', `the assessment is not the one the result was computed from: ${differs.join(', ')} differ${differs.length === 1 ? 's' : ''}`);
  }
}
