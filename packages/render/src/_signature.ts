/**
 * The electronic signature of a declaration (@sisc/attest), when the caller gives one: the key ID
 * and what verification found. Render never verifies anything itself and never imports attest: it
 * shows the summary it is given.
 */
import { SiscError } from '@sisc/model';
import { WORDS } from './_i18n.js';
import { code, esc, join, md, strong, type MarkdownDoc } from './_markdown.js';
import type { Lang } from './_options.js';

/** What a document shows of a signed declaration. */
export interface SignatureSummary {
  /** The key ID of the signature: hex SHA-256 of the signer's public key (SPKI). */
  keyid: string;
  /**
   * The outcome of `verify` from @sisc/attest: true when every check passed, false when one
   * failed; leave it out when the envelope was not verified.
   */
  verified?: boolean;
  /** The checks that failed (`signature`, `evaluation`…), when `verified` is false. */
  failedChecks?: readonly string[];
}

const CHECKS = ['envelope', 'signature', 'subject', 'criteria', 'evaluation', 'validity'] as const;

/**
 * Reads the optional `signature` option.
 * @throws SiscError `invalid-option` naming what is wrong.
 */
export function readSignature(value: unknown, what: string): SignatureSummary | undefined {
  if (value === undefined) return undefined;
  const bad = (detail: string) => new SiscError('invalid-option', `${what}: options.signature ${detail}.`);
  if (typeof value !== 'object' || value === null) throw bad('must be an object such as { keyid: "…64 hex digits…", verified: true }');
  const { keyid, verified, failedChecks } = value as Record<string, unknown>;
  if (typeof keyid !== 'string' || !/^[0-9a-f]{64}$/.test(keyid)) throw bad('.keyid must be 64 lowercase hex digits (the SHA-256 of the public key)');
  if (verified !== undefined && typeof verified !== 'boolean') throw bad('.verified must be true, false or left out');
  if (failedChecks !== undefined && (!Array.isArray(failedChecks) || !failedChecks.every((c) => (CHECKS as readonly unknown[]).includes(c)))) {
    throw bad(`.failedChecks must list check names among ${CHECKS.map((c) => `"${c}"`).join(', ')}`);
  }
  const out: SignatureSummary = { keyid };
  if (verified !== undefined) out.verified = verified;
  if (failedChecks !== undefined) out.failedChecks = [...(failedChecks as string[])];
  return out;
}

/** The section "electronic signature": key ID and verification outcome. */
export function signatureSection(doc: MarkdownDoc, sig: SignatureSummary, lang: Lang): void {
  const w = WORDS[lang];
  doc.heading(2, esc(w.eSignature), 'electronic-signature');
  const outcome =
    sig.verified === undefined
      ? esc(w.eSignatureUnverified)
      : sig.verified
        ? esc(w.eSignatureVerified)
        : md`${strong(w.eSignatureFailed)}${sig.failedChecks && sig.failedChecks.length > 0 ? md`${w.colon}${join(sig.failedChecks.map((c) => esc(w.eSignatureCheck[c as (typeof CHECKS)[number]] ?? c)), w.sep)}` : md``}`;
  doc.list([md`${w.eSignatureKeyId}${w.colon}${code(sig.keyid)}`, md`${w.eSignatureOutcome}${w.colon}${outcome}`]);
  doc.paragraph(esc(w.eSignatureHowTo));
}
