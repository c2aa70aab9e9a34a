/**
 * The committee's two steps that write criteria sources: `scaffoldRelease` (the next draft, from a
 * copy of the previous release) and `publishDraft` (a draft turned into a published release).
 * Pure: source texts in, source texts out, comments and layout of the YAML kept; the CLI reads and
 * writes the files.
 */
import semver from 'semver';
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { isCalendarDate, issue, releaseStatusPolicy, SEMVER, SiscError, type CriteriaRelease } from '@sisc/model';
import { compileCriteriaSources, type SourceFile, type SourceIssue } from './compile-sources.js';
import { RELEASE_FILE_NAME } from './source-schemas.js';
import { checkTranslations } from './translations.js';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function moveTo(path: string, version: string): string {
  const parts = path.split(/[\\/]/);
  if (parts.length >= 2) parts[parts.length - 2] = version;
  return parts.join('/');
}

function parse(file: SourceFile): Document.Parsed {
  const doc = parseDocument(file.text);
  if (doc.errors.length > 0) throw new SiscError('invalid-criteria', `${file.path}: not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first.`);
  return doc;
}

/** A version named in comments ("1.0.0-draft.1（草案）") follows the release's. */
function renameInComments(text: string, from: string, to: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*#/.test(line) ? line.split(from).join(to) : line))
    .join('\n');
}

function checkVersion(version: string, what: string): void {
  if (!SEMVER.test(version)) throw new SiscError('invalid-option', `${what} "${version}" is not a version such as 1.0.0-draft.2 or 1.1.0`);
}

/**
 * The sources of a new draft `to`, made from those of release `from` (its directory's files):
 * version set, status draft, no dates, `changeLog.from` set to `from` with no entries. Everything
 * else is copied as it is, comments included.
 * @throws SiscError `invalid-option` when `to` is not a prerelease version above `from`.
 */
export function scaffoldRelease(files: readonly SourceFile[], from: string, to: string): SourceFile[] {
  checkVersion(to, 'the new version');
  if (!semver.prerelease(to)) throw new SiscError('invalid-option', `the new version "${to}" must be a draft, a prerelease version such as ${semver.inc(from, 'prerelease') ?? '1.1.0-draft.1'}; it becomes a release with sisc criteria release.`);
  if (semver.lte(to, from)) throw new SiscError('invalid-option', `the new version "${to}" must be higher than ${from}.`);
  return files.map((f) => {
    let text = f.text;
    if (baseName(f.path) === RELEASE_FILE_NAME) {
      const doc = parse(f);
      doc.set('version', to);
      doc.set('status', 'draft');
      doc.set('dates', doc.createNode({}));
      doc.set('changeLog', doc.createNode({ from, entries: [] }));
      text = doc.toString({ lineWidth: 0 });
    }
    return { path: moveTo(f.path, to), text: renameInComments(text, from, to) };
  });
}

export interface PublishOptions {
  /** From this date declarations and audits may be made against the release (YYYY-MM-DD). */
  effectiveFrom: string;
  /** The release's version; default the draft's without its prerelease part (1.0.0-draft.2 → 1.0.0). */
  version?: string;
}

export interface PublishResult {
  /** The published release's sources (in a directory named after its version); absent when refused. */
  files?: SourceFile[];
  version: string;
  release?: CriteriaRelease;
  /** criteriaDigest of the published release, to record in released.json. */
  digest?: string;
  /** Why it was refused, with file and line; empty when published. */
  issues: SourceIssue[];
}

/**
 * Turns a draft into a published release: version without prerelease part, status effective,
 * dates.effectiveFrom, `retired.since` of the draft's own retirements set to the new version.
 * Refused (issues, no files) when the draft does not compile, is not a draft, or has an English
 * text that is missing or not made from the current Japanese: a published release is complete.
 * @throws SiscError `invalid-option` for a bad date or version.
 */
export function publishDraft(files: readonly SourceFile[], options: PublishOptions): PublishResult {
  if (!isCalendarDate(options.effectiveFrom)) throw new SiscError('invalid-option', `the effective date "${options.effectiveFrom}" is not a date such as 2027-04-01`);
  const draft = compileCriteriaSources(files);
  const fromVersion = draft.release?.version ?? '';
  const version = options.version ?? (semver.valid(fromVersion) ? `${semver.major(fromVersion)}.${semver.minor(fromVersion)}.${semver.patch(fromVersion)}` : fromVersion);
  if (!draft.release || !draft.locate) return { version, issues: draft.issues.filter((i) => i.severity === 'error') };
  checkVersion(version, 'the release version');
  if (semver.prerelease(version)) throw new SiscError('invalid-option', `the release version "${version}" must not be a prerelease; drop the part after "-".`);
  const locate = draft.locate;
  if (releaseStatusPolicy(draft.release.status).frozen) {
    return { version, issues: [locate(issue('invalid-value', 'error', '$.status', `$.status: ${fromVersion} is already published (status "${draft.release.status}"); only a draft can be released.`, { params: { expected: 'draft', found: draft.release.status } }))] };
  }
  const untranslated = checkTranslations(draft.release).map((i) => locate({ ...i, message: `${i.message}${i.code === 'stale-translation' && i.params?.found === '' ? ' (run: sisc criteria stamp)' : ''}` }));
  if (untranslated.length > 0) return { version, issues: untranslated };

  const out = files.map((f) => {
    const doc = parse(f);
    if (baseName(f.path) === RELEASE_FILE_NAME) {
      doc.set('version', version);
      doc.set('status', 'effective');
      const dates = doc.get('dates', true);
      if (isMap(dates)) dates.set('effectiveFrom', options.effectiveFrom);
      else doc.set('dates', doc.createNode({ effectiveFrom: options.effectiveFrom }));
    } else {
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && pair.key.value === 'since' && isScalar(pair.value) && pair.value.value === fromVersion) pair.value.value = version;
        },
      });
    }
    return { path: moveTo(f.path, version), text: renameInComments(doc.toString({ lineWidth: 0 }), fromVersion, version) };
  });
  const published = compileCriteriaSources(out);
  if (!published.release || !published.digest) return { version, issues: published.issues.filter((i) => i.severity === 'error') };
  return { files: out, version, release: published.release, digest: published.digest, issues: [] };
}
