/** Reading an assessment and evaluating it against its release: shared by evaluate and render. */
import { evaluate } from '@sisc/engine';
import { looksLikeCriteriaSource } from '@sisc/criteria';
import { safeParseAssessment, type Assessment, type CriteriaRelease, type EvaluationResult } from '@sisc/model';
import type { Context } from './_context.js';
import { locateIssues, type LoadedDocument } from './_documents.js';
import { CliError, IssuesError } from './_errors.js';
import { readDocument } from './_files.js';
import { messages } from './_messages.js';
import { spreadsheetKind } from './_spreadsheet-kind.js';
import { loadRelease, looksLikeCriteriaRelease, shippedRelease } from './_releases.js';

export interface Evaluated {
  doc: LoadedDocument;
  assessment: Assessment;
  release: CriteriaRelease;
  result: EvaluationResult;
}

/** Reads an assessment (a file or "-") and checks that it can be used; exit 2 with every problem if not. */
export async function readAssessment(ctx: Context, spec: string, release?: CriteriaRelease): Promise<{ doc: LoadedDocument; assessment: Assessment }> {
  const t = messages(ctx.lang);
  const kind = spreadsheetKind(spec);
  let doc: LoadedDocument;
  if (kind) {
    // A filled-in checklist (.xlsx, .csv): read by @sisc/spreadsheet, each problem naming its cell.
    const { readSpreadsheet } = await import('./_spreadsheets.js'); // loaded only for a spreadsheet
    doc = await readSpreadsheet(ctx, spec, kind, release ? { release } : {});
  } else {
    doc = await readDocument(ctx, spec);
  }
  if (doc.value === undefined) throw new IssuesError(t.cannotEvaluate(doc.name), doc.syntaxIssues, { hint: t.validateHint(spec) });
  if (looksLikeCriteriaRelease(doc.value) || (doc.format === 'yaml' && looksLikeCriteriaSource(doc.value))) throw new CliError(t.criteriaNotAssessment(doc.name));
  const parsed = safeParseAssessment(doc.value);
  if (!parsed.success) throw new IssuesError(t.cannotEvaluate(doc.name), locateIssues(doc, parsed.issues), { hint: t.validateHint(spec) });
  return { doc, assessment: parsed.data };
}

/**
 * Evaluates an assessment against the release it names (a shipped release), or against
 * `criteriaSpec` (a version, a release file or a source directory) when given.
 */
export async function evaluateFile(ctx: Context, spec: string, asOf: string, criteriaSpec: string | undefined): Promise<Evaluated> {
  const t = messages(ctx.lang);
  const given = criteriaSpec !== undefined ? await loadRelease(ctx, criteriaSpec) : undefined;
  const { doc, assessment } = await readAssessment(ctx, spec, given);
  const release = given ?? shippedRelease(ctx, assessment.criteria.version);
  if (release.scheme.id !== assessment.criteria.scheme) throw new IssuesError(t.unknownScheme(assessment.criteria.scheme, release.scheme.id), []);
  const outcome = evaluate(release, doc.value, { asOf });
  if (!outcome.success) throw new IssuesError(t.cannotEvaluate(doc.name), locateIssues(doc, outcome.issues), { hint: t.validateHint(spec) });
  return { doc, assessment, release, result: outcome.result };
}
