/**
 * One finding shape for every problem sisc reports: in criteria sources, assessments, evaluation
 * and diffs. Bad data is returned as issues (never thrown), all of them at once, sorted.
 */
import type { IssueSchema } from './schemas/issue.js';

/** The closed set of issue codes. Adding a code is a minor change; removing one is major. */
export const ISSUE_CODES = [
  // Reading and schema problems
  'invalid-syntax',
  'invalid-type',
  'missing-field',
  'unknown-field',
  'invalid-value',
  'invalid-format',
  'too-small',
  'too-big',
  'forbidden-key',
  'too-deep',
  // Criteria release semantics
  'duplicate-id',
  'dangling-reference',
  'non-contiguous-levels',
  'unknown-level',
  'retired-without-details',
  'retired-details-on-active',
  'id-prefix-mismatch',
  'missing-translation',
  'stale-translation',
  'status-version-mismatch',
  'invalid-dates',
  'empty-item',
  // Assessments and evaluation
  'criteria-mismatch',
  'unknown-requirement',
  'retired-requirement',
  'unknown-level-target',
  'na-not-allowed',
  'na-justification-missing',
  'evidence-missing',
  'evidence-stale',
  'evidence-in-future',
  'declaration-missing',
  'declaration-incomplete',
  'declaration-in-future',
  'declaration-expired',
  'audit-missing',
  'mode-mismatch',
  'invalid-corporate-number',
  'criteria-not-accepting',
  // Diff and change logs
  'undeclared-change',
  'unmatched-declared-change',
  'declared-unknown-id',
  'version-not-honoured',
  'scheme-mismatch',
  // Evaluation (appended)
  'audit-incomplete',
  'audit-in-future',
  'audit-expired',
  'invalid-replacement',
  // Diff (appended)
  'id-removed',
  'change-log-not-reconciled',
  // Criteria IDs (appended)
  'id-reused',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];


/** The shape is IssueSchema (schemas/issue.ts), kept apart so that code using issues loads no zod. */
export type Issue = import('zod').infer<typeof IssueSchema>;

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts issues by path, then severity, code and message, and drops exact duplicates. Pure. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const issue of issues) {
    const key = `${issue.path}\u0000${issue.code}\u0000${issue.severity}\u0000${issue.message}\u0000${issue.requirementId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out.sort(
    (a, b) =>
      compareStrings(a.path, b.path) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

/** Code-point string comparison, independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Builds an issue; `params` are kept so the message can be shown in Japanese too. */
export function issue(
  code: IssueCode,
  severity: Severity,
  path: string,
  message: string,
  extra: { requirementId?: string; params?: Record<string, string | number | boolean> } = {},
): Issue {
  const out: Issue = { code, severity, message, path };
  if (extra.requirementId !== undefined) out.requirementId = extra.requirementId;
  if (extra.params !== undefined) out.params = extra.params;
  return out;
}
