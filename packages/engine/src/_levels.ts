import { assurancePolicy, issue, releaseStatusPolicy, type AssuranceMethod, type AssurancePolicy, type Blocker, type BlockerCode, type Issue, type LevelResult } from '@sisc/model/core';
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

const blocker = (code: BlockerCode, message: string, requirementId?: string): Blocker =>
  requirementId === undefined ? { code, message } : { code, message, requirementId };

/** The English words of one assurance kind's checks; the codes and what is checked come from its AssurancePolicy. */
interface AttestationWords {
  /** The attestation, as the in-future and expired messages name it. */
  readonly noun: string;
  /** The issue raised when the attestation is missing, for a kind whose policy makes that an issue. */
  readonly missingIssue: string | undefined;
  readonly missing: (level: number, mode: string) => string;
  readonly blank: (path: string, field: string) => string;
  readonly incomplete: (level: number, fields: string) => string;
}

const ATTESTATION_WORDS: Readonly<Record<AssuranceMethod, AttestationWords>> = {
  'self-declared': {
    noun: 'declaration',
    missingIssue: 'the self-declaration (signatory name, role and date) is missing.',
    missing: (L) => `Level ${L} needs a self-declaration signed by a named person in a named role; there is none.`,
    blank: (p, field) => `${p}: the signatory's ${field} is blank; a declaration is signed by a named person in a named role.`,
    incomplete: (L, fields) => `Level ${L}: the declaration does not name the signatory's ${fields}.`,
  },
  audited: {
    noun: 'audit',
    missingIssue: undefined,
    missing: (L, mode) => `Level ${L} is achieved by a certification audit only; this assessment is a ${mode}.`,
    blank: (p) => `${p}: the name is blank; an audit names its auditor and certification body.`,
    incomplete: (L, fields) => `Level ${L}: the audit does not name its ${fields}.`,
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
    return { blockers: [blocker(codes.missing, words.missing(L, a.mode))], date: undefined, datePath: undefined };
  }
  const blockers: Blocker[] = [];
  const blank = policy.names.filter((n) => textAt(att, n.path).trim() === '');
  if (blank.length > 0) {
    for (const { field, path } of blank) {
      const p = `${root}.${path.join('.')}`;
      issues.push(issue(codes.incomplete, 'error', p, words.blank(p, field), { params: { field } }));
    }
    blockers.push(blocker(codes.incomplete, words.incomplete(L, blank.map((n) => n.field).join(' and '))));
  }
  const datePath = `${root}.date`;
  if (att.date > asOf) {
    issues.push(issue(codes.inFuture, 'error', datePath, `${datePath}: the ${noun} is dated ${att.date}, after the evaluation date ${asOf}.`, { params: { found: att.date, asOf } }));
    blockers.push(blocker(codes.inFuture, `Level ${L}: the ${noun} is dated ${att.date}, after ${asOf}.`));
  }
  if (validity) {
    const until = addDurationCapped(att.date, validity);
    if (until < asOf) {
      issues.push(
        issue(codes.expired, 'error', datePath, `${datePath}: a level ${L} ${noun} is valid for ${level.declarationValidity}; the one dated ${att.date} expired after ${until}.`, {
          params: { level: L, found: att.date, validity: level.declarationValidity!, until },
        }),
      );
      blockers.push(blocker(codes.expired, `Level ${L}: the ${noun} dated ${att.date} was valid until ${until}.`));
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
 * does, or the reason (in words) when it does not.
 */
function notAccepting(pc: PreparedCriteria, date: string): string | undefined {
  const { status, dates, version } = pc.release;
  const policy = releaseStatusPolicy(status);
  const name = `${pc.release.scheme.id} ${version}`;
  switch (policy.accepts) {
    case 'always':
      return undefined;
    case 'never':
      return `${name} is ${status}; it no longer accepts declarations or audits`;
    case 'dated': {
      if (dates.effectiveFrom !== undefined && date < dates.effectiveFrom) return `${name} is effective from ${dates.effectiveFrom}, after ${date}`;
      if (policy.acceptUntilRequired && dates.acceptUntil === undefined) return `${name} is ${status} and names no date until which it accepts declarations`;
      if (dates.acceptUntil !== undefined && date > dates.acceptUntil) return `${name} accepted declarations and audits until ${dates.acceptUntil}, before ${date}`;
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
  const notSatisfied: (string | undefined)[] = new Array(results.length);
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
      issues.push(issue('criteria-not-accepting', 'error', p, `${p}: ${refusal}.`, { params: { date: acceptDate, status: pc.release.status, version: pc.release.version } }));
      blockers.push(blocker('criteria-not-accepting', `Level ${L}: ${refusal}.`));
    }
    if (!lowerAchieved) blockers.push(blocker('lower-level-not-achieved', `Level ${L} needs level ${L - 1} achieved first.`));
    for (const one of attestation.blockers) blockers.push(one);
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.level > L) continue;
      if (!r.satisfied) {
        const message = (notSatisfied[i] ??= `${r.id} (level ${r.level}) is ${describeVerdict(r.verdict, r.reasons[0])}.`);
        blockers.push(blocker('requirement-not-satisfied', message, r.id));
      } else if (assurancePolicy(level.assurance).evidenceRequired && requirements[i]!.auditedFromItsLevel && r.verdict === 'met' && counted[i] === 0) {
        blockers.push(blocker('evidence-missing', `${r.id} applies from an audited level and is answered met, but carries no evidence dated on or before ${asOf}.`, r.id));
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

function describeVerdict(verdict: string, reason: string | undefined): string {
  switch (reason) {
    case 'no-answer':
      return 'not answered';
    case 'answered-not-met':
      return 'answered not met';
    case 'na-not-allowed':
      return 'answered not applicable, which it does not allow';
    case 'na-justification-missing':
      return 'answered not applicable without the justification it requires';
    case 'evidence-stale':
      return 'stale: its newest evidence is older than its recurrence';
    case 'no-dated-evidence':
      return 'stale: it recurs, and no evidence dated on or before the evaluation date is given';
    default:
      return verdict;
  }
}
