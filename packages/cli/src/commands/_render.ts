import { diffCriteria } from '@sisc/diff';
import { renderChecklist, renderDeclaration, renderDiff, renderReport, renderStandard } from '@sisc/render';
import { renderChecklistWorkbook } from '@sisc/spreadsheet';
import { dateOption, formatOption, levelOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, todayUtc, type Context } from '../_context.js';
import { CliError, usageError } from '../_errors.js';
import { evaluateFile } from '../_evaluation.js';
import { writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { htmlToPdf } from '../_pdf.js';
import { verifyEnvelopeFile } from '../_verification.js';
import { defaultRelease, loadRelease } from '../_releases.js';

export const renderOptions = {
  criteria: { type: 'string' },
  level: { type: 'string', short: 'l' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  signature: { type: 'string' },
  key: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const DOCUMENTS = ['standard', 'checklist', 'declaration', 'report', 'changelog'] as const;
type DocumentName = (typeof DOCUMENTS)[number];
type Format = 'markdown' | 'html' | 'csv' | 'pdf' | 'xlsx';

/** The formats each document can be rendered in; `sisc render --help` offers exactly these (test/render-formats.test.ts). */
export const FORMATS: Record<DocumentName, readonly Format[]> = {
  standard: ['markdown', 'html', 'pdf'],
  checklist: ['markdown', 'html', 'csv', 'pdf', 'xlsx'],
  declaration: ['markdown', 'html', 'pdf'],
  report: ['markdown', 'html', 'pdf'],
  changelog: ['markdown', 'html', 'pdf'],
};

/** What the renderer is asked for: a PDF is the HTML page, printed by Chromium. */
const rendererFormat = (f: Format) => (f === 'pdf' || f === 'xlsx' ? 'html' : f);

/**
 * `sisc render standard|checklist|declaration|report|changelog`: a document from @sisc/render.
 * The standard and the checklist come from a criteria release; the declaration and the report
 * from an assessment, evaluated first (with --as-of, default today in UTC); the changelog from two
 * releases. `--format pdf` prints the HTML page with Chromium (see _pdf.ts).
 */
export async function renderCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [what] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '文書の種類（standard / checklist / declaration / report / changelog）' : 'the document (standard, checklist, declaration, report or changelog)'], ['FILE', 'TO']);
  if (!(DOCUMENTS as readonly string[]).includes(what!)) throw usageError(t.badChoice(ctx.lang === 'ja' ? '文書の種類' : 'the document', what!, DOCUMENTS));
  const doc = what as DocumentName;
  const format = formatOption(ctx, parsed, FORMATS[doc], 'markdown');
  const lang = ctx.lang;
  const criteriaSpec = stringOption(parsed, 'criteria');
  const level = levelOption(ctx, parsed, 'level');
  const out = stringOption(parsed, 'out');
  const force = parsed.values.force === true;
  const file = parsed.positionals[1];
  if (doc !== 'changelog' && parsed.positionals[2] !== undefined) throw usageError(t.unexpectedArgument(parsed.positionals[2]));

  const signatureSpec = stringOption(parsed, 'signature');
  const keySpec = stringOption(parsed, 'key');
  if ((signatureSpec !== undefined || keySpec !== undefined) && doc !== 'declaration' && doc !== 'report') {
    throw usageError(t.optionNotFor(signatureSpec !== undefined ? '--signature' : '--key', 'declaration, report'));
  }
  if (signatureSpec !== undefined && keySpec === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '署名を確かめる公開鍵（--key NAME.pub）' : 'the public key to check the signature with (--key NAME.pub)'));
  if (keySpec !== undefined && signatureSpec === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '署名ファイル（--signature ENVELOPE）' : 'the signed file (--signature ENVELOPE)'));

  let text: string;
  if (doc === 'standard' || doc === 'checklist') {
    if (file !== undefined) throw usageError(t.unexpectedArgument(file));
    if (stringOption(parsed, 'as-of') !== undefined) throw usageError(t.optionNotFor('--as-of', 'declaration, report'));
    const release = criteriaSpec === undefined ? defaultRelease() : await loadRelease(ctx, criteriaSpec);
    if (level !== undefined && !release.levels.some((l) => l.level === level)) {
      throw usageError(t.unknownLevel(level, release.levels.map((l) => l.level).join(', ')));
    }
    if (doc === 'standard') {
      if (level !== undefined) throw usageError(t.optionNotFor('--level', 'checklist'));
      text = renderStandard(release, { lang, format: rendererFormat(format) as 'markdown' | 'html' });
    } else if (format === 'xlsx') {
      // The Excel checklist: bytes, to --out or a redirected standard output, never a terminal.
      if (force && out === undefined) throw usageError(t.outWithoutFile);
      if (out === undefined && (ctx.io.stdoutIsTTY === true || !ctx.io.stdoutBytes)) throw usageError(t.binaryToTerminal('xlsx'));
      writeOutput(ctx, renderChecklistWorkbook(release, { lang, level: level ?? 1 }), out, force, 'xlsx');
      return EXIT_OK;
    } else {
      text = renderChecklist(release, { lang, format: rendererFormat(format), ...(level !== undefined ? { level } : {}) });
    }
  } else if (doc === 'changelog') {
    const to = parsed.positionals[2];
    if (file === undefined || to === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? (file === undefined ? '比較元（FROM）' : '比較先（TO）') : file === undefined ? 'FROM (a version, release file or source directory)' : 'TO'));
    for (const option of ['criteria', 'as-of', 'level'] as const) {
      if (parsed.values[option] !== undefined) throw usageError(t.optionNotFor(`--${option}`, option === 'level' ? 'checklist' : option === 'as-of' ? 'declaration, report' : 'standard, checklist, declaration, report'));
    }
    const from = await loadRelease(ctx, file);
    const toRelease = await loadRelease(ctx, to);
    text = renderDiff(diffCriteria(from, toRelease), from, toRelease, { lang, format: rendererFormat(format) as 'markdown' | 'html' });
  } else {
    if (file === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '評価票のファイル（FILE）' : 'the assessment FILE'));
    if (level !== undefined) throw usageError(t.optionNotFor('--level', 'checklist'));
    const asOf = dateOption(ctx, parsed, 'as-of') ?? todayUtc(ctx.io);
    const e = await evaluateFile(ctx, file, asOf, criteriaSpec);
    let signature: { keyid: string; verified: boolean; failedChecks: string[] } | undefined;
    if (signatureSpec !== undefined && keySpec !== undefined) {
      // The signature is verified against the assessment being rendered, at the same date.
      const { name, verification: v, claimedKeyid } = await verifyEnvelopeFile(ctx, signatureSpec, keySpec, e.doc.value, asOf);
      const keyid = v.keyid ?? claimedKeyid;
      if (keyid === undefined) throw new CliError(t.noKeyId(name));
      signature = { keyid, verified: v.valid, failedChecks: v.checks.filter((c) => c.outcome === 'fail').map((c) => c.check) };
      if (!v.valid) ctx.io.stderr(`sisc: ${ctx.err.red(t.signatureNotVerified(name))}\n`);
    }
    const options = { lang, format: rendererFormat(format) as 'markdown' | 'html', ...(signature ? { signature } : {}) };
    text = doc === 'declaration' ? renderDeclaration(e.assessment, e.result, e.release, options) : renderReport(e.result, e.release, { ...options, assessment: e.assessment });
  }
  if (format === 'pdf') {
    if (force && out === undefined) throw usageError(t.outWithoutFile);
    if (out === undefined && (ctx.io.stdoutIsTTY === true || !ctx.io.stdoutBytes)) throw usageError(t.binaryToTerminal('pdf'));
    writeOutput(ctx, await htmlToPdf(ctx, text), out, force);
  } else writeOutput(ctx, text, out, force);
  return EXIT_OK;
}
