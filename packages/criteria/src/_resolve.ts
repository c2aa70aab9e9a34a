/** resolveCriteria: the one part of the registry that needs semver ranges (and the semver package). */
import semver from 'semver';
import { releaseStatusPolicy, SiscError, type CriteriaRelease } from '@sisc/model/core';
import type { CoreRegistry, ResolveOptions } from './_registry.js';

export function resolveIn(registry: CoreRegistry, range: string, options: ResolveOptions = {}): CriteriaRelease {
  const { sorted, known, load, entry } = registry;
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
}
