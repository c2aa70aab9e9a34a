/**
 * Finding a criteria release from what the user typed: a shipped version ("1.0.0-draft.1"), a
 * semver range ("^1.0.0", drafts included), a compiled release file (JSON or YAML), or a
 * directory of criteria sources (release.yaml + one YAML file per category).
 */
import { dirname } from 'node:path';
import { compileCriteriaSources, criteriaVersions, getCriteria, latestEffective, listCriteria, looksLikeCriteriaSource, RELEASE_FILE_NAME, resolveCriteria } from '@sisc/criteria';
import { isSiscError, releaseStatusPolicy, SEMVER, safeParseCriteria, type CriteriaRelease } from '@sisc/model';
import type { Context } from './_context.js';
import { locateIssues, type LoadedDocument, type LocatedIssue } from './_documents.js';
import { CliError, IssuesError } from './_errors.js';
import { displayPath, isDirectory, pathExists, readDocument, readYamlDirectory } from './_files.js';
import { messages } from './_messages.js';

/** A compiled criteria release (categories as objects). */
export function looksLikeCriteriaRelease(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return !('answers' in v) && 'levels' in v && Array.isArray(v.categories) && v.categories.some((c) => c !== null && typeof c === 'object');
}

export interface SourcesOutcome {
  release?: CriteriaRelease;
  issues: LocatedIssue[];
  /** The files read. */
  files: string[];
}

/** Compiles a directory of criteria sources; issues carry file, line and column. */
export function compileDirectory(ctx: Context, dir: string): SourcesOutcome {
  const files = readYamlDirectory(ctx, dir);
  const result = compileCriteriaSources(files);
  const issues = result.issues.map((i) => {
    const out: LocatedIssue = { ...i };
    if (i.file === undefined) out.file = displayPath(ctx, dir);
    // An issue in a category file gets the path inside that file: $.categories[1].items[0] → $.items[0].
    const inCategory = /^\$\.categories\[\d+\]/.exec(i.path);
    if (inCategory && i.file !== undefined && !i.file.endsWith(`/${RELEASE_FILE_NAME}`) && i.file !== RELEASE_FILE_NAME) {
      const path = `$${i.path.slice(inCategory[0].length)}`;
      out.path = path;
      out.message = i.message.replace(`: ${i.path}: `, `: ${path}: `);
    }
    return out;
  });
  return { ...(result.release ? { release: result.release } : {}), issues, files: files.map((f) => f.path) };
}

/** Checks a compiled release document; issues carry lines. */
export function checkReleaseDocument(doc: LoadedDocument): { release?: CriteriaRelease; issues: LocatedIssue[] } {
  const parsed = safeParseCriteria(doc.value);
  const issues = locateIssues(doc, parsed.issues);
  return parsed.success ? { release: parsed.data, issues } : { issues };
}

function looksLikePath(spec: string): boolean {
  return /[\\/]/.test(spec) || /\.(json|ya?ml)$/i.test(spec) || spec === '.' || spec === '..';
}

/**
 * The release a user named. Versions and ranges come from the shipped releases (@sisc/criteria);
 * anything that exists on disk, or looks like a path, is read as a release file or source directory.
 * @throws CliError (exit 2) for an unknown version or an unreadable file; IssuesError when the file
 *   is not a valid release.
 */
export async function loadRelease(ctx: Context, spec: string): Promise<CriteriaRelease> {
  const t = messages(ctx.lang);
  if (isDirectory(ctx, spec)) return fromSources(ctx, spec);
  if (pathExists(ctx, spec) || looksLikePath(spec)) {
    const doc = await readDocument(ctx, spec);
    if (doc.syntaxIssues.some((i) => i.severity === 'error')) throw new IssuesError(t.notACriteriaRelease(doc.name), doc.syntaxIssues);
    if (doc.format === 'yaml' && looksLikeCriteriaSource(doc.value) !== undefined) return fromSources(ctx, dirname(spec) || '.');
    const checked = checkReleaseDocument(doc);
    if (!checked.release) throw new IssuesError(t.notACriteriaRelease(doc.name), checked.issues);
    return checked.release;
  }
  return shippedRelease(ctx, spec);
}

function fromSources(ctx: Context, dir: string): CriteriaRelease {
  const outcome = compileDirectory(ctx, dir);
  if (!outcome.release) throw new IssuesError(messages(ctx.lang).notACriteriaRelease(displayPath(ctx, dir)), outcome.issues);
  return outcome.release;
}

/** A shipped release by exact version, or the newest matching a range (drafts included). */
export function shippedRelease(ctx: Context, spec: string): CriteriaRelease {
  try {
    return getCriteria(spec);
  } catch (err) {
    if (!isSiscError(err) || err.code !== 'unknown-version') throw err;
    if (SEMVER.test(spec)) throw new CliError(messages(ctx.lang).unknownVersion(spec, criteriaVersions()));
    return resolveCriteria(spec, { includeDrafts: true });
  }
}

/**
 * The release commands use when not told one: the newest effective release; while there is none
 * (as long as only drafts are shipped), the newest release of any status but withdrawn.
 */
export function defaultRelease(): CriteriaRelease {
  const effective = latestEffective();
  if (effective) return effective;
  const usable = listCriteria().filter((l) => releaseStatusPolicy(l.status).resolvable !== 'never');
  const newest = usable[usable.length - 1];
  if (!newest) throw new CliError('no criteria releases are shipped.');
  return getCriteria(newest.version);
}
