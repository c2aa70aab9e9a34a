/** Issues as lines a person reads: `renderIssues` of @sisc/render, in the CLI's language and colour. */
import type { Issue } from '@sisc/model';
import { renderIssues } from '@sisc/render';
import type { Context, Paint } from './_context.js';
import type { LocatedIssue } from './_documents.js';

/** At most this many issues are printed as text; the rest are counted (JSON output has them all). */
export const SHOWN_ISSUES = 200;

export function formatIssues(ctx: Context, p: Paint, issues: readonly LocatedIssue[]): string {
  return renderIssues(issues, { lang: ctx.lang, format: 'text', color: p.enabled, limit: SHOWN_ISSUES });
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  return { errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}
