import semver from 'semver';
import { parseCriteria, releaseStatusPolicy, SiscError, type CriteriaRelease, type LocalizedText, type ReleaseStatus } from '@sisc/model';

/** One compiled release as the generated index lists it. */
export interface RegistryEntry {
  readonly version: string;
  readonly status: ReleaseStatus;
  /** criteriaDigest of the release. */
  readonly digest: string;
  /** The compiled release (canonical JSON, parsed on first use). */
  readonly data: unknown;
}

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

export interface CriteriaRegistry {
  listCriteria(): CriteriaListing[];
  criteriaVersions(): string[];
  getCriteria(version: string): CriteriaRelease;
  getCriteriaDigest(version: string): string;
  resolveCriteria(range: string, options?: ResolveOptions): CriteriaRelease;
  latestEffective(): CriteriaRelease | undefined;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The API over a set of compiled releases: the package's own, or a test's. */
export function createRegistry(entries: readonly RegistryEntry[]): CriteriaRegistry {
  const sorted = [...entries].sort((a, b) => semver.compare(a.version, b.version));
  const cache = new Map<string, CriteriaRelease>();
  const known = () => sorted.map((r) => r.version).join(', ') || 'none';

  const entry = (version: string): RegistryEntry => {
    const found = sorted.find((r) => r.version === version);
    if (!found) throw new SiscError('unknown-version', `unknown criteria version ${JSON.stringify(version)}; known versions: ${known()}`);
    return found;
  };
  const load = (e: RegistryEntry): CriteriaRelease => {
    let release = cache.get(e.version);
    if (!release) {
      release = deepFreeze(parseCriteria(e.data));
      cache.set(e.version, release);
    }
    return release;
  };

  return {
    listCriteria: () =>
      sorted.map((e) => {
        const r = load(e);
        return { version: r.version, status: r.status, dates: r.dates, digest: e.digest, title: r.title };
      }),
    criteriaVersions: () => sorted.map((e) => e.version),
    getCriteria: (version) => load(entry(version)),
    getCriteriaDigest: (version) => entry(version).digest,
    resolveCriteria: (range, options = {}) => {
      const includeDrafts = options.includeDrafts ?? false;
      if (typeof range !== 'string' || semver.validRange(range) === null) {
        throw new SiscError('invalid-option', `${JSON.stringify(range)} is not a valid semver range (e.g. "^1.0.0", "1.x" or an exact version); known versions: ${known()}`);
      }
      const allowed = includeDrafts ? ['by-default', 'with-drafts'] : ['by-default'];
      const candidates = sorted.filter((e) => allowed.includes(releaseStatusPolicy(e.status).resolvable)).map((e) => e.version);
      const best = semver.maxSatisfying(candidates, range, { includePrerelease: includeDrafts });
      if (best === null) {
        const draftMatches = !includeDrafts && sorted.some((e) => releaseStatusPolicy(e.status).resolvable === 'with-drafts' && semver.satisfies(e.version, range, { includePrerelease: true }));
        const hint = draftMatches ? ' (a draft matches: pass { includeDrafts: true } to use it)' : '';
        throw new SiscError('no-matching-version', `no criteria release matches ${JSON.stringify(range)}${includeDrafts ? '' : ' among non-draft releases'}${hint}; known versions: ${known()}`);
      }
      return load(entry(best));
    },
    latestEffective: () => {
      const effective = sorted.filter((e) => releaseStatusPolicy(e.status).current);
      const last = effective[effective.length - 1];
      return last ? load(last) : undefined;
    },
  };
}
