/**
 * A fast structural check of an assessment, beside the schema it mirrors (schemas/assessment.ts):
 * it says yes only where `safeParseAssessment` would raise no issue at all (schema, the corporate
 * number's check digit, mode and audit agreeing), and "not sure" otherwise. It needs no zod, so
 * the engine's fast path loads none; test/assessment-check.test.ts holds it equal to the schema on
 * arbitrary input. A valid document (the common case) is then read in place, without a copy.
 */
import { isCalendarDate } from './duration.js';
import { REQUIREMENT_ID, SEMVER, SLUG } from './ids.js';
import { isValidCorporateNumber } from './validate-assessment.js';

type Obj = Record<string, unknown>;
const SHA256 = /^[0-9a-f]{64}$/;
const CORPORATE_NUMBER = /^\d{13}$/;
const STATUSES = new Set<unknown>(['met', 'not-met', 'not-applicable']);

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && isCalendarDate(v);

/** Every own key of `o` is in `allowed`, and every key in `required` is there. */
function hasOnlyKeys(o: Obj, allowed: ReadonlySet<string>, required: readonly string[]): boolean {
  // for…in also walks inherited enumerable keys: any there is not allowed, so such an object is
  // left to the model; it never makes this check say yes wrongly.
  for (const key in o) if (!allowed.has(key)) return false;
  for (let i = 0; i < required.length; i++) if (!Object.hasOwn(o, required[i]!)) return false;
  return true;
}

const ROOT_KEYS = new Set(['$schema', 'criteria', 'organization', 'targetLevel', 'mode', 'declaration', 'audit', 'answers']);
const ROOT_REQUIRED = ['criteria', 'organization', 'targetLevel', 'mode', 'answers'];
const REF_KEYS = new Set(['scheme', 'version']);
const ORG_KEYS = new Set(['name', 'corporateNumber']);
const DECLARATION_KEYS = new Set(['signatory', 'date']);
const PERSON_KEYS = new Set(['name', 'role']);
const AUDIT_KEYS = new Set(['auditor', 'body', 'date', 'reference']);
const NAME_KEYS = new Set(['name']);

const optional = (o: Obj, key: string, check: (v: unknown) => boolean) => !Object.hasOwn(o, key) || check(o[key]);
const isName = (v: unknown) => isObject(v) && hasOnlyKeys(v, NAME_KEYS, ['name']) && isText(v.name);

// Evidence items and answers are the bulk of a document: checked key by key, without helpers.
function isEvidence(v: unknown): boolean {
  if (!isObject(v)) return false;
  let title = false;
  let date = false;
  for (const key in v) {
    const x = v[key];
    if (key === 'title') title = isText(x) && Object.hasOwn(v, key);
    else if (key === 'date') date = isDate(x) && Object.hasOwn(v, key);
    else if (key === 'uri') {
      if (!isText(x)) return false;
    } else if (key === 'sha256') {
      if (typeof x !== 'string' || !SHA256.test(x)) return false;
    } else return false;
  }
  return title && date;
}

function isAnswer(v: unknown): boolean {
  if (!isObject(v)) return false;
  let status = false;
  for (const key in v) {
    const x = v[key];
    if (key === 'status') status = STATUSES.has(x) && Object.hasOwn(v, key);
    else if (key === 'evidence') {
      if (!Array.isArray(x)) return false;
      for (let i = 0; i < x.length; i++) if (!isEvidence(x[i])) return false;
    } else if (key === 'justification' || key === 'note') {
      if (typeof x !== 'string') return false;
    } else return false;
  }
  return status;
}

/**
 * True only when `input` is an assessment the model accepts with no issue at all (schema, the
 * corporate number's check digit, mode and audit agreeing). False means "not sure": ask the model.
 */
export function isPlainlyValidAssessment(input: unknown): boolean {
  return plainlyValidAnswerIds(input) !== undefined;
}

/**
 * isPlainlyValidAssessment, giving the IDs of the answers (the own keys of `answers`, enumerated
 * once) when true, undefined when not sure.
 */
export function plainlyValidAnswerIds(input: unknown): string[] | undefined {
  return isPlainlyValidOutside(input) ? plainAnswers((input as Obj).answers) : undefined;
}

function plainAnswers(answers: unknown): string[] | undefined {
  if (!isObject(answers)) return undefined;
  // Inherited keys are left to the model (for…in would see enumerable ones; Object.keys does not).
  const proto = Object.getPrototypeOf(answers);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const ids = Object.keys(answers);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!REQUIREMENT_ID.test(id) || !isAnswer(answers[id])) return undefined;
  }
  return ids;
}

/**
 * For an assessment and its answers as plain objects: the IDs of the answers the fast check is not
 * sure of, in document order (every other answer raises no issue in the schema). Undefined when
 * `input` or its answers are not plain objects.
 */
export function unsureAnswerIds(input: unknown): string[] | undefined {
  if (!isObject(input) || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  const answers = input.answers;
  if (!isObject(answers) || Object.getPrototypeOf(answers) !== Object.prototype) return undefined;
  const out: string[] = [];
  for (const id of Object.keys(answers)) if (!REQUIREMENT_ID.test(id) || !isAnswer(answers[id])) out.push(id);
  return out;
}

/** Everything but the answers. */
function isPlainlyValidOutside(input: unknown): boolean {
  if (!isObject(input) || !hasOnlyKeys(input, ROOT_KEYS, ROOT_REQUIRED)) return false;
  if (!optional(input, '$schema', (s) => typeof s === 'string')) return false;
  const ref = input.criteria;
  if (!isObject(ref) || !hasOnlyKeys(ref, REF_KEYS, ['scheme', 'version'])) return false;
  if (typeof ref.scheme !== 'string' || !SLUG.test(ref.scheme) || typeof ref.version !== 'string' || !SEMVER.test(ref.version)) return false;
  const org = input.organization;
  if (!isObject(org) || !hasOnlyKeys(org, ORG_KEYS, ['name']) || !isText(org.name)) return false;
  if (!optional(org, 'corporateNumber', (n) => typeof n === 'string' && CORPORATE_NUMBER.test(n) && isValidCorporateNumber(n))) return false;
  const level = input.targetLevel;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 9) return false;
  const mode = input.mode;
  if (mode !== 'self-declaration' && mode !== 'audit') return false;
  if (Object.hasOwn(input, 'declaration')) {
    const d = input.declaration;
    if (!isObject(d) || !hasOnlyKeys(d, DECLARATION_KEYS, ['signatory', 'date']) || !isDate(d.date)) return false;
    const s = d.signatory;
    if (!isObject(s) || !hasOnlyKeys(s, PERSON_KEYS, ['name', 'role']) || !isText(s.name) || !isText(s.role)) return false;
  }
  // An audit exactly when the mode is audit: otherwise the model raises audit-missing or mode-mismatch.
  if (Object.hasOwn(input, 'audit') !== (mode === 'audit')) return false;
  if (mode === 'audit') {
    const a = input.audit;
    if (!isObject(a) || !hasOnlyKeys(a, AUDIT_KEYS, ['auditor', 'body', 'date']) || !isName(a.auditor) || !isName(a.body) || !isDate(a.date)) return false;
    if (!optional(a, 'reference', isText)) return false;
  }
  return true;
}
