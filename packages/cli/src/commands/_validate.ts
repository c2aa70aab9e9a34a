import { dirname } from 'node:path';
import { criteriaVersions, getCriteria, looksLikeCriteriaSource } from '@sisc/criteria';
import { evaluate } from '@sisc/engine';
import { hasErrors, issue, safeParseAssessment, stableStringify, type CriteriaRelease, type Issue } from '@sisc/model';
import { choice, dateOption, positionals, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, todayUtc, type Context } from '../_context.js';
import { locateIssues, type LoadedDocument, type LocatedIssue } from '../_documents.js';
import { displayPath, isDirectory, readDocument } from '../_files.js';
import { messages } from '../_messages.js';
import { checkReleaseDocument, compileDirectory, looksLikeCriteriaRelease } from '../_releases.js';
import { countBySeverity, formatIssues } from '../_report-issues.js';
import { readSpreadsheet, spreadsheetKind } from '../_spreadsheets.js';

export const validateOptions = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
} as const;

export type DocumentKind = 'assessment' | 'criteria' | 'sources';

export interface FileReport {
  file: string;
  kind: DocumentKind;
  /** What it is about: the criteria release named or compiled. */
  detail?: string;
  issues: LocatedIssue[];
}

/**
 * Every problem of an assessment: its syntax, the model's checks, whether it names a shipped
 * release, and everything evaluating it against that release finds (unknown or retired IDs, "not
 * applicable" where the release does not allow it, a missing declaration, …).
 */
export function checkAssessmentDocument(doc: LoadedDocument, asOf: string, releaseOverride?: CriteriaRelease): { issues: LocatedIssue[]; detail?: string } {
  const parsed = safeParseAssessment(doc.value);
  const issues: Issue[] = [];
  const ref = (doc.value as { criteria?: { scheme?: unknown; version?: unknown } } | null)?.criteria;
  const scheme = typeof ref?.scheme === 'string' ? ref.scheme : undefined;
  const version = typeof ref?.version === 'string' ? ref.version : undefined;
  let release = releaseOverride;
  if (!release && scheme !== undefined && version !== undefined) {
    const schemes = [...new Set(criteriaVersions().map((v) => getCriteria(v).scheme.id))];
    if (!schemes.includes(scheme)) {
      const p = '$.criteria.scheme';
      const expected = schemes.map((s) => `"${s}"`).join(', ');
      issues.push(issue('invalid-value', 'error', p, `${p}: expected ${expected}, but found "${scheme}".`, { params: { expected, found: `"${scheme}"` } }));
    } else if (!criteriaVersions().includes(version)) {
      const p = '$.criteria.version';
      const known = criteriaVersions();
      issues.push(
        issue('invalid-value', 'error', p, `${p}: "${version}" is not a criteria release sisc knows; known versions: ${known.join(', ')}.`, {
          params: { expected: known.map((v) => `"${v}"`).join(', '), found: `"${version}"` },
        }),
      );
    } else release = getCriteria(version);
  }
  if (parsed.success && release) {
    const outcome = evaluate(release, doc.value, { asOf });
    for (const one of outcome.issues) issues.push(one);
  } else for (const one of parsed.issues) issues.push(one);
  const detail = release ? `${release.scheme.id} ${release.version}` : scheme !== undefined && version !== undefined ? `${scheme} ${version}` : undefined;
  return { issues: locateIssues(doc, issues), ...(detail ? { detail } : {}) };
}

/** `sisc validate FILE...`: every problem of each file, sorted; exit 1 when any is an error. */
export async function validateCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const files = positionals(ctx, parsed, [ctx.lang === 'ja' ? '検査するファイル（FILE）' : 'the FILE to check'], 'many');
  const format = choice(ctx, parsed, 'format', ['text', 'json'] as const, 'text');
  const asOf = dateOption(ctx, parsed, 'as-of') ?? todayUtc(ctx.io);
  const reports: FileReport[] = [];
  const compiledDirs = new Set<string>();

  const sources = (dir: string, file: string) => {
    const key = displayPath(ctx, dir);
    if (compiledDirs.has(key)) return;
    compiledDirs.add(key);
    const outcome = compileDirectory(ctx, dir);
    const detail = outcome.release ? `${outcome.release.scheme.id} ${outcome.release.version}` : undefined;
    reports.push({ file, kind: 'sources', ...(detail ? { detail } : {}), issues: outcome.issues });
  };

  for (const spec of files) {
    if (isDirectory(ctx, spec)) {
      sources(spec, displayPath(ctx, spec));
      continue;
    }
    const kind = spreadsheetKind(spec);
    if (kind) {
      // A filled-in checklist (.xlsx, .csv): the reader's problems name cells; then the same checks as any assessment.
      const sheet = await readSpreadsheet(ctx, spec, kind);
      if (sheet.value === undefined) {
        reports.push({ file: sheet.name, kind: 'assessment', issues: sheet.syntaxIssues });
        continue;
      }
      const checked = checkAssessmentDocument(sheet, asOf);
      reports.push({ file: sheet.name, kind: 'assessment', ...(checked.detail ? { detail: checked.detail } : {}), issues: [...sheet.syntaxIssues, ...checked.issues] });
      continue;
    }
    const doc = await readDocument(ctx, spec);
    if (doc.value === undefined) {
      reports.push({ file: doc.name, kind: 'assessment', issues: doc.syntaxIssues });
      continue;
    }
    if (doc.format === 'yaml' && looksLikeCriteriaSource(doc.value) && spec !== '-') {
      sources(dirname(spec) || '.', displayPath(ctx, dirname(spec) || '.'));
      continue;
    }
    if (looksLikeCriteriaRelease(doc.value)) {
      const checked = checkReleaseDocument(doc);
      const detail = checked.release ? `${checked.release.scheme.id} ${checked.release.version}` : undefined;
      reports.push({ file: doc.name, kind: 'criteria', ...(detail ? { detail } : {}), issues: [...doc.syntaxIssues, ...checked.issues] });
      continue;
    }
    const checked = checkAssessmentDocument(doc, asOf);
    reports.push({ file: doc.name, kind: 'assessment', ...(checked.detail ? { detail: checked.detail } : {}), issues: [...doc.syntaxIssues, ...checked.issues] });
  }

  const all = reports.flatMap((r) => r.issues);
  if (format === 'json') {
    const out = reports.map((r) => ({ file: r.file, kind: r.kind, criteria: r.detail, valid: !hasErrors(r.issues), issues: r.issues }));
    ctx.io.stdout(`${stableStringify(out, 2)}\n`);
  } else {
    const p = ctx.out;
    let out = formatIssues(ctx, p, all);
    for (const r of reports) {
      if (!hasErrors(r.issues)) out += `${p.green(t.valid(r.file, t.validKind[r.kind], r.detail ?? ''))}\n`;
    }
    const { errors, warnings } = countBySeverity(all);
    out += `${errors > 0 ? p.red(t.summary(errors, warnings, reports.length)) : t.summary(errors, warnings, reports.length)}\n`;
    ctx.io.stdout(out);
  }
  return hasErrors(all) ? EXIT_FAILED : EXIT_OK;
}
