/**
 * The shipped criteria releases: list them, get one by exact version, resolve a semver range.
 * The data is compiled at build time (src/generated); nothing is read from disk at runtime.
 */
import type { CriteriaRelease } from '@sisc/model/core';
import { createCoreRegistry, type CriteriaListing, type ResolveOptions } from './_registry.js';
import { resolveIn } from './_resolve.js';
import { RELEASES } from './generated/index.js';

// Shipped releases were checked and digested at build time: used as they are (see createCoreRegistry).
const registry = createCoreRegistry(RELEASES, { shipped: true });

/** Every shipped release, oldest first (semver order), with its status, dates, digest and title. */
export function listCriteria(): CriteriaListing[] {
  return registry.listCriteria();
}

/** The versions of every shipped release, oldest first. */
export function criteriaVersions(): string[] {
  return registry.criteriaVersions();
}

/**
 * The release with exactly this version, parsed and deeply frozen.
 * @throws SiscError `unknown-version`, listing the known versions:
 *   unknown criteria version "9.9"; known versions: 1.0.0-draft.1
 */
export function getCriteria(version: string): CriteriaRelease {
  return registry.getCriteria(version);
}

/**
 * The digest (criteriaDigest: SHA-256 of the canonical JSON) of the release with exactly this version.
 * @throws SiscError `unknown-version`, listing the known versions.
 */
export function getCriteriaDigest(version: string): string {
  return registry.getCriteriaDigest(version);
}

/**
 * The newest release whose version satisfies a semver range ("^1.0.0", "1.x", "1.0.0").
 * Drafts are considered only with `{ includeDrafts: true }`; withdrawn releases never (get them by
 * exact version with getCriteria).
 * @throws SiscError `invalid-option` for a range that is not valid semver; `no-matching-version`
 *   when no release matches (the message lists the known versions).
 */
export function resolveCriteria(range: string, options?: ResolveOptions): CriteriaRelease {
  return resolveIn(registry, range, options);
}

/**
 * The newest release with status "effective", or `undefined` when there is none. Decided by the
 * release's status, not by today's date. While every shipped release is a draft (as today), this
 * returns `undefined`.
 */
export function latestEffective(): CriteriaRelease | undefined {
  return registry.latestEffective();
}

export type { CriteriaListing, ResolveOptions };
