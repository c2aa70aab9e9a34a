import { basename } from 'node:path';
import { sign, type DsseEnvelope } from '@sisc/attest';
import { dateOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, todayUtc, type Context } from '../_context.js';
import { CliError, usageError } from '../_errors.js';
import { evaluateFile } from '../_evaluation.js';
import { STDIN, writeOutput } from '../_files.js';
import { readKeyFile } from '../_keys.js';
import { messages } from '../_messages.js';

export const signOptions = {
  key: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/**
 * `sisc sign FILE --key NAME.key`: evaluates the assessment and signs the claim — a DSSE envelope
 * holding an in-toto statement (docs/cli.md). The envelope goes to standard output or --out.
 */
export async function signCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '評価票のファイル（FILE）' : 'the assessment FILE']);
  const keySpec = stringOption(parsed, 'key');
  if (keySpec === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '秘密鍵のファイル（--key NAME.key）' : 'the private key file (--key NAME.key)'));
  const asOf = dateOption(ctx, parsed, 'as-of') ?? todayUtc(ctx.io);
  const out = stringOption(parsed, 'out');
  const force = parsed.values.force === true;

  const privateKey = await readKeyFile(ctx, keySpec, 'private');
  const { doc, release, result } = await evaluateFile(ctx, file!, asOf, undefined);
  let envelope: DsseEnvelope;
  try {
    // The subject is the file as written (doc.value: no defaults filled in), named by its file name.
    envelope = await sign(doc.value, release, { asOf, privateKey, subjectName: file === STDIN ? 'assessment' : basename(file!) });
  } catch (err) {
    if (err instanceof TypeError) throw new CliError(t.notAPrivateKey(keySpec));
    if (err instanceof Error && (err as { code?: string }).code === 'not-canonicalizable') throw new CliError(t.notCanonical(doc.name, err.message));
    throw err;
  }
  writeOutput(ctx, `${JSON.stringify(envelope, null, 2)}\n`, out, force);
  ctx.io.stderr(`${t.signed(doc.name, envelope.signatures[0]!.keyid, asOf, result.achievedLevel, result.conformant)}\n`);
  return EXIT_OK;
}
