/** Verifying a signed declaration file: shared by `sisc verify` and `sisc render declaration|report --signature`. */
import { verify, type Verification } from '@sisc/attest';
import { getCriteria, listCriteria } from '@sisc/criteria';
import type { Context } from './_context.js';
import { CliError } from './_errors.js';
import { readInput } from './_files.js';
import { readKeyFile } from './_keys.js';

/** Envelope problems that mean the file is not a signed declaration at all: unreadable input, exit 2. */
const UNREADABLE = new Set(['envelope-too-big', 'envelope-not-json', 'envelope-invalid']);

export interface VerifiedFile {
  name: string;
  verification: Verification;
  /** The key ID the envelope's first signature names (a hint, not verified), when it is one. */
  claimedKeyid?: string;
}

/**
 * Reads the envelope and the public key and runs every check against the shipped releases.
 * @throws CliError (exit 2) when a file cannot be read, the key is not a public key, or the file is not an envelope.
 */
export async function verifyEnvelopeFile(ctx: Context, envelopeSpec: string, keySpec: string, assessment: unknown, asOf: string | undefined): Promise<VerifiedFile> {
  const publicKey = await readKeyFile(ctx, keySpec, 'public');
  const envelope = await readInput(ctx, envelopeSpec);
  const releases = listCriteria().map((l) => getCriteria(l.version));
  const verification = await verify(envelope.text, { publicKeys: [publicKey], releases, ...(assessment !== undefined ? { assessment } : {}), ...(asOf ? { asOf } : {}) });
  const unreadable = verification.issues.find((i) => UNREADABLE.has(i.code));
  if (unreadable) throw new CliError(`${envelope.name}: ${unreadable.message[ctx.lang]}`);
  const out: VerifiedFile = { name: envelope.name, verification };
  try {
    const keyid = (JSON.parse(envelope.text) as { signatures?: { keyid?: unknown }[] }).signatures?.[0]?.keyid;
    if (typeof keyid === 'string' && /^[0-9a-f]{64}$/.test(keyid)) out.claimedKeyid = keyid;
  } catch {
    // Already reported as a failed check.
  }
  return out;
}
