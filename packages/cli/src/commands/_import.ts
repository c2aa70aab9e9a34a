import { fromOscalAssessmentResults, isOscalAssessmentResults, oscalResultsCriteria, type ImportIssue } from '@sisc/interop';
import { issue, type CriteriaRelease } from '@sisc/model';
import { stringify } from 'yaml';
import { choice, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { locateIssues, type LoadedDocument } from '../_documents.js';
import { CliError, IssuesError } from '../_errors.js';
import { readDocument, writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { defaultRelease, loadRelease, shippedRelease } from '../_releases.js';
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
 * `sisc import FILE.xlsx|FILE.csv|FILE.json`: a filled-in checklist, or OSCAL assessment results
 * another tool recorded against the sisc catalog, read back as an assessment, written as YAML
 * (default, or JSON with --format json or an --out name ending .json). A CSV holds the answers
 * only; --base names the assessment its organisation, level and declaration come from. Exit 2 with
 * every problem, each naming its cell or its line and JSON path, when the file cannot be read.
 */
export async function importCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '記入済みのチェックリスト（FILE）' : 'the filled-in checklist FILE']);
  const out = stringOption(parsed, 'out');
  const format = choice(ctx, parsed, 'format', ['yaml', 'json'] as const, out !== undefined && /\.json$/i.test(out) ? 'json' : 'yaml');
  const kind = spreadsheetKind(file!);
  const criteriaSpec = stringOption(parsed, 'criteria');
  const release = criteriaSpec === undefined ? undefined : await loadRelease(ctx, criteriaSpec);
  if (!kind) {
    if (stringOption(parsed, 'base') !== undefined) throw new CliError(t.baseOnlyForCsv);
    const doc = await readDocument(ctx, file!);
    if (doc.value === undefined) throw new IssuesError(t.cannotImportOscal(doc.name), doc.syntaxIssues);
    if (!isOscalAssessmentResults(doc.value)) throw new CliError(t.notSpreadsheet(doc.name));
    return importOscal(ctx, doc, release, format, out, parsed.values.force === true);
  }
  const baseSpec = stringOption(parsed, 'base');
  let base: ReturnType<typeof baseOf> | undefined;
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

/** OSCAL assessment results read back against --criteria, or the shipped release they name. */
function importOscal(ctx: Context, doc: LoadedDocument, named: CriteriaRelease | undefined, format: 'yaml' | 'json', out: string | undefined, force: boolean): number {
  const t = messages(ctx.lang);
  const said = oscalResultsCriteria(doc.value);
  const release = named ?? (said ? shippedRelease(ctx, said.version) : defaultRelease());
  const outcome = fromOscalAssessmentResults(doc.value, release);
  const located = locateIssues(doc, outcome.issues.map(asIssue));
  if (!outcome.success) throw new IssuesError(t.cannotImportOscal(doc.name), located);
  if (located.length > 0) ctx.io.stderr(formatIssues(ctx, ctx.err, located));
  const { assessment } = outcome;
  const text = format === 'json' ? `${JSON.stringify(assessment, null, 2)}\n` : stringify(assessment, { lineWidth: 0 });
  writeOutput(ctx, text, out, force);
  ctx.io.stderr(`${t.imported(doc.name, Object.keys(assessment.answers).length)}\n`);
  return EXIT_OK;
}

/** An import problem as an issue the CLI prints: its own wording in both languages. */
function asIssue(i: ImportIssue) {
  const code = i.code === 'too-big' ? 'too-big' : 'invalid-value';
  return issue(code, i.severity, i.path, `${i.path}: ${i.message.en}`, { params: { messageJa: i.message.ja, importCode: i.code } });
}
