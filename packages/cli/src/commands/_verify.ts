import type { Verification } from '@sisc/attest';
import { stableStringify } from '@sisc/model';
import { choice, dateOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, paint, type Context } from '../_context.js';
import { IssuesError, usageError } from '../_errors.js';
import { readDocument, writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { visible } from '../_terminal.js';
import { verifyEnvelopeFile } from '../_verification.js';

export const verifyOptions = {
  key: { type: 'string' },
  assessment: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const FORMATS = ['text', 'json'] as const;

/**
 * `sisc verify ENVELOPE --key NAME.pub [--assessment FILE] [--as-of DATE]`: every check of a signed
 * declaration. Exit 0 when every check passes (or is skipped), 1 when one fails, 2 when an input
 * cannot be read.
 */
export async function verifyCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '署名ファイル（ENVELOPE）' : 'the signed file (ENVELOPE)']);
  const keySpec = stringOption(parsed, 'key');
  if (keySpec === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '公開鍵のファイル（--key NAME.pub）' : 'the public key file (--key NAME.pub)'));
  const format = choice(ctx, parsed, 'format', FORMATS, 'text');
  const asOf = dateOption(ctx, parsed, 'as-of');
  const out = stringOption(parsed, 'out');
  const force = parsed.values.force === true;

  const assessmentSpec = stringOption(parsed, 'assessment');
  let assessment: unknown;
  if (assessmentSpec !== undefined) {
    const doc = await readDocument(ctx, assessmentSpec);
    if (doc.value === undefined) throw new IssuesError(t.cannotRead(doc.name), doc.syntaxIssues);
    assessment = doc.value;
  }
  const { name, verification: v } = await verifyEnvelopeFile(ctx, file!, keySpec, assessment, asOf);
  const text = format === 'json' ? `${stableStringify(v, 2)}\n` : verificationText(out === undefined ? ctx : { ...ctx, out: paint(false) }, name, v);
  writeOutput(ctx, text, out, force);
  return v.valid ? EXIT_OK : EXIT_FAILED;
}

function verificationText(ctx: Context, name: string, v: Verification): string {
  const t = messages(ctx.lang);
  const p = ctx.out;
  const lines: string[] = [t.verifyTitle(visible(name))];
  const s = v.statement;
  if (s) {
    const pr = s.predicate;
    const rows: [string, string][] = [
      [t.verifyLabel.organization, visible(pr.organization.name)],
      [t.verifyLabel.subject, `${visible(s.subject[0]!.name)} (sha256:${s.subject[0]!.digest.sha256})`],
      [t.verifyLabel.criteria, `${pr.criteria.scheme} ${pr.criteria.version}${pr.provisional ? ` (${t.draftMark})` : ''}`],
      [t.verifyLabel.asOf, pr.asOf],
      [t.verifyLabel.claim, t.verifyClaim(pr.targetLevel, pr.achievedLevel, pr.conformant)],
    ];
    if (pr.validity) rows.push([t.verifyLabel.validUntil, `${pr.validity.validUntil} (${pr.validity.period})`]);
    if (v.keyid) rows.push([t.verifyLabel.keyid, v.keyid]);
    const width = Math.max(...rows.map(([a]) => visibleWidth(a)));
    for (const [a, b] of rows) lines.push(`  ${a}${' '.repeat(width - visibleWidth(a))}  ${b}`);
  }
  lines.push('', t.verifyChecks);
  for (const c of v.checks) {
    const mark = c.outcome === 'pass' ? p.green(t.outcome.pass) : c.outcome === 'fail' ? p.red(t.outcome.fail) : t.outcome.skipped;
    lines.push(`  ${mark}${' '.repeat(Math.max(1, 8 - visibleWidth(t.outcome[c.outcome])))}${t.checkName[c.check]}: ${c.note[ctx.lang]}`);
    for (const i of c.issues) lines.push(`      - ${visible(i.message[ctx.lang])}`);
  }
  lines.push('', v.valid ? p.green(t.verifyValid) : p.red(t.verifyInvalid));
  return `${lines.join('\n')}\n`;
}

/** Display width: East Asian wide characters take two columns. */
function visibleWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

