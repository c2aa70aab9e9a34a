import { stringify } from 'yaml';
import { choice, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { CliError, IssuesError } from '../_errors.js';
import { readDocument, writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { loadRelease } from '../_releases.js';
import { formatIssues } from '../_report-issues.js';
import { baseOf, readSpreadsheet, spreadsheetKind } from '../_spreadsheets.js';

export const importOptions = {
  format: { type: 'string' },
  base: { type: 'string' },
  criteria: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/**
 * `sisc import FILE.xlsx|FILE.csv`: a filled-in checklist read back as an assessment, written as
 * YAML (default, or JSON with --format json or an --out name ending .json). A CSV holds the
 * answers only; --base names the assessment its organisation, level and declaration come from.
 * Exit 2 with every problem, each naming its cell, when the file cannot be read.
 */
export async function importCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '記入済みのチェックリスト（FILE）' : 'the filled-in checklist FILE']);
  const out = stringOption(parsed, 'out');
  const format = choice(ctx, parsed, 'format', ['yaml', 'json'] as const, out !== undefined && /\.json$/i.test(out) ? 'json' : 'yaml');
  const kind = spreadsheetKind(file!);
  if (!kind) throw new CliError(t.notSpreadsheet(file!));
  const criteriaSpec = stringOption(parsed, 'criteria');
  const release = criteriaSpec === undefined ? undefined : await loadRelease(ctx, criteriaSpec);
  const baseSpec = stringOption(parsed, 'base');
  let base;
  if (baseSpec !== undefined) {
    const doc = await readDocument(ctx, baseSpec);
    if (doc.value === undefined) throw new IssuesError(t.badBase(doc.name), doc.syntaxIssues);
    base = baseOf(ctx, doc);
  }
  const doc = await readSpreadsheet(ctx, file!, kind, { ...(release ? { release } : {}), ...(base ? { base } : {}) });
  if (doc.value === undefined) throw new IssuesError(t.cannotImport(doc.name), doc.syntaxIssues);
  if (doc.syntaxIssues.length > 0) ctx.io.stderr(formatIssues(ctx, ctx.err, doc.syntaxIssues));
  const assessment = doc.value as { answers: Record<string, unknown> };
  const text = format === 'json' ? `${JSON.stringify(assessment, null, 2)}\n` : stringify(assessment, { lineWidth: 0 });
  writeOutput(ctx, text, out, parsed.values.force === true);
  ctx.io.stderr(`${t.imported(doc.name, Object.keys(assessment.answers).length)}\n`);
  return EXIT_OK;
}
