import {
  assurancePolicy,
  blockerMessage,
  issue,
  refusalText,
  releaseStatusPolicy,
  type AssuranceMethod,
  type AssurancePolicy,
  type Blocker,
  type BlockerCode,
  type BlockerParams,
  type Issue,
  type LevelResult,
  type RefusalParams,
} from '@sisc/model/core';
import type { AssessmentView } from './_read-assessment.js';
import { addDurationCapped } from './_dates.js';
import type { Scored } from './_verdicts.js';
import type { PreparedCriteria, PreparedLevel } from './prepare.js';

/** What one level's attestation (declaration or audit) looks like, checked once. */
interface Attestation {
  /** Blockers of the attestation itself, in the order of the rules (§3.1, §3.2). */
  readonly blockers: Blocker[];
  /** The date the attestation was made, when there is one. */
  readonly date: string | undefined;
  /** Path of that date in the assessment. */
  readonly datePath: string | undefined;
}

/** A blocker as code + params; its message is the vocabulary's English sentence (model/src/vocabulary). */
function blocker<C extends BlockerCode>(code: C, params: BlockerParams[C], requirementId?: string): Blocker {
  const message = blockerMessage(code, params, 'en');
  const values = params as unknown as Record<string, string | number>;
  return requirementId === undefined ? { code, message, params: values } : { code, message, requirementId, params: values };
}

/** The English words of one assurance kind's checks; the codes and what is checked come from its AssurancePolicy. */
interface AttestationWords {
  /** The attestation, as the in-future and expired messages name it. */
  readonly noun: string;
  /** The issue raised when the attestation is missing, for a kind whose policy makes that an issue. */
  readonly missingIssue: string | undefined;
  readonly blank: (path: string, field: string) => string;
}

const ATTESTATION_WORDS: Readonly<Record<AssuranceMethod, AttestationWords>> = {
  'self-declared': {
    noun: 'declaration',
    missingIssue: 'the self-declaration (signatory name, role and date) is missing.',
    blank: (p, field) => `${p}: the signatory's ${field} is blank; a declaration is signed by a named person in a named role.`,
  },
  audited: {
    noun: 'audit',
    missingIssue: undefined,
    blank: (p) => `${p}: the name is blank; an audit names its auditor and certification body.`,
  },
};

interface AttestationView {
  readonly date: string;
}

/** The attestation a policy reads, when the assessment carries it. */
function attestationOf(a: AssessmentView, policy: AssurancePolicy): AttestationView | undefined {
  if (policy.requiresMode !== undefined && a.mode !== policy.requiresMode) return undefined;
  return a[policy.attestation];
}

function textAt(value: unknown, path: readonly string[]): string {
  let v = value;
  for (const key of path) v = (v as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : '';
}

/**
 * Scoring rules §3.1 (self-declared levels) and §3.2 (audited levels): the attestation one level
 * relies on, checked as its assurance kind's policy says.
 */
function checkAttestation(a: AssessmentView, prepared: PreparedLevel, asOf: string, issues: Issue[]): Attestation {
  const { level, validity } = prepared;
  const L = level.level;
  const policy = assurancePolicy(level.assurance);
  const words = ATTESTATION_WORDS[level.assurance];
  const codes = policy.codes;
  const noun = words.noun;
  const root = `$.${policy.attestation}`;
  const att = attestationOf(a, policy);
  if (!att) {
    if (policy.missingIssue !== undefined && words.missingIssue !== undefined) issues.push(issue(policy.missingIssue, 'error', root, `${root}: ${words.missingIssue}`));
    return { blockers: [blocker(codes.missing, { level: L, mode: a.mode })], date: undefined, datePath: undefined };
  }
  const blockers: Blocker[] = [];
  const blank = policy.names.filter((n) => textAt(att, n.path).trim() === '');
  if (blank.length > 0) {
    for (const { field, path } of blank) {
      const p = `${root}.${path.join('.')}`;
      issues.push(issue(codes.incomplete, 'error', p, words.blank(p, field), { params: { field } }));
    }
    blockers.push(blocker(codes.incomplete, { level: L, missing: blank.map((n) => n.field).join(' and ') } as BlockerParams[typeof codes.incomplete]));
  }
  const datePath = `${root}.date`;
  if (att.date > asOf) {
    issues.push(issue(codes.inFuture, 'error', datePath, `${datePath}: the ${noun} is dated ${att.date}, after the evaluation date ${asOf}.`, { params: { found: att.date, asOf } }));
    blockers.push(blocker(codes.inFuture, { level: L, date: att.date, asOf }));
  }
  if (validity) {
    const until = addDurationCapped(att.date, validity);
    if (until < asOf) {
      issues.push(
        issue(codes.expired, 'error', datePath, `${datePath}: a level ${L} ${noun} is valid for ${level.declarationValidity}; the one dated ${att.date} expired after ${until}.`, {
          params: { level: L, found: att.date, validity: level.declarationValidity!, until },
        }),
      );
      blockers.push(blocker(codes.expired, { level: L, date: att.date, until }));
    }
  }
  return { blockers, date: att.date, datePath };
}

/** The last date an attestation stays valid at its level, when the level sets a validity. */
function validityEnd(prepared: PreparedLevel, attestation: Attestation): string | undefined {
  if (prepared.validity === undefined || attestation.date === undefined) return undefined;
  return addDurationCapped(attestation.date, prepared.validity);
}

/**
 * Scoring rules §4: does the release accept an attestation made on `date`? Returns undefined when it
 * does, or the reason (as the vocabulary's params) when it does not.
 */
function notAccepting(pc: PreparedCriteria, date: string): RefusalParams | undefined {
  const { status, dates, version } = pc.release;
  const policy = releaseStatusPolicy(status);
  const release = `${pc.release.scheme.id} ${version}`;
  switch (policy.accepts) {
    case 'always':
      return undefined;
    case 'never':
      return { release, status, refusal: 'withdrawn', date };
    case 'dated': {
      if (dates.effectiveFrom !== undefined && date < dates.effectiveFrom) return { release, status, refusal: 'not-yet-effective', date, limit: dates.effectiveFrom };
      if (policy.acceptUntilRequired && dates.acceptUntil === undefined) return { release, status, refusal: 'no-accept-until', date };
      if (dates.acceptUntil !== undefined && date > dates.acceptUntil) return { release, status, refusal: 'no-longer-accepting', date, limit: dates.acceptUntil };
      return undefined;
    }
  }
}

/**
 * Scoring rules §3: one LevelResult per level of the release, in order. Pushes the issues the
 * declaration, the audit and the release's lifecycle raise.
 */
export function scoreLevels(pc: PreparedCriteria, a: AssessmentView, scored: Scored, asOf: string, issues: Issue[]): LevelResult[] {
  const out: LevelResult[] = [];
  const { results, prepared: requirements, counted } = scored;
  // The words for an unsatisfied requirement, made once though it blocks every level from its own up.
  const notSatisfied: (Blocker | undefined)[] = new Array(results.length);
  let lowerAchieved = true;
  let validUntil: string | undefined;
  for (const prepared of pc.levels) {
    const level = prepared.level;
    const L = level.level;
    // The attestation this level relies on. Checked per level, as validity can differ per level;
    // issues raised twice in the same words are merged by sortIssues.
    const attestation = checkAttestation(a, prepared, asOf, issues);

    const blockers: Blocker[] = [];
    // §4 lifecycle: judged at the date of the attestation, or at asOf when there is none.
    const accepts = releaseStatusPolicy(pc.release.status).accepts;
    const acceptDate = accepts === 'never' ? asOf : (attestation.date ?? asOf);
    const refusal = notAccepting(pc, acceptDate);
    if (refusal !== undefined) {
      const p = accepts === 'never' || attestation.datePath === undefined ? '$.criteria' : attestation.datePath;
      issues.push(issue('criteria-not-accepting', 'error', p, `${p}: ${refusalText(refusal, 'en')}.`, { params: { ...refusal, version: pc.release.version } }));
      blockers.push(blocker('criteria-not-accepting', { level: L, ...refusal }));
    }
    if (!lowerAchieved) blockers.push(blocker('lower-level-not-achieved', { level: L }));
    for (const one of attestation.blockers) blockers.push(one);
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.level > L) continue;
      if (!r.satisfied) {
        // The blocker's words, made once though it blocks every level from its own up.
        const made = (notSatisfied[i] ??= blocker('requirement-not-satisfied', r.reasons[0] === undefined ? { id: r.id, level: r.level, verdict: r.verdict } : { id: r.id, level: r.level, verdict: r.verdict, reason: r.reasons[0] }, r.id));
        blockers.push({ ...made });
      } else if (assurancePolicy(level.assurance).evidenceRequired && requirements[i]!.auditedFromItsLevel && r.verdict === 'met' && counted[i] === 0) {
        blockers.push(blocker('evidence-missing', { id: r.id, asOf }, r.id));
      }
    }
    const achieved = blockers.length === 0;
    const end = validityEnd(prepared, attestation);
    if (end !== undefined && (validUntil === undefined || end < validUntil)) validUntil = end;
    const result: LevelResult = { level: L, achieved, blockers };
    if (achieved && validUntil !== undefined) result.validUntil = validUntil;
    out.push(result);
    lowerAchieved = achieved;
  }
  // The evidence-missing issue (§3.2) is raised once per requirement, and only in the mode of a
  // level that requires evidence (an audit).
  if (pc.levels.some((l) => { const p = assurancePolicy(l.level.assurance); return p.evidenceRequired && p.requiresMode === a.mode; })) {
    for (let i = 0; i < results.length; i++) {
      if (requirements[i]!.auditedFromItsLevel && results[i]!.verdict === 'met' && counted[i] === 0) {
        const id = results[i]!.id;
        const p = `${requirements[i]!.answerPath}.evidence`;
        issues.push(issue('evidence-missing', 'error', p, `${p}: ${id} applies from an audited level, so an audit needs at least one evidence item for it dated on or before ${asOf}.`, { requirementId: id, params: { id } }));
      }
    }
  }
  return out;
}
