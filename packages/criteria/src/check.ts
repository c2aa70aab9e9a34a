/**
 * `checkCriteriaSources`: one report of everything wrong with the criteria data, each problem with
 * its file and line: the YAML and the schema, the semantic rules of a release, the ID ledger
 * (IDs never removed or reused, across every release), frozen releases, translations, and — through
 * a `compare` function the caller passes in, such as @sisc/diff's — the declared change log against
 * the computed changes and the honesty of the version number. Pure: texts in, issues out.
 */
import semver from 'semver';
import { compareStrings, issue, releaseStatusPolicy, sortIssues, type CriteriaRelease, type Issue } from '@sisc/model';
import { compileCriteriaSources, type SourceFile, type SourceIssue } from './compile-sources.js';
import { checkIdHistory } from './ledger.js';
import { checkTranslations } from './translations.js';

export interface ReleaseSources {
  /** The directory's name, which is the release's version (e.g. 1.0.0-draft.2). */
  version: string;
  /** The directory's YAML files, with paths as they should appear in messages. */
  files: readonly SourceFile[];
}

export interface CheckCriteriaOptions {
  /** released.json: the frozen digest of every published release, by version. */
  released: Readonly<Record<string, string>>;
  /** How released.json is named in messages. Default "released.json". */
  releasedFile?: string;
  /** Report only this release's problems (the others are still read, as its history). */
  only?: string;
  /**
   * Compares a release with the one before it and returns the issues, with JSON paths into `to`:
   * change log against computed changes, semver honesty. @sisc/diff's `diffCriteria(from, to).issues`.
   */
  compare?: (from: CriteriaRelease, to: CriteriaRelease) => readonly Issue[];
}

export interface CheckedRelease {
  version: string;
  status?: CriteriaRelease['status'];
  digest?: string;
  /** In released.json, with this digest. */
  frozen: boolean;
  errors: number;
  warnings: number;
}

export interface CriteriaCheck {
  releases: CheckedRelease[];
  /** Every problem, sorted by file, line and column. */
  issues: SourceIssue[];
}

/** Issue codes of the comparison that the ID ledger reports already, more broadly. */
const LEDGER_CODES = new Set(['id-removed', 'id-reused']);

/** Orders release versions (directory names); names that are not versions go last. */
export function compareVersions(a: string, b: string): number {
  const va = semver.valid(a);
  const vb = semver.valid(b);
  if (va && vb) return semver.compare(va, vb);
  if (va) return -1;
  if (vb) return 1;
  return compareStrings(a, b);
}

export function checkCriteriaSources(dirs: readonly ReleaseSources[], options: CheckCriteriaOptions): CriteriaCheck {
  const releasedFile = options.releasedFile ?? 'released.json';
  const sorted = [...dirs].sort((a, b) => compareVersions(a.version, b.version));
  const out: SourceIssue[] = [];
  const counted = new Map<string, SourceIssue[]>();
  const report = (version: string, list: readonly SourceIssue[]) => {
    const mine = counted.get(version) ?? [];
    for (const one of list) mine.push(one);
    counted.set(version, mine);
  };
  const compiled: { version: string; release: CriteriaRelease; digest: string; locate: (i: Issue) => SourceIssue }[] = [];

  for (const dir of sorted) {
    const result = compileCriteriaSources(dir.files);
    const draft = result.release !== undefined && !releaseStatusPolicy(result.release.status).frozen;
    // Translations: the compiler warns about stale ones; checkTranslations also finds unstamped and
    // missing ones. A draft may still lack English; a published release may not.
    const own = result.release ? result.issues.filter((i) => i.code !== 'stale-translation' && i.code !== 'missing-translation') : result.issues;
    report(dir.version, own);
    if (result.release && result.digest && result.locate) {
      compiled.push({ version: result.release.version, release: result.release, digest: result.digest, locate: result.locate });
      for (const t of checkTranslations(result.release)) {
        if (draft && t.code === 'missing-translation') continue;
        const unstamped = t.code === 'stale-translation' && t.params?.found === '';
        const note = unstamped ? ' (run: sisc criteria stamp)' : '';
        report(dir.version, [result.locate({ ...t, severity: draft ? 'warning' : 'error', message: `${t.message}${note}` })]);
      }
    }
  }

  // The ID ledger, over every release that compiled.
  const history = checkIdHistory(compiled.map((c) => c.release));
  for (const c of compiled) report(c.version, (history.get(c.version) ?? []).map((i) => c.locate(i)));

  // Each release against the one before it.
  if (options.compare) {
    for (let k = 1; k < compiled.length; k++) {
      const from = compiled[k - 1]!;
      const to = compiled[k]!;
      const found = options.compare(from.release, to.release).filter((i) => !LEDGER_CODES.has(i.code));
      report(to.version, found.map((i) => to.locate(i)));
    }
  }

  // Frozen releases.
  const byVersion = new Map(compiled.map((c) => [c.version, c]));
  for (const [version, digest] of Object.entries(options.released)) {
    const c = byVersion.get(version);
    if (!c) {
      if (sorted.some((d) => d.version === version)) continue; // it does not compile: reported above
      const i = issue('id-removed', 'error', '$', `${releasedFile}: the released version ${version} has disappeared; released versions are frozen and stay (mark them superseded or withdrawn in a new release instead).`, { params: { id: version, to: version } });
      report(version, [{ ...i, file: releasedFile, line: 1, column: 1 }]);
    } else if (c.digest !== digest) {
      const i = issue('invalid-value', 'error', '$.version', `$.version: ${version} is released and frozen, but its content changed (its digest is ${c.digest}; ${releasedFile} records ${digest}). Undo the edit, and make the change in a new release: sisc criteria new.`, { params: { expected: digest, found: c.digest } });
      report(version, [c.locate(i)]);
    } else if (!releaseStatusPolicy(c.release.status).frozen) {
      report(version, [c.locate(issue('invalid-value', 'error', '$.status', `$.status: ${version} is released, so its status cannot be "draft".`, { params: { expected: 'effective', found: 'draft' } }))]);
    }
  }
  for (const c of compiled) {
    if (releaseStatusPolicy(c.release.status).frozen && !(c.version in options.released)) {
      const i = issue('invalid-value', 'error', '$.status', `$.status: ${c.version} has status "${c.release.status}" but is not frozen in ${releasedFile}; publish a draft with sisc criteria release, which records its digest.`, { params: { expected: 'draft', found: c.release.status } });
      report(c.version, [c.locate(i)]);
    }
  }

  const releases: CheckedRelease[] = [];
  for (const dir of sorted) {
    const c = compiled.find((x) => x.version === dir.version) ?? byVersion.get(dir.version);
    const mine = counted.get(dir.version) ?? [];
    if (options.only === undefined || options.only === dir.version) for (const one of mine) out.push(one);
    releases.push({
      version: dir.version,
      ...(c ? { status: c.release.status, digest: c.digest } : {}),
      frozen: c !== undefined && options.released[dir.version] === c.digest,
      errors: mine.filter((i) => i.severity === 'error').length,
      warnings: mine.filter((i) => i.severity === 'warning').length,
    });
  }
  for (const [version, list] of counted) {
    if (sorted.some((d) => d.version === version)) continue;
    if (options.only === undefined || options.only === version) for (const one of list) out.push(one);
  }
  return { releases: options.only === undefined ? releases : releases.filter((r) => r.version === options.only), issues: sortSourceIssues(out) };
}

export function sortSourceIssues(list: readonly SourceIssue[]): SourceIssue[] {
  return (sortIssues(list) as SourceIssue[]).sort(
    (a, b) => compareStrings(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareStrings(a.path, b.path) || compareStrings(a.code, b.code),
  );
}
