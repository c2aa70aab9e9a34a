/* Generated from schemas/v1 by json-schema-to-typescript. Do not edit: run `pnpm generate`. */

/**
 * Requirement ID, e.g. GOV-01.01: stable, never reused, independent of the level.
 */
export type RequirementId = string;
/**
 * What kind of problem this is. A closed set: tools may switch on it.
 */
export type IssueCode =
  | 'invalid-syntax'
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-value'
  | 'invalid-format'
  | 'too-small'
  | 'too-big'
  | 'forbidden-key'
  | 'too-deep'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'non-contiguous-levels'
  | 'unknown-level'
  | 'retired-without-details'
  | 'retired-details-on-active'
  | 'id-prefix-mismatch'
  | 'missing-translation'
  | 'stale-translation'
  | 'status-version-mismatch'
  | 'invalid-dates'
  | 'empty-item'
  | 'criteria-mismatch'
  | 'unknown-requirement'
  | 'retired-requirement'
  | 'unknown-level-target'
  | 'na-not-allowed'
  | 'na-justification-missing'
  | 'evidence-missing'
  | 'evidence-stale'
  | 'evidence-in-future'
  | 'declaration-missing'
  | 'declaration-incomplete'
  | 'declaration-in-future'
  | 'declaration-expired'
  | 'audit-missing'
  | 'mode-mismatch'
  | 'invalid-corporate-number'
  | 'criteria-not-accepting'
  | 'undeclared-change'
  | 'unmatched-declared-change'
  | 'declared-unknown-id'
  | 'version-not-honoured'
  | 'scheme-mismatch'
  | 'audit-incomplete'
  | 'audit-in-future'
  | 'audit-expired'
  | 'invalid-replacement'
  | 'id-removed'
  | 'change-log-not-reconciled'
  | 'id-reused';
/**
 * error: the document is not valid or the requirement cannot count as met; warning: valid, but worth a look; info: for the record.
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The result of evaluating one assessment against one criteria release.
 */
export interface EvaluationResultDocument {
  $schema?: string;
  basis: ResultBasis;
  organization: {
    name: string;
    corporateNumber?: string;
  };
  mode: 'self-declaration' | 'audit';
  /**
   * A certification level, 1 upwards.
   */
  targetLevel: number;
  /**
   * The highest level achieved; 0 when none.
   */
  achievedLevel: number;
  /**
   * true when the achieved level is at least the target level.
   */
  conformant: boolean;
  levels: LevelResult[];
  requirements: RequirementResult[];
  items: ItemCount[];
  categories: CategoryCount[];
  total?: TotalCount;
  issues: Issue[];
}
/**
 * Exactly what the result was computed against.
 */
export interface ResultBasis {
  criteria: CriteriaBasis;
  engine: {
    name: string;
    version: string;
  };
  /**
   * Version of the published scoring rules (docs/scoring.md).
   */
  scoringRules: string;
  /**
   * The date the result is computed for.
   */
  asOf: string;
  /**
   * true when computed against a draft release.
   */
  provisional: boolean;
}
/**
 * A criteria release named exactly, with the digest of its content.
 */
export interface CriteriaBasis {
  /**
   * The scheme ID, e.g. si-security-certification.
   */
  scheme: string;
  /**
   * The exact criteria version.
   */
  version: string;
  /**
   * SHA-256 of the release in canonical JSON (see criteriaDigest).
   */
  digest: string;
}
export interface LevelResult {
  /**
   * A certification level, 1 upwards.
   */
  level: number;
  achieved: boolean;
  blockers: Blocker[];
  /**
   * For an achieved level whose attestations have a validity in the release: the last date it stays achieved (the earliest end of the declaration and audit it relies on).
   */
  validUntil?: string;
}
/**
 * One reason a level is not achieved.
 */
export interface Blocker {
  code:
    | 'requirement-not-satisfied'
    | 'lower-level-not-achieved'
    | 'declaration-missing'
    | 'declaration-incomplete'
    | 'declaration-in-future'
    | 'declaration-expired'
    | 'audit-required'
    | 'audit-in-future'
    | 'evidence-missing'
    | 'criteria-not-accepting'
    | 'audit-incomplete'
    | 'audit-expired';
  /**
   * The blocker in English words (informative). Every output shows localize(blocker, lang), built from code and params.
   */
  message: string;
  requirementId?: RequirementId;
  /**
   * The values the message was built from, to render it in another language.
   */
  params?: {
    [k: string]: string | number | boolean;
  };
}
export interface RequirementResult {
  id: RequirementId;
  /**
   * Item ID, e.g. GOV-01.
   */
  itemId: string;
  /**
   * Category ID, e.g. GOV.
   */
  categoryId: string;
  /**
   * The lowest level at which the requirement applies.
   */
  level: number;
  verdict: 'met' | 'not-met' | 'not-applicable' | 'unanswered' | 'stale';
  /**
   * true for met and accepted not-applicable; everything else counts as not met.
   */
  satisfied: boolean;
  /**
   * Why the verdict is what it is.
   */
  reasons: (
    | 'answered-met'
    | 'answered-not-met'
    | 'na-accepted'
    | 'na-not-allowed'
    | 'na-justification-missing'
    | 'no-answer'
    | 'evidence-stale'
    | 'no-dated-evidence'
  )[];
  /**
   * The date of the newest evidence item that counts (dated on or before asOf), when there is one.
   */
  newestEvidence?: string;
  /**
   * For a requirement with a recurrence answered met: the last date its newest evidence still shows it is met (newestEvidence + recurrence).
   */
  validUntil?: string;
}
export interface ItemCount {
  /**
   * Item ID, e.g. GOV-01.
   */
  id: string;
  /**
   * Category ID, e.g. GOV.
   */
  categoryId: string;
  /**
   * Active requirements that apply at the target level.
   */
  applicable: number;
  /**
   * Of those, met or accepted not-applicable.
   */
  satisfied: number;
  /**
   * satisfied / applicable, rounded to 4 decimals; 1 when nothing applies. Shows the gap; never decides the level.
   */
  ratio: number;
}
export interface CategoryCount {
  /**
   * Category ID, e.g. GOV.
   */
  id: string;
  /**
   * Active requirements that apply at the target level.
   */
  applicable: number;
  /**
   * Of those, met or accepted not-applicable.
   */
  satisfied: number;
  /**
   * satisfied / applicable, rounded to 4 decimals; 1 when nothing applies. Shows the gap; never decides the level.
   */
  ratio: number;
}
/**
 * The same counts over the whole release (always given by @sisc/engine).
 */
export interface TotalCount {
  /**
   * Active requirements that apply at the target level.
   */
  applicable: number;
  /**
   * Of those, met or accepted not-applicable.
   */
  satisfied: number;
  /**
   * satisfied / applicable, rounded to 4 decimals; 1 when nothing applies. Shows the gap; never decides the level.
   */
  ratio: number;
}
/**
 * One problem found in a document, with where it is and what to do.
 */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /**
   * A plain English sentence naming the place, what was expected and what was found.
   */
  message: string;
  /**
   * JSON path of the place in the document, e.g. $.answers["GOV-01.01"].status ($ is the whole document).
   */
  path: string;
  /**
   * The requirement the issue is about, when there is one.
   */
  requirementId?: string;
  /**
   * The values the message was built from, to render it in another language.
   */
  params?: {
    [k: string]: string | number | boolean;
  };
}
