/**
 * The scheme's policies as data: one frozen record per release status and per assurance kind.
 * Code asks a record (`releaseStatusPolicy(status).provisional`), never `if (status === 'draft')`,
 * so that what a status or an assurance kind means is written once, here (the pattern of
 * CycloneDX-javascript-library's per-version capability records).
 */
import type { AssessmentMode } from './vocabulary/terms.js';
import type { ASSURANCE_METHODS, ReleaseStatus } from './schemas/criteria.js';
import type { BlockerCode } from './schemas/result.js';
import type { IssueCode } from './issues.js';

/** A code that names both a blocker and the issue raised with it. */
export type AttestationCode = Extract<BlockerCode, IssueCode>;

/** How a release in one status behaves (docs/scoring.md §4, docs/versioning.md). */
export interface ReleaseStatusPolicy {
  readonly status: ReleaseStatus;
  /** A result against the release is provisional (`basis.provisional`): the criteria may still change. */
  readonly provisional: boolean;
  /** The version carries a prerelease part (`1.0.0-draft.1`); when false, it must not. */
  readonly prereleaseVersion: boolean;
  /** Every text needs an English translation. */
  readonly englishRequired: boolean;
  /** The release must say from when it is effective (`dates.effectiveFrom`). */
  readonly effectiveFromRequired: boolean;
  /**
   * Which attestations (declarations, audits) the release accepts: `always`; `dated`, those dated
   * within `effectiveFrom`…`acceptUntil` (each bound only when set); `never`.
   */
  readonly accepts: 'always' | 'dated' | 'never';
  /** With `accepts: 'dated'`: the release accepts nothing unless it names `acceptUntil`. */
  readonly acceptUntilRequired: boolean;
  /**
   * Whether `resolveCriteria(range)` may pick the release: `by-default`; `with-drafts`, only when
   * asked to include drafts; `never`.
   */
  readonly resolvable: 'by-default' | 'with-drafts' | 'never';
  /** The release is in force and not replaced: the kind `latestEffective()` returns. */
  readonly current: boolean;
  /**
   * The release is published: its content is frozen by the digest `sisc criteria release` recorded
   * in released.json, and a change goes into a new release. A draft may still be edited.
   */
  readonly frozen: boolean;
}

const freezeAll = <T extends object>(o: T): T => {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) freezeAll(v);
  return Object.freeze(o);
};

/** One record per release status. Frozen. */
export const RELEASE_STATUS_POLICIES: Readonly<Record<ReleaseStatus, ReleaseStatusPolicy>> = freezeAll({
  draft: {
    status: 'draft',
    provisional: true,
    prereleaseVersion: true,
    englishRequired: false,
    effectiveFromRequired: false,
    accepts: 'always',
    acceptUntilRequired: false,
    resolvable: 'with-drafts',
    current: false,
    frozen: false,
  },
  effective: {
    status: 'effective',
    provisional: false,
    prereleaseVersion: false,
    englishRequired: true,
    effectiveFromRequired: true,
    accepts: 'dated',
    acceptUntilRequired: false,
    resolvable: 'by-default',
    current: true,
    frozen: true,
  },
  superseded: {
    status: 'superseded',
    provisional: false,
    prereleaseVersion: false,
    englishRequired: true,
    effectiveFromRequired: true,
    accepts: 'dated',
    acceptUntilRequired: true,
    resolvable: 'by-default',
    current: false,
    frozen: true,
  },
  withdrawn: {
    status: 'withdrawn',
    provisional: false,
    prereleaseVersion: false,
    englishRequired: true,
    effectiveFromRequired: true,
    accepts: 'never',
    acceptUntilRequired: false,
    resolvable: 'never',
    current: false,
    frozen: true,
  },
} satisfies Record<ReleaseStatus, ReleaseStatusPolicy>);

/** The policy of one release status. */
export function releaseStatusPolicy(status: ReleaseStatus): ReleaseStatusPolicy {
  return RELEASE_STATUS_POLICIES[status];
}

export type AssuranceMethod = (typeof ASSURANCE_METHODS)[number];

/**
 * How a level of one assurance kind is attested (docs/scoring.md §3.1, §3.2): which part of the
 * assessment carries the attestation, which names it must give, and which blocker and issue codes
 * its checks raise. One checker (the engine's) reads these records for every kind.
 */
export interface AssurancePolicy {
  readonly assurance: AssuranceMethod;
  /** The assessment's member that carries the attestation. */
  readonly attestation: 'declaration' | 'audit';
  /** The assessment mode the attestation needs, when only one mode carries it. */
  readonly requiresMode: AssessmentMode | undefined;
  /** The issue a missing attestation raises (error at `$.<attestation>`), when it is one. */
  readonly missingIssue: AttestationCode | undefined;
  /** The names the attestation must give: each a field (as issues name it) and its path under the attestation. */
  readonly names: readonly { readonly field: string; readonly path: readonly string[] }[];
  /** The codes (blocker and issue alike) of the checks, in the order of the rules. */
  readonly codes: {
    readonly missing: BlockerCode;
    readonly incomplete: AttestationCode;
    readonly inFuture: AttestationCode;
    readonly expired: AttestationCode;
  };
  /**
   * Requirements that apply from a level of this kind need at least one counted evidence item when
   * answered met (blocker and, in an audit, issue `evidence-missing`).
   */
  readonly evidenceRequired: boolean;
}

/** One record per assurance kind. Frozen. */
export const ASSURANCE_POLICIES: Readonly<Record<AssuranceMethod, AssurancePolicy>> = freezeAll({
  'self-declared': {
    assurance: 'self-declared',
    attestation: 'declaration',
    requiresMode: undefined,
    missingIssue: 'declaration-missing',
    names: [
      { field: 'name', path: ['signatory', 'name'] },
      { field: 'role', path: ['signatory', 'role'] },
    ],
    codes: { missing: 'declaration-missing', incomplete: 'declaration-incomplete', inFuture: 'declaration-in-future', expired: 'declaration-expired' },
    evidenceRequired: false,
  },
  audited: {
    assurance: 'audited',
    attestation: 'audit',
    requiresMode: 'audit',
    missingIssue: undefined,
    names: [
      { field: 'auditor', path: ['auditor', 'name'] },
      { field: 'body', path: ['body', 'name'] },
    ],
    codes: { missing: 'audit-required', incomplete: 'audit-incomplete', inFuture: 'audit-in-future', expired: 'audit-expired' },
    evidenceRequired: true,
  },
} satisfies Record<AssuranceMethod, AssurancePolicy>);

/** The policy of one assurance kind. */
export function assurancePolicy(assurance: AssuranceMethod): AssurancePolicy {
  return ASSURANCE_POLICIES[assurance];
}

