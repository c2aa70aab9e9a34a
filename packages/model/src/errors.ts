import type { Issue } from './issues.js';

export const ERROR_CODES = [
  'invalid-criteria',
  'invalid-assessment',
  'invalid-result',
  'invalid-diff',
  'unknown-version',
  'no-matching-version',
  'criteria-mismatch',
  'invalid-option',
  // The full checks were left out of a bundle's initial load and are not loaded yet (appended).
  'checks-not-loaded',
] as const;
export type SiscErrorCode = (typeof ERROR_CODES)[number];

/**
 * Thrown for caller misuse (unknown version, bad option) and by the throwing `parse…` functions.
 * The message names the bad value and lists the valid ones.
 */
export class SiscError extends Error {
  override readonly name: string = 'SiscError';
  readonly code: SiscErrorCode;
  constructor(code: SiscErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Thrown by `parseCriteria` / `parseAssessment` / `parseResult`: carries every issue found. */
export class ValidationError extends SiscError {
  override readonly name = 'ValidationError';
  readonly issues: Issue[];
  constructor(code: SiscErrorCode, what: string, issues: Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const shown = errors.slice(0, 5).map((i) => `  - ${i.message}`);
    const more = errors.length > 5 ? [`  … and ${errors.length - 5} more`] : [];
    super(code, [`${what} is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
    this.issues = issues;
  }
}

export function isSiscError(value: unknown): value is SiscError {
  return value instanceof SiscError;
}
