import { issue, type Blocker, type BlockerCode, type Issue, type LevelResult } from '@sisc/model/core';
import type { AssessmentView } from './_read-assessment.js';
import { addDurationCapped } from './_dates.js';
import type { Scored } from './_verdicts.js';
import type { PreparedCriteria, PreparedLevel } from './prepare.js';

/** What one level's attestation (declaration or audit) looks like, checked once. */
interface Attestation {
  /** Blockers of the attestation itself, in the order of the rules (§3.2, §3.3). */
  readonly blockers: Blocker[];
  /** The date the attestation was made, when there is one. */
  readonly date: string | undefined;
  /** Path of that date in the assessment. */
  readonly datePath: string | undefined;
}

const blocker = (code: BlockerCode, message: string, requirementId?: string): Blocker =>
  requirementId === undefined ? { code, message } : { code, message, requirementId };

/** Scoring rules §3.2: the self-declaration, checked for one self-declared level. */
function checkDeclaration(a: AssessmentView, prepared: PreparedLevel, asOf: string, issues: Issue[]): Attestation {
  const d = a.declaration;
  const { level, validity } = prepared;
  const L = level.level;
  if (!d) {
    issues.push(issue('declaration-missing', 'error', '$.declaration', '$.declaration: the self-declaration (signatory name, role and date) is missing.'));
    return { blockers: [blocker('declaration-missing', `Level ${L} needs a self-declaration signed by a named person in a named role; there is none.`)], date: undefined, datePath: undefined };
  }
  const blockers: Blocker[] = [];
  const blank: string[] = [];
  if (d.signatory.name.trim() === '') blank.push('name');
  if (d.signatory.role.trim() === '') blank.push('role');
  if (blank.length > 0) {
    for (const field of blank) {
      const p = `$.declaration.signatory.${field}`;
      issues.push(issue('declaration-incomplete', 'error', p, `${p}: the signatory's ${field} is blank; a declaration is signed by a named person in a named role.`, { params: { field } }));
    }
    blockers.push(blocker('declaration-incomplete', `Level ${L}: the declaration does not name the signatory's ${blank.join(' and ')}.`));
  }
  if (d.date > asOf) {
    const p = '$.declaration.date';
    issues.push(issue('declaration-in-future', 'error', p, `${p}: the declaration is dated ${d.date}, after the evaluation date ${asOf}.`, { params: { found: d.date, asOf } }));
    blockers.push(blocker('declaration-in-future', `Level ${L}: the declaration is dated ${d.date}, after ${asOf}.`));
  }
  if (validity) {
    const until = addDurationCapped(d.date, validity);
    if (until < asOf) {
      const p = '$.declaration.date';
      issues.push(
        issue('declaration-expired', 'error', p, `${p}: a level ${L} declaration is valid for ${level.declarationValidity}; the one dated ${d.date} expired after ${until}.`, {
          params: { level: L, found: d.date, validity: level.declarationValidity!, until },
        }),
      );
      blockers.push(blocker('declaration-expired', `Level ${L}: the declaration dated ${d.date} was valid until ${until}.`));
    }
  }
  return { blockers, date: d.date, datePath: '$.declaration.date' };
}

/** Scoring rules §3.3: the audit, checked for one audited level. */
function checkAudit(a: AssessmentView, prepared: PreparedLevel, asOf: string, issues: Issue[]): Attestation {
  const { level, validity } = prepared;
  const L = level.level;
  const audit = a.mode === 'audit' ? a.audit : undefined;
  if (!audit) {
    return { blockers: [blocker('audit-required', `Level ${L} is achieved by a certification audit only; this assessment is a ${a.mode}.`)], date: undefined, datePath: undefined };
  }
  const blockers: Blocker[] = [];
  const blank: string[] = [];
  if (audit.auditor.name.trim() === '') blank.push('auditor');
  if (audit.body.name.trim() === '') blank.push('body');
  if (blank.length > 0) {
    for (const field of blank) {
      const p = `$.audit.${field}.name`;
      issues.push(issue('audit-incomplete', 'error', p, `${p}: the name is blank; an audit names its auditor and certification body.`, { params: { field } }));
    }
    blockers.push(blocker('audit-incomplete', `Level ${L}: the audit does not name its ${blank.join(' and ')}.`));
  }
  if (audit.date > asOf) {
    const p = '$.audit.date';
    issues.push(issue('audit-in-future', 'error', p, `${p}: the audit is dated ${audit.date}, after the evaluation date ${asOf}.`, { params: { found: audit.date, asOf } }));
    blockers.push(blocker('audit-in-future', `Level ${L}: the audit is dated ${audit.date}, after ${asOf}.`));
  }
  if (validity) {
    const until = addDurationCapped(audit.date, validity);
    if (until < asOf) {
      const p = '$.audit.date';
      issues.push(
        issue('audit-expired', 'error', p, `${p}: a level ${L} audit is valid for ${level.declarationValidity}; the one dated ${audit.date} expired after ${until}.`, {
          params: { level: L, found: audit.date, validity: level.declarationValidity!, until },
        }),
      );
      blockers.push(blocker('audit-expired', `Level ${L}: the audit dated ${audit.date} was valid until ${until}.`));
    }
  }
  return { blockers, date: audit.date, datePath: '$.audit.date' };
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
  const name = `${pc.release.scheme.id} ${version}`;
  switch (status) {
    case 'draft':
      return undefined;
    case 'withdrawn':
      return `${name} is withdrawn; it no longer accepts declarations or audits`;
    case 'effective':
    case 'superseded': {
      if (dates.effectiveFrom !== undefined && date < dates.effectiveFrom) return `${name} is effective from ${dates.effectiveFrom}, after ${date}`;
      if (status === 'superseded' && dates.acceptUntil === undefined) return `${name} is superseded and names no date until which it accepts declarations`;
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
    const attestation = level.assurance === 'self-declared' ? checkDeclaration(a, prepared, asOf, issues) : checkAudit(a, prepared, asOf, issues);

    const blockers: Blocker[] = [];
    // §4 lifecycle: judged at the date of the attestation, or at asOf when there is none.
    const acceptDate = pc.release.status === 'withdrawn' ? asOf : (attestation.date ?? asOf);
    const refusal = notAccepting(pc, acceptDate);
    if (refusal !== undefined) {
      const p = pc.release.status === 'withdrawn' || attestation.datePath === undefined ? '$.criteria' : attestation.datePath;
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
      } else if (level.assurance === 'audited' && requirements[i]!.auditedFromItsLevel && r.verdict === 'met' && counted[i] === 0) {
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
  // The evidence-missing issue (§3.3) is raised once per requirement, and only for an audit.
  if (a.mode === 'audit' && pc.levels.some((l) => l.level.assurance === 'audited')) {
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
