import { issue, sortIssues, type Issue } from './issues.js';
import type { Assessment } from './schemas/assessment.js';

/** Checks the check digit of a 13-digit 法人番号 (corporate number). */
export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = value.split('').map(Number);
  const base = digits.slice(1).reverse(); // P1 is the lowest digit
  const sum = base.reduce((acc, p, i) => acc + p * (i % 2 === 0 ? 1 : 2), 0);
  return digits[0] === 9 - (sum % 9);
}

/**
 * Checks of an assessment that need no criteria release. Checks against a release (unknown or
 * retired IDs, N/A policy, evidence) belong to the evaluation engine.
 */
export function validateAssessment(assessment: Assessment): Issue[] {
  const out: Issue[] = [];
  const cn = assessment.organization.corporateNumber;
  if (cn !== undefined && !isValidCorporateNumber(cn)) {
    const p = '$.organization.corporateNumber';
    out.push(issue('invalid-corporate-number', 'error', p, `${p}: "${cn}" is not a valid 法人番号 (corporate number): its check digit does not match.`, { params: { found: cn } }));
  }
  if (assessment.mode === 'audit' && !assessment.audit) {
    out.push(issue('audit-missing', 'error', '$.audit', '$.audit: the mode is "audit", but the audit (auditor, body and date) is missing.'));
  }
  if (assessment.mode === 'self-declaration' && assessment.audit) {
    out.push(issue('mode-mismatch', 'warning', '$.audit', '$.audit: the mode is "self-declaration", so the audit details are not used.'));
  }
  return sortIssues(out);
}
