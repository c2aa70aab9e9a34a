import { loadedChecks, rememberCheckedRelease, releaseStatusPolicy, SiscError, ValidationError, type CriteriaRelease, type LocalizedText, type ReleaseStatus } from '@sisc/model/core';
import { resolveIn } from './_resolve.js';

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

/** SemVer 2.0.0 precedence (§11) of two valid versions; build metadata ignored. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = '', pre] = v.split('+')[0]!.split(/-(.*)/s);
    return { nums: core.split('.').map(Number), pre: pre === undefined ? undefined : pre.split('.') };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return x.nums[i]! < y.nums[i]! ? -1 : 1;
  if (x.pre === undefined || y.pre === undefined) return x.pre === y.pre ? 0 : x.pre === undefined ? 1 : -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) < Number(q) ? -1 : 1;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** The registry without resolveCriteria (which needs semver ranges): what getCriteria needs. */
export type CoreRegistry = Omit<CriteriaRegistry, 'resolveCriteria'> & {
  /** The entries, oldest first. */
  readonly sorted: readonly RegistryEntry[];
  /** The release of an entry, parsed (or, when shipped, checked at build time) and deeply frozen. */
  load(entry: RegistryEntry): CriteriaRelease;
  /** "1.0.0-draft.1, 1.0.0", or "none". */
  known(): string;
  entry(version: string): RegistryEntry;
};

export interface RegistryOptions {
  /**
   * The entries are the releases shipped in this package: compiled, checked and digested at build
   * time (test/shipped.test.ts holds every one to that), so they are used as they are, frozen and
   * remembered as checked, instead of being parsed and hashed again at every start.
   */
  shipped?: boolean;
}

/** The registry's API over a set of compiled releases, without semver ranges. */
export function createCoreRegistry(entries: readonly RegistryEntry[], options: RegistryOptions = {}): CoreRegistry {
  const sorted = [...entries].sort((a, b) => compareVersions(a.version, b.version));
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
      if (options.shipped) {
        release = deepFreeze(e.data as CriteriaRelease);
        rememberCheckedRelease(release, e.digest);
      } else {
        // Any other set (a test's) is checked in full: loaded wherever @sisc/model is imported.
        const checks = loadedChecks();
        if (checks === undefined) throw new SiscError('checks-not-loaded', 'A criteria release that was not shipped is checked in full before it is used; import @sisc/model first.');
        const parsed = checks.safeParseCriteria(e.data);
        if (!parsed.success) throw new ValidationError('invalid-criteria', 'The criteria release', parsed.issues);
        release = deepFreeze(parsed.data);
      }
      cache.set(e.version, release);
    }
    return release;
  };

  return {
    sorted,
    load,
    known,
    entry,
    listCriteria: () =>
      sorted.map((e) => {
        const r = load(e);
        return { version: r.version, status: r.status, dates: r.dates, digest: e.digest, title: r.title };
      }),
    criteriaVersions: () => sorted.map((e) => e.version),
    getCriteria: (version) => load(entry(version)),
    getCriteriaDigest: (version) => entry(version).digest,
    latestEffective: () => {
      const effective = sorted.filter((e) => releaseStatusPolicy(e.status).current);
      const last = effective[effective.length - 1];
      return last ? load(last) : undefined;
    },
  };
}

/** The API over a set of compiled releases: the package's own, or a test's. */
export function createRegistry(entries: readonly RegistryEntry[], options: RegistryOptions = {}): CriteriaRegistry {
  const core = createCoreRegistry(entries, options);
  return {
    listCriteria: core.listCriteria,
    criteriaVersions: core.criteriaVersions,
    getCriteria: core.getCriteria,
    getCriteriaDigest: core.getCriteriaDigest,
    latestEffective: core.latestEffective,
    resolveCriteria: (range, opts) => resolveIn(core, range, opts),
  };
}
