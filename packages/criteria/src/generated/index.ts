/* Generated from packages/criteria/data by scripts/generate.ts. Do not edit: run `pnpm generate`. */
import release_1_0_0_draft_1 from './releases/1.0.0-draft.1.json';

export interface GeneratedRelease {
  readonly version: string;
  readonly status: 'draft' | 'effective' | 'superseded' | 'withdrawn';
  /** criteriaDigest of the release. */
  readonly digest: string;
  /** The compiled release (canonical JSON). */
  readonly data: unknown;
}

/** Every compiled release, in semver order. */
export const RELEASES: readonly GeneratedRelease[] = [
  { version: '1.0.0-draft.1', status: 'draft', digest: 'f78d47a48ffa124fd2a872c5f41765e55f653f2719158d2099b7343ecbd161e5', data: release_1_0_0_draft_1 as unknown },
];

export type { Assessment_1_0_0_draft_1 } from './assessment-1.0.0-draft.1.js';

/** The typed assessment of each release, by version. */
export interface AssessmentByVersion {
  '1.0.0-draft.1': import('./assessment-1.0.0-draft.1.js').Assessment_1_0_0_draft_1;
}
