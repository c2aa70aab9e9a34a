import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { generateKeyPair } from '@sisc/attest';
import { stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { CliError, usageError } from '../_errors.js';
import { displayPath, resolvePath } from '../_files.js';
import { messages } from '../_messages.js';

export const keygenOptions = {
  out: { type: 'string', short: 'o' },
} as const;

/**
 * `sisc keygen --out NAME`: a new Ed25519 key pair, NAME.key (PKCS#8 PEM, readable by the owner
 * only) and NAME.pub (SPKI PEM). Never overwrites either file (exit 2).
 */
export async function keygenCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const name = stringOption(parsed, 'out');
  if (name === undefined || name === '') throw usageError(t.missingArgument(ctx.lang === 'ja' ? '鍵のファイル名（--out NAME）' : 'the key file name (--out NAME)'));
  const keyPath = resolvePath(ctx, `${name}.key`);
  const pubPath = resolvePath(ctx, `${name}.pub`);
  for (const [path, shown] of [[keyPath, `${name}.key`], [pubPath, `${name}.pub`]] as const) {
    if (existsSync(path)) throw new CliError(t.keyExists(displayPath(ctx, shown)));
  }
  const pair = await generateKeyPair();
  try {
    writeFileSync(keyPath, pair.privateKey, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    throw new CliError(t.cannotWrite(displayPath(ctx, `${name}.key`), err instanceof Error ? err.message : String(err)));
  }
  try {
    writeFileSync(pubPath, pair.publicKey, { flag: 'wx', mode: 0o644 });
  } catch (err) {
    unlinkSync(keyPath);
    throw new CliError(t.cannotWrite(displayPath(ctx, `${name}.pub`), err instanceof Error ? err.message : String(err)));
  }
  ctx.io.stderr(`${t.keygenWrote(displayPath(ctx, `${name}.key`), displayPath(ctx, `${name}.pub`), pair.keyid)}\n`);
  return EXIT_OK;
}
