import { evaluate, SCORING_RULES_VERSION } from '@sisc/engine';
import { canonicalize, criteriaDigest, describeLimit, INPUT_BUDGET, isCalendarDate, safeCanonicalize, safeParseCriteria, sha256Hex, type CriteriaRelease } from '@sisc/model';
import { fromBase64 } from './_base64.js';
import { IN_TOTO_PAYLOAD_TYPE, pae } from './dsse.js';
import { attestIssue, CHECK_NAMES, type AttestIssue, type Bilingual, type CheckName } from './issues.js';
import { ed25519Verify, importPublicKey } from './keys.js';
import { predicateOf, StatementSchema, type DeclarationPredicate, type Statement } from './statement.js';

export interface VerifyOptions {
  /** The public keys the signature may be made with: SPKI PEM or DER, or WebCrypto keys. */
  publicKeys: readonly unknown[];
  /** The assessment as published (its JSON data). Without it the subject and the claim are not checked. */
  assessment?: unknown;
  /** The criteria releases the verifier trusts (usually every shipped release of @sisc/criteria). */
  releases: readonly unknown[];
  /** The date to check the declaration is still valid at, YYYY-MM-DD. Without it validity is not checked. */
  asOf?: string;
}

export type CheckOutcome = 'pass' | 'fail' | 'skipped';

export interface VerificationCheck {
  check: CheckName;
  outcome: CheckOutcome;
  /** Why it failed (empty when it passed or was skipped). */
  issues: AttestIssue[];
  /** What was checked, or why it was skipped, in words. */
  note: Bilingual;
}

export interface Verification {
  /** true when no check failed and the envelope and the signature passed. */
  valid: boolean;
  /** The key ID of the public key the signature verified with. */
  keyid?: string;
  /** The signed statement, when the envelope could be read (even if its signature fails). */
  statement?: Statement;
  /** Every check, in the order of CHECK_NAMES. */
  checks: VerificationCheck[];
  /** Every issue of every check. */
  issues: AttestIssue[];
}

/** At most this many signatures in one envelope are tried. */
export const MAX_SIGNATURES = 16;
/** At most this many public keys are tried. */
export const MAX_PUBLIC_KEYS = 64;

const NOTES = {
  envelope: { ja: '署名ファイルは DSSE 形式で、sisc の宣言の声明を含んでいます。', en: 'The file is a DSSE envelope holding a sisc declaration statement.' },
  envelopeFail: { ja: '署名ファイルを読み取れません。', en: 'The signed file cannot be read.' },
  signature: (keyid: string) => ({ ja: `Ed25519 の署名を鍵ID ${keyid} の公開鍵で確認しました。`, en: `The Ed25519 signature verifies with the public key of key ID ${keyid}.` }),
  signatureFail: { ja: '署名を確認できません。', en: 'The signature does not verify.' },
  subject: { ja: '評価票は署名されたものと同じです（SHA-256、RFC 8785 の正規化 JSON）。', en: 'The assessment is the one signed (SHA-256 of its RFC 8785 canonical JSON).' },
  subjectFail: { ja: '評価票が署名されたものと一致しません。', en: 'The assessment does not match the one signed.' },
  noAssessment: { ja: '評価票が指定されていないため、確認していません。', en: 'Not checked: no assessment was given.' },
  criteria: (v: string) => ({ ja: `基準 ${v} は手元の版と同じ内容です（ダイジェストが一致）。`, en: `The criteria ${v} are known and their digest matches.` }),
  criteriaFail: { ja: '基準の版を確認できません。', en: 'The criteria release cannot be confirmed.' },
  evaluation: { ja: '回答を再評価し、宣言されたレベルと適合の判定が再現されました。', en: 'Re-evaluating the answers reproduces the declared level and conformance.' },
  evaluationFail: { ja: '回答を再評価した結果が宣言と一致しません。', en: 'Re-evaluating the answers does not reproduce the declaration.' },
  noCriteria: { ja: '基準の版を確認できないため、再評価していません。', en: 'Not checked: the criteria release could not be confirmed.' },
  notSigned: { ja: '署名ファイルを読み取れないため、確認していません。', en: 'Not checked: the signed file could not be read.' },
  validity: (d: string) => ({ ja: `${d} の時点で宣言は有効です。`, en: `The declaration is still valid at ${d}.` }),
  noValidity: (d: string) => ({ ja: `基準はこのレベルの有効期間を定めていません（${d} の時点で失効していません）。`, en: `The release sets no validity for the level, so nothing has lapsed at ${d}.` }),
  validityFail: { ja: '宣言は確認日の時点で有効ではありません。', en: 'The declaration is not valid at the date given.' },
  noAsOf: { ja: '確認日が指定されていないため、有効期限は確認していません。', en: 'Not checked: no date was given.' },
};

type Read = { payloadType?: string; bytes?: Uint8Array; statement?: Statement; signatures: { keyid?: string; sig: unknown }[]; issues: AttestIssue[] };

/**
 * Checks a signed declaration: the envelope, the signature, the subject (when the assessment is
 * given), the criteria release, the claim re-computed from the answers, the validity at `asOf`.
 * Any input gives a Verification; bad input is a failed check with named issues, never an exception.
 */
export async function verify(envelope: unknown, options: VerifyOptions): Promise<Verification> {
  const opts = (typeof options === 'object' && options !== null ? options : {}) as Partial<VerifyOptions>;
  const checks = new Map<CheckName, VerificationCheck>();
  const set = (check: CheckName, outcome: CheckOutcome, note: Bilingual, issues: AttestIssue[] = []) => checks.set(check, { check, outcome, issues, note });

  const read = readEnvelope(envelope);
  set('envelope', read.issues.length ? 'fail' : 'pass', read.issues.length ? NOTES.envelopeFail : NOTES.envelope, read.issues);

  let keyid: string | undefined;
  if (!read.bytes) set('signature', 'skipped', NOTES.notSigned);
  else {
    const sig = await checkSignature(read.payloadType ?? '', read.bytes, read.signatures, opts.publicKeys);
    keyid = sig.keyid;
    set('signature', sig.keyid ? 'pass' : 'fail', sig.keyid ? NOTES.signature(sig.keyid) : NOTES.signatureFail, sig.issues);
  }

  const statement = read.statement;
  const hasAssessment = 'assessment' in opts && opts.assessment !== undefined;
  if (!statement) {
    for (const c of ['subject', 'criteria', 'evaluation', 'validity'] as const) set(c, 'skipped', NOTES.notSigned);
  } else {
    if (!hasAssessment) set('subject', 'skipped', NOTES.noAssessment);
    else {
      const issues = checkSubject(statement, opts.assessment);
      set('subject', issues.length ? 'fail' : 'pass', issues.length ? NOTES.subjectFail : NOTES.subject, issues);
    }
    const criteria = findRelease(statement.predicate, opts.releases);
    set('criteria', criteria.release ? 'pass' : 'fail', criteria.release ? NOTES.criteria(statement.predicate.criteria.version) : NOTES.criteriaFail, criteria.issues);
    if (!hasAssessment) set('evaluation', 'skipped', NOTES.noAssessment);
    else if (!criteria.release) set('evaluation', 'skipped', NOTES.noCriteria);
    else {
      const issues = checkClaim(statement.predicate, criteria.release, opts.assessment);
      set('evaluation', issues.length ? 'fail' : 'pass', issues.length ? NOTES.evaluationFail : NOTES.evaluation, issues);
    }
    if (opts.asOf === undefined) set('validity', 'skipped', NOTES.noAsOf);
    else {
      const v = checkValidity(statement.predicate, opts.asOf);
      set('validity', v.issues.length ? 'fail' : 'pass', v.issues.length ? NOTES.validityFail : v.note, v.issues);
    }
  }

  const list = CHECK_NAMES.map((c) => checks.get(c)!);
  const valid = list.every((c) => c.outcome !== 'fail') && checks.get('envelope')!.outcome === 'pass' && checks.get('signature')!.outcome === 'pass';
  const out: Verification = { valid, checks: list, issues: list.flatMap((c) => c.issues) };
  if (keyid) out.keyid = keyid;
  if (statement) out.statement = statement;
  return out;
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
const clip = (text: string, n = 120) => (text.length > n ? `${text.slice(0, n)}…` : text);

function readEnvelope(input: unknown): Read {
  const fail = (issue: AttestIssue): Read => ({ signatures: [], issues: [issue] });
  const maxBase64 = Math.ceil((INPUT_BUDGET.bytes * 4) / 3) + 4;
  let value = input;
  if (typeof input === 'string') {
    if (input.length > INPUT_BUDGET.bytes) return fail(attestIssue('envelope-too-big', 'envelope', '$', { found: `${input.length.toLocaleString('en-US')} characters`, limit: describeLimit('bytes', INPUT_BUDGET.bytes, 'en') }));
    try {
      value = JSON.parse(input);
    } catch (e) {
      return fail(attestIssue('envelope-not-json', 'envelope', '$', { detail: clip(e instanceof Error ? e.message : String(e)) }));
    }
  } else if (input instanceof Uint8Array) {
    if (input.length > INPUT_BUDGET.bytes) return fail(attestIssue('envelope-too-big', 'envelope', '$', { found: `${input.length.toLocaleString('en-US')} bytes`, limit: describeLimit('bytes', INPUT_BUDGET.bytes, 'en') }));
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(input));
    } catch (e) {
      return fail(attestIssue('envelope-not-json', 'envelope', '$', { detail: clip(e instanceof Error ? e.message : String(e)) }));
    }
  }
  const shape = (where: string, expected: string, found: unknown) => fail(attestIssue('envelope-invalid', 'envelope', where, { where, expected, found: typeName(found) }));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return shape('$', 'an object with payloadType, payload and signatures', value);
  const env = value as Record<string, unknown>;
  if (typeof env.payloadType !== 'string') return shape('$.payloadType', 'a text', env.payloadType);
  if (typeof env.payload !== 'string') return shape('$.payload', 'a base64 text', env.payload);
  if (!Array.isArray(env.signatures)) return shape('$.signatures', 'a list of signatures', env.signatures);
  if (env.payload.length > maxBase64) return fail(attestIssue('envelope-too-big', 'envelope', '$.payload', { found: `${env.payload.length.toLocaleString('en-US')} characters`, limit: describeLimit('bytes', INPUT_BUDGET.bytes, 'en') }));
  const issues: AttestIssue[] = [];
  const signatures: Read['signatures'] = [];
  if (env.signatures.length === 0) issues.push(attestIssue('signature-missing', 'envelope', '$.signatures'));
  if (env.signatures.length > MAX_SIGNATURES) return shape('$.signatures', `a list of at most ${MAX_SIGNATURES} signatures`, env.signatures);
  for (let i = 0; i < env.signatures.length; i++) {
    const s = env.signatures[i] as unknown;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return shape(`$.signatures[${i}]`, 'an object with sig (and keyid)', s);
    const { sig, keyid } = s as Record<string, unknown>;
    if (typeof sig !== 'string') return shape(`$.signatures[${i}].sig`, 'a base64 text', sig);
    if (keyid !== undefined && typeof keyid !== 'string') return shape(`$.signatures[${i}].keyid`, 'a text', keyid);
    signatures.push(typeof keyid === 'string' ? { keyid, sig } : { sig });
  }
  if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    issues.push(attestIssue('payload-type-unexpected', 'envelope', '$.payloadType', { expected: IN_TOTO_PAYLOAD_TYPE, found: clip(env.payloadType) }));
  }
  const bytes = fromBase64(env.payload);
  if (!bytes) return { signatures, issues: [...issues, attestIssue('payload-not-base64', 'envelope', '$.payload')] };
  // The signature covers the payload type as written, so it is checked even when the type is wrong.
  const out: Read = { payloadType: env.payloadType, bytes, signatures, issues };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    issues.push(attestIssue('payload-not-statement', 'envelope', '$.payload', { detail: clip(`not JSON: ${e instanceof Error ? e.message : String(e)}`) }));
    return out;
  }
  const parsed = StatementSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = `$${first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
    issues.push(attestIssue('payload-not-statement', 'envelope', '$.payload', { detail: clip(`${where}: ${first.message}`) }));
    return out;
  }
  out.statement = parsed.data;
  return out;
}

async function checkSignature(payloadType: string, bytes: Uint8Array, signatures: Read['signatures'], publicKeys: unknown): Promise<{ keyid?: string; issues: AttestIssue[] }> {
  const issues: AttestIssue[] = [];
  const given = Array.isArray(publicKeys) ? publicKeys.slice(0, MAX_PUBLIC_KEYS) : publicKeys === undefined ? [] : [publicKeys];
  const keys: { key: CryptoKey; keyid: string }[] = [];
  for (let i = 0; i < given.length; i++) {
    const k = await importPublicKey(given[i]);
    if ('problem' in k) issues.push(attestIssue('public-key-invalid', 'signature', '$', { index: i + 1, detail: k.problem }));
    else keys.push(k);
  }
  if (keys.length === 0) return { issues: [...issues, attestIssue('public-key-missing', 'signature', '$')] };
  const message = pae(payloadType, bytes);
  for (let i = 0; i < signatures.length; i++) {
    const sig = typeof signatures[i]!.sig === 'string' ? fromBase64(signatures[i]!.sig as string) : undefined;
    if (sig?.length !== 64) {
      issues.push(attestIssue('signature-not-base64', 'signature', `$.signatures[${i}].sig`, { index: i + 1 }));
      continue;
    }
    // The keyid is a hint, not trusted: every key given is tried, the hinted one first.
    const ordered = [...keys].sort((a, b) => Number(b.keyid === signatures[i]!.keyid) - Number(a.keyid === signatures[i]!.keyid));
    for (const k of ordered) {
      if (await ed25519Verify(k.key, sig, message)) return { keyid: k.keyid, issues: [] };
    }
  }
  issues.push(attestIssue('signature-invalid', 'signature', '$.signatures', { keyids: keys.map((k) => k.keyid.slice(0, 16)).join(', ') }));
  return { issues };
}

function checkSubject(statement: Statement, assessment: unknown): AttestIssue[] {
  const canonical = safeCanonicalize(assessment);
  if (!canonical.success) return [attestIssue('assessment-not-canonical', 'subject', '$.subject[0].digest.sha256', { where: canonical.path, detail: canonical.reason })];
  const found = sha256Hex(canonical.data);
  const expected = statement.subject[0]!.digest.sha256;
  return found === expected ? [] : [attestIssue('subject-mismatch', 'subject', '$.subject[0].digest.sha256', { expected, found })];
}

function findRelease(predicate: DeclarationPredicate, releases: unknown): { release?: CriteriaRelease; issues: AttestIssue[] } {
  const { scheme, version, digest } = predicate.criteria;
  const list = Array.isArray(releases) ? releases : [];
  const known: string[] = [];
  let match: unknown;
  for (const r of list) {
    if (r === null || typeof r !== 'object') continue;
    const raw = r as { scheme?: { id?: unknown }; version?: unknown };
    if (typeof raw.version === 'string') known.push(raw.version);
    if (match === undefined && raw.scheme?.id === scheme && raw.version === version) match = r;
  }
  const path = '$.predicate.criteria';
  if (match === undefined) return { issues: [attestIssue('criteria-unknown', 'criteria', path, { scheme, version, known: known.join(', ') || 'none' })] };
  const parsed = safeParseCriteria(match);
  if (!parsed.success) return { issues: [attestIssue('criteria-unknown', 'criteria', path, { scheme, version, known: known.filter((v) => v !== version).join(', ') || 'none' })] };
  let found: string;
  try {
    found = criteriaDigest(parsed.data);
  } catch {
    return { issues: [attestIssue('criteria-unknown', 'criteria', path, { scheme, version, known: known.join(', ') })] };
  }
  if (found !== digest) return { issues: [attestIssue('criteria-digest-mismatch', 'criteria', `${path}.digest`, { version, expected: digest, found })] };
  return { release: parsed.data, issues: [] };
}

/** The claim fields a verifier recomputes; `engine` is informative (another engine may verify). */
const CLAIM_FIELDS = ['criteria', 'scoringRules', 'asOf', 'provisional', 'organization', 'mode', 'targetLevel', 'achievedLevel', 'conformant', 'attestation', 'validity'] as const;

function checkClaim(predicate: DeclarationPredicate, release: CriteriaRelease, assessment: unknown): AttestIssue[] {
  if (predicate.scoringRules !== SCORING_RULES_VERSION) {
    return [attestIssue('scoring-rules-mismatch', 'evaluation', '$.predicate.scoringRules', { expected: predicate.scoringRules, found: SCORING_RULES_VERSION })];
  }
  let recomputed: DeclarationPredicate;
  try {
    const outcome = evaluate(release, assessment, { asOf: predicate.asOf });
    if (!outcome.success) {
      const errors = outcome.issues.filter((i) => i.severity === 'error');
      return [attestIssue('assessment-invalid', 'evaluation', '$.subject', { count: errors.length, first: clip(errors[0]?.message ?? '', 200) })];
    }
    recomputed = predicateOf(release, outcome.result, assessment as { declaration?: unknown; audit?: unknown });
  } catch (e) {
    return [attestIssue('evaluation-failed', 'evaluation', '$.subject', { detail: clip(e instanceof Error ? e.message : String(e), 200) })];
  }
  const issues: AttestIssue[] = [];
  const text = (v: unknown) => (v === undefined ? '(none)' : clip(canonicalize(v)));
  for (const field of CLAIM_FIELDS) {
    const claimed = text(predicate[field]);
    const found = text(recomputed[field]);
    if (claimed !== found) issues.push(attestIssue('claim-mismatch', 'evaluation', `$.predicate.${field}`, { field, expected: claimed, found }));
  }
  return issues;
}

function checkValidity(predicate: DeclarationPredicate, asOf: unknown): { note: Bilingual; issues: AttestIssue[] } {
  const path = '$.predicate.validity';
  if (typeof asOf !== 'string' || !isCalendarDate(asOf)) return { note: NOTES.validityFail, issues: [attestIssue('invalid-as-of', 'validity', '$', { found: clip(JSON.stringify(asOf) ?? String(asOf)) })] };
  if (asOf < predicate.asOf) return { note: NOTES.validityFail, issues: [attestIssue('before-statement', 'validity', '$.predicate.asOf', { asOf, statementAsOf: predicate.asOf })] };
  const v = predicate.validity;
  if (!v) return { note: NOTES.noValidity(asOf), issues: [] };
  if (asOf > v.validUntil) return { note: NOTES.validityFail, issues: [attestIssue('declaration-expired', 'validity', path, { asOf, validUntil: v.validUntil, period: v.period })] };
  return { note: NOTES.validity(asOf), issues: [] };
}
