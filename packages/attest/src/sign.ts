import { evaluate } from '@sisc/engine';
import { canonicalize, ValidationError, type CriteriaRelease } from '@sisc/model';
import { toBase64 } from './_base64.js';
import { IN_TOTO_PAYLOAD_TYPE, pae, type DsseEnvelope } from './dsse.js';
import { ed25519Sign, importPrivateKey, keyIdOfSpki, type PrivateKeyInput } from './keys.js';
import { assessmentDigest, predicateOf, PREDICATE_TYPE, STATEMENT_TYPE, type Statement } from './statement.js';

export interface SignOptions {
  /** The date the claim is evaluated for, YYYY-MM-DD (the engine never reads the clock). */
  asOf: string;
  /** The signer's Ed25519 private key: PKCS#8 PEM or DER, or a WebCrypto key (extractable). */
  privateKey: PrivateKeyInput;
  /** The subject's name in the statement, usually the published file's name. Default "assessment". */
  subjectName?: string;
}

/**
 * The statement for an assessment: it is evaluated against the release at `asOf`, and the claim
 * (achieved level, conformance, attestation, validity) is what the engine computes.
 * @throws ValidationError `invalid-assessment` when the assessment is not valid; SiscError from
 *   `evaluate` for a bad `asOf`, an invalid release or an assessment for another release;
 *   CanonicalizationError when the assessment holds what JSON cannot carry.
 */
export function makeStatement(assessment: unknown, release: CriteriaRelease, options: { asOf: string; subjectName?: string }): Statement {
  const outcome = evaluate(release, assessment, { asOf: options.asOf });
  if (!outcome.success) throw new ValidationError('invalid-assessment', 'The assessment', outcome.issues);
  const digest = assessmentDigest(assessment);
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: options.subjectName ?? 'assessment', digest: { sha256: digest } }],
    predicateType: PREDICATE_TYPE,
    predicate: predicateOf(release, outcome.result, assessment as { declaration?: unknown; audit?: unknown }),
  };
}

/**
 * Signs any statement as it is: the payload is its RFC 8785 canonical JSON, signed over the DSSE
 * pre-authentication encoding with Ed25519. Same statement and key → the same bytes (Ed25519
 * signatures are deterministic).
 */
export async function signStatement(statement: unknown, privateKey: PrivateKeyInput): Promise<DsseEnvelope> {
  const { key, spki } = await importPrivateKey(privateKey);
  const payload = new TextEncoder().encode(canonicalize(statement));
  const sig = await ed25519Sign(key, pae(IN_TOTO_PAYLOAD_TYPE, payload));
  return { payloadType: IN_TOTO_PAYLOAD_TYPE, payload: toBase64(payload), signatures: [{ keyid: keyIdOfSpki(spki), sig: toBase64(sig) }] };
}

/** Evaluates the assessment and signs the claim: a DSSE envelope holding an in-toto statement. Throws as makeStatement does. */
export async function sign(assessment: unknown, release: CriteriaRelease, options: SignOptions): Promise<DsseEnvelope> {
  const statement = makeStatement(assessment, release, options);
  return signStatement(statement, options.privateKey);
}
