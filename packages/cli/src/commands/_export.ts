import { evaluate } from '@sisc/engine';
import {
  hasMappings,
  toCycloneDx,
  toJsonText,
  toOscalAssessmentPlan,
  toOscalAssessmentResults,
  toOscalCatalog,
  toOscalMapping,
  toOscalProfile,
} from '@sisc/interop';
import type { Assessment, CriteriaRelease, EvaluationResult } from '@sisc/model';
import { dateOption, levelOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { locateIssues } from '../_documents.js';
import { CliError, IssuesError, usageError } from '../_errors.js';
import { readAssessment } from '../_evaluation.js';
import { writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { defaultRelease, loadRelease, shippedRelease } from '../_releases.js';

export const exportOptions = {
  criteria: { type: 'string' },
  level: { type: 'string', short: 'l' },
  'as-of': { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const KINDS = ['oscal-catalog', 'oscal-profile', 'oscal-mapping', 'oscal-assessment-results', 'oscal-assessment-plan', 'cyclonedx'] as const;
type Kind = (typeof KINDS)[number];
const NEEDS_FILE: readonly Kind[] = ['oscal-assessment-results', 'oscal-assessment-plan'];
const TAKES_FILE: readonly Kind[] = [...NEEDS_FILE, 'cyclonedx'];

interface Evaluated {
  release: CriteriaRelease;
  assessment: Assessment;
  result: EvaluationResult;
  asOf: string;
}

/** Reads and evaluates an assessment once (stdin can be read only once); asOf defaults to the assessment's own date. */
async function evaluated(ctx: Context, file: string, criteriaSpec: string | undefined, given: string | undefined): Promise<Evaluated> {
  const t = messages(ctx.lang);
  const named = criteriaSpec !== undefined ? await loadRelease(ctx, criteriaSpec) : undefined;
  const { doc, assessment } = await readAssessment(ctx, file, named);
  const release = named ?? shippedRelease(ctx, assessment.criteria.version);
  if (release.scheme.id !== assessment.criteria.scheme) throw new IssuesError(t.unknownScheme(assessment.criteria.scheme, release.scheme.id), []);
  const asOf = given ?? assessment.audit?.date ?? assessment.declaration?.date;
  if (asOf === undefined) throw usageError(t.exportNeedsAsOf(doc.name));
  const outcome = evaluate(release, doc.value, { asOf });
  if (!outcome.success) throw new IssuesError(t.cannotEvaluate(doc.name), locateIssues(doc, outcome.issues), { hint: t.validateHint(file) });
  return { release, assessment, result: outcome.result, asOf };
}

function releaseDate(ctx: Context, release: CriteriaRelease, given: string | undefined): string {
  const own = release.dates.published ?? release.dates.effectiveFrom ?? release.provenance.date;
  const date = own ?? given;
  if (date === undefined) throw usageError(messages(ctx.lang).exportNeedsDate(release.version));
  return date;
}

/**
 * `sisc export oscal-catalog|oscal-profile|oscal-mapping|oscal-assessment-results|oscal-assessment-plan|cyclonedx [FILE]`:
 * the criteria, or an assessment and its evaluation, as NIST OSCAL 1.2 or CycloneDX 1.6 JSON, in
 * the language of --lang. Deterministic: the same input gives the same bytes; dates come from the
 * documents (the release's dates, the assessment's audit or declaration date) or --as-of, never
 * the clock.
 */
export async function exportCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [what, file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? `出力の形式（${KINDS.join(' / ')}）` : `what to export (${KINDS.join(', ')})`], ['FILE']);
  if (!(KINDS as readonly string[]).includes(what!)) throw usageError(t.badChoice(ctx.lang === 'ja' ? '出力の形式' : 'what to export', what!, KINDS));
  const kind = what as Kind;
  if (file !== undefined && !TAKES_FILE.includes(kind)) throw usageError(t.unexpectedArgument(file));
  if (file === undefined && NEEDS_FILE.includes(kind)) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '評価票のファイル（FILE）' : 'the assessment FILE'));
  const criteriaSpec = stringOption(parsed, 'criteria');
  const given = dateOption(ctx, parsed, 'as-of');
  const level = levelOption(ctx, parsed, 'level');
  if (level !== undefined && kind !== 'oscal-profile') throw usageError(t.optionNotFor('--level', 'oscal-profile'));
  const lang = ctx.lang;

  let doc: unknown;
  if (file !== undefined) {
    const e = await evaluated(ctx, file, criteriaSpec, given);
    if (kind === 'oscal-assessment-results') doc = toOscalAssessmentResults(e.release, e.assessment, e.result, { lang });
    else if (kind === 'oscal-assessment-plan') doc = toOscalAssessmentPlan(e.release, e.assessment, { lang, asOf: e.asOf });
    else doc = toCycloneDx(e.release, { lang, assessment: e.assessment, result: e.result });
  } else {
    const release = criteriaSpec !== undefined ? await loadRelease(ctx, criteriaSpec) : defaultRelease();
    const date = releaseDate(ctx, release, given);
    if (kind === 'oscal-catalog') doc = toOscalCatalog(release, { lang, date });
    else if (kind === 'oscal-profile') {
      const levels = release.levels.map((l) => l.level);
      const chosen = level ?? levels[0]!;
      if (!levels.includes(chosen)) throw usageError(t.exportUnknownLevel(chosen, release.version, levels));
      doc = toOscalProfile(release, { lang, level: chosen, date });
    } else if (kind === 'oscal-mapping') {
      if (!hasMappings(release)) throw new CliError(t.exportNoMappings(release.version));
      doc = toOscalMapping(release, { lang, date });
    } else doc = toCycloneDx(release, { lang, date });
  }
  writeOutput(ctx, toJsonText(doc), stringOption(parsed, 'out'), parsed.values.force === true);
  return EXIT_OK;
}
