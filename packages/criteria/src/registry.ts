/**
 * The shipped criteria releases: list them, get one by exact version, resolve a semver range.
 * The data is compiled at build time (src/generated); nothing is read from disk at runtime.
 */
import semver from 'semver';
import { parseCriteria, SiscError, type CriteriaRelease, type LocalizedText, type ReleaseStatus } from '@sisc/model';
import { RELEASES, type GeneratedRelease } from './generated/index.js';

export interface CriteriaListing {
  version: string;
  status: ReleaseStatus;
  dates: CriteriaRelease['dates'];
  /** criteriaDigest of the release (SHA-256, 64 hex digits). */
  digest: string;
  title: LocalizedText;
}

export interface ResolveOptions {
  /** Also consider draft releases (prerelease versions such as 1.0.0-draft.1). Default false. */
  includeDrafts?: boolean;
}

const SORTED: readonly GeneratedRelease[] = [...RELEASES].sort((a, b) => semver.compare(a.version, b.version));
const cache = new Map<string, CriteriaRelease>();

function knownVersions(): string {
  return SORTED.map((r) => r.version).join(', ') || 'none';
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function load(entry: GeneratedRelease): CriteriaRelease {
  let release = cache.get(entry.version);
  if (!release) {
    release = deepFreeze(parseCriteria(entry.data));
    cache.set(entry.version, release);
  }
  return release;
}

/** Every shipped release, oldest first (semver order), with its status, dates and digest. */
export function listCriteria(): CriteriaListing[] {
  return SORTED.map((entry) => {
    const r = load(entry);
    return { version: r.version, status: r.status, dates: r.dates, digest: entry.digest, title: r.title };
  });
}

/** The versions of every shipped release, oldest first. */
export function criteriaVersions(): string[] {
  return SORTED.map((r) => r.version);
}

/**
 * The release with exactly this version, parsed and deeply frozen.
 * @throws SiscError `unknown-version`, listing the known versions.
 */
export function getCriteria(version: string): CriteriaRelease {
  const entry = SORTED.find((r) => r.version === version);
  if (!entry) throw new SiscError('unknown-version', `unknown criteria version ${JSON.stringify(version)}; known versions: ${knownVersions()}`);
  return load(entry);
}

/**
 * The digest (criteriaDigest) of the release with exactly this version.
 * @throws SiscError `unknown-version`, listing the known versions.
 */
export function getCriteriaDigest(version: string): string {
  const entry = SORTED.find((r) => r.version === version);
  if (!entry) throw new SiscError('unknown-version', `unknown criteria version ${JSON.stringify(version)}; known versions: ${knownVersions()}`);
  return entry.digest;
}

/**
 * The newest release whose version satisfies a semver range (e.g. "^1.0.0", "1.x", "1.0.0").
 * Drafts are considered only with `includeDrafts: true`; withdrawn releases never.
 * @throws SiscError `invalid-option` for a range that is not valid semver, `no-matching-version`
 * when no release matches (the message lists the known versions).
 */
export function resolveCriteria(range: string, options: ResolveOptions = {}): CriteriaRelease {
  const includeDrafts = options.includeDrafts ?? false;
  if (typeof range !== 'string' || semver.validRange(range) === null) {
    throw new SiscError('invalid-option', `${JSON.stringify(range)} is not a valid semver range (e.g. "^1.0.0", "1.x" or an exact version); known versions: ${knownVersions()}`);
  }
  const candidates = SORTED.filter((r) => r.status !== 'withdrawn' && (includeDrafts || r.status !== 'draft')).map((r) => r.version);
  const best = semver.maxSatisfying(candidates, range, { includePrerelease: includeDrafts });
  if (best === null) {
    const hint = !includeDrafts && SORTED.some((r) => r.status === 'draft' && semver.satisfies(r.version, range, { includePrerelease: true })) ? ' (a draft matches: pass { includeDrafts: true } to use it)' : '';
    throw new SiscError('no-matching-version', `no criteria release matches ${JSON.stringify(range)}${includeDrafts ? '' : ' among released versions'}${hint}; known versions: ${knownVersions()}`);
  }
  return getCriteria(best);
}

/**
 * The newest release with status "effective", or `undefined` when there is none (as long as every
 * shipped release is a draft, there is none). Decided by status, not by today's date.
 */
export function latestEffective(): CriteriaRelease | undefined {
  const effective = SORTED.filter((r) => r.status === 'effective');
  const last = effective[effective.length - 1];
  return last ? load(last) : undefined;
}
