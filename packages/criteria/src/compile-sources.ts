/**
 * Compiles the YAML sources of one criteria release (release.yaml + one file per category) into a
 * checked release. Pure: texts in, release and issues out; no file system, runs in a browser.
 * Every problem is reported at once, each with its file, line and column. The steps live in their
 * own modules: reading the files (source-files.ts), assembling the release (assemble-release.ts),
 * ID checks on raw data (source-ids.ts), JSON path → file:line (source-positions.ts).
 */
import { CanonicalizationError, criteriaDigest, issue, SCHEMA_IDS, safeParseCriteria, sortIssues, compareStrings, type CriteriaRelease, type Issue } from '@sisc/model';
import { assembleRelease } from './assemble-release.js';
import { parseSourceFile, YAML_EXT, type ParsedFile, type SourceFile, type SourceIssue } from './source-files.js';
import { duplicateIds } from './source-ids.js';
import { locate } from './source-positions.js';

export type { SourceFile, SourceIssue } from './source-files.js';
export { splitJsonPath, yamlPosition } from './source-positions.js';

export interface CompileResult {
  /** The checked release; absent when there is an error. */
  release?: CriteriaRelease;
  /** criteriaDigest(release). */
  digest?: string;
  /** Every problem found, errors and warnings, sorted by file, line and column. */
  issues: SourceIssue[];
  /** Maps an issue about the compiled release (a JSON path into it) to the file and line it comes from; present with `release`. */
  locate?: (issue: Issue) => SourceIssue;
}

/**
 * Compiles one release directory's YAML files. Files that are not YAML are ignored. The category
 * files are the ones release.yaml lists in `categories` (GOV → GOV.yaml).
 */
export function compileCriteriaSources(files: readonly SourceFile[]): CompileResult {
  const out: SourceIssue[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    if (!YAML_EXT.test(f.path)) continue;
    parsed.push(parseSourceFile(f, out));
  }

  const assembled = assembleRelease(parsed, out);
  if (!assembled) return finish(out);
  const { releaseFile, raw, sources, categories, complete } = assembled;
  raw.categories = categories;
  // The compiled release names the JSON Schema of its format (the digest leaves $schema out).
  raw.$schema = SCHEMA_IDS.criteria;
  const result = safeParseCriteria(raw);
  // The model's semantic checks run only once the schema checks pass; duplicate IDs across files
  // are worth knowing at once, so they are checked on the raw data too.
  const semantic = result.issues.some((i) => i.code === 'duplicate-id') ? [] : duplicateIds(categories);
  const brokenPrefixes = sources.flatMap((f, ci) => (f?.broken ? [`$.categories[${ci}]`] : []));
  for (const i of result.issues) {
    // Issues caused by a missing or broken category file are already reported once.
    if (!complete && i.path === '$.categories') continue;
    if (brokenPrefixes.some((b) => i.path === b || i.path.startsWith(`${b}.`) || i.path.startsWith(`${b}[`))) continue;
    out.push(locate(i, releaseFile, sources));
  }
  for (const i of semantic) {
    if (brokenPrefixes.some((b) => i.path.startsWith(`${b}.`))) continue;
    out.push(locate(i, releaseFile, sources));
  }
  if (!result.success || !complete || out.some((i) => i.severity === 'error')) return finish(out);
  // The digest is over canonical JSON (RFC 8785), which cannot carry a lone surrogate (a YAML escape such as "\ud800").
  let digest: string;
  try {
    digest = criteriaDigest(result.data);
  } catch (err) {
    if (!(err instanceof CanonicalizationError)) throw err;
    const found = 'a lone surrogate';
    out.push(locate(issue('invalid-value', 'error', err.path, `${err.path}: ${err.reason}; write the character itself, or both halves of the pair.`, { params: { expected: 'text made of whole characters', found } }), releaseFile, sources));
    return finish(out);
  }
  return { release: result.data, digest, issues: finishIssues(out), locate: (i) => locate(i, releaseFile, sources) };
}

function finish(out: SourceIssue[]): CompileResult {
  return { issues: finishIssues(out) };
}

function finishIssues(out: SourceIssue[]): SourceIssue[] {
  const sorted = sortIssues(out) as SourceIssue[];
  return sorted.sort(
    (a, b) => compareStrings(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareStrings(a.path, b.path) || compareStrings(a.code, b.code),
  );
}
