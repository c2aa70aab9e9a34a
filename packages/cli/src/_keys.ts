/** Reading key files for sign and verify: PEM text, refused with a plain message when it is not one. */
import { pemToDer } from '@sisc/attest';
import type { Context } from './_context.js';
import { CliError } from './_errors.js';
import { readInput } from './_files.js';
import { messages } from './_messages.js';

export async function readKeyFile(ctx: Context, spec: string, kind: 'private' | 'public'): Promise<string> {
  const input = await readInput(ctx, spec);
  const t = messages(ctx.lang);
  const label = kind === 'private' ? 'PRIVATE KEY' : 'PUBLIC KEY';
  if (!pemToDer(input.text, label)) throw new CliError(kind === 'private' ? t.notAPrivateKey(input.name) : t.notAPublicKey(input.name));
  return input.text;
}
