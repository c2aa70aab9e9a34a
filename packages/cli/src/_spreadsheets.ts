/**
 * A filled-in checklist (an Excel workbook, or the checklist CSV) read as an assessment, so that
 * `sisc import`, `sisc validate` and `sisc evaluate` take it where they take YAML or JSON. The
 * reading is @sisc/spreadsheet's; here the file is read and the release looked up.
 */
import { criteriaVersions, getCriteria } from '@sisc/criteria';
import type { AssessmentInput, CriteriaRelease } from '@sisc/model';
import { readChecklistCsv, readChecklistWorkbook, type ReadOptions } from '@sisc/spreadsheet';
import type { Context } from './_context.js';
import type { LoadedDocument, LocatedIssue } from './_documents.js';
import { CliError } from './_errors.js';
import { readInputBytes } from './_files.js';
import { messages } from './_messages.js';

import type { SpreadsheetKind } from './_spreadsheet-kind.js';

export { spreadsheetKind, type SpreadsheetKind } from './_spreadsheet-kind.js';

export interface SpreadsheetSources {
  /** The release to read against (--criteria); else the shipped release the file names. */
  release?: CriteriaRelease;
  /** For a CSV: the rest of the assessment (organisation, level, declaration). */
  base?: Omit<AssessmentInput, 'answers'>;
}

/**
 * Reads a workbook or CSV into a document like a YAML or JSON one: `value` is the assessment
 * (undefined when it cannot be read), `syntaxIssues` what the reader found, each naming its cell.
 */
export async function readSpreadsheet(ctx: Context, spec: string, kind: SpreadsheetKind, sources: SpreadsheetSources = {}): Promise<LoadedDocument> {
  const { name, bytes } = await readInputBytes(ctx, spec);
  const options: ReadOptions = sources.release ? { release: sources.release } : { resolveRelease: (version) => (criteriaVersions().includes(version) ? getCriteria(version) : undefined) };
  const read = kind === 'xlsx' ? readChecklistWorkbook(bytes, { ...options, maxBytes: ctx.maxBytes }) : readChecklistCsv(bytes, { ...options, maxBytes: ctx.maxBytes, ...(sources.base ? { base: sources.base } : {}) });
  const issues: LocatedIssue[] = read.issues.map((i) => ({ ...i, file: name }));
  if (!read.success) return { name, format: 'json', text: '', value: undefined, syntaxIssues: issues, locate: () => undefined };
  // Written out and read back as JSON data, as a YAML or JSON file would be (no undefined members).
  // The JSON is ours, not the user's: its lines mean nothing to them, so issues name no line.
  const text = `${JSON.stringify(read.assessment, null, 2)}\n`;
  return { name, format: 'json', text, value: JSON.parse(text), syntaxIssues: issues, locate: () => undefined };
}

/** Reads the --base assessment of a CSV import: YAML or JSON, only its non-answer parts are used. */
export function baseOf(ctx: Context, doc: LoadedDocument): Omit<AssessmentInput, 'answers'> {
  const v = doc.value as Partial<AssessmentInput> | undefined;
  if (!v || typeof v !== 'object' || !v.organization) throw new CliError(messages(ctx.lang).badBase(doc.name));
  const { answers: _ignored, ...rest } = v as AssessmentInput;
  return rest;
}
