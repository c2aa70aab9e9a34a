/* Generated from schemas/v1 by json-schema-to-typescript. Do not edit: run `pnpm generate`. */

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

export interface CriteriaDiffDocument {
  $schema?: string;
  from: CriteriaBasis;
  to: CriteriaBasis;
  changes: Change[];
  semver: {
    /**
     * The bump the changes require.
     */
    required: 'major' | 'minor' | 'patch' | 'none';
    /**
     * The bump between the two version numbers.
     */
    actual: 'major' | 'minor' | 'patch' | 'prerelease' | 'none' | 'downgrade';
    /**
     * Whether the new version number says at least what the changes require.
     */
    honoured: boolean;
    /**
     * The lowest version after `from` that honours the changes; unset where `from` promises nothing (a prerelease or 0.x).
     */
    next?: string;
  };
  issues: Issue[];
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
/**
 * One change between two releases.
 */
export interface Change {
  target: 'release' | 'level' | 'category' | 'item' | 'requirement';
  /**
   * The ID of what changed (for the release: the field name).
   */
  id: string;
  kind:
    | 'added'
    | 'removed'
    | 'retired'
    | 'reinstated'
    | 'text-changed'
    | 'moved'
    | 'level-changed'
    | 'kind-changed'
    | 'na-policy-changed'
    | 'evidence-changed'
    | 'recurrence-changed'
    | 'references-changed'
    | 'metadata-changed'
    | 'assurance-changed'
    | 'validity-changed';
  /**
   * Where the target sits: the item of a requirement, the category of an item (after the change; before it, for a removed one).
   */
  parent?: string;
  /**
   * The field that changed, e.g. text.ja.
   */
  field?: string;
  lang?: 'ja' | 'en';
  /**
   * The level at which the changed requirement applies (after the change).
   */
  level?: number;
  before?: unknown;
  after?: unknown;
  /**
   * false only where the change is declared editorial or cannot change meaning.
   */
  substantive: boolean;
  /**
   * The version bump this change requires on its own.
   */
  bump: 'major' | 'minor' | 'patch' | 'none';
  /**
   * The matching entry of the release's change log, if any.
   */
  declared?: {
    change: 'added' | 'modified' | 'editorial' | 'moved' | 'split' | 'merged' | 'retired';
    reason: LocalizedText;
    related: string[];
  };
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
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
