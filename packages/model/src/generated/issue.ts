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

/**
 * One problem found in a document, with where it is and what to do.
 */
export interface IssueDocument {
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
