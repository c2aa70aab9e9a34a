import { blockerMessage, issue, refusalText, type Blocker, type BlockerCode, type BlockerParams, type Issue, type LevelResult, type RefusalParams } from '@sisc/model';
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

/** A blocker as code + params; its message is the vocabulary's English sentence (model/src/vocabulary). */
function blocker<C extends BlockerCode>(code: C, params: BlockerParams[C], requirementId?: string): Blocker {
  const message = blockerMessage(code, params, 'en');
  const values = params as unknown as Record<string, string | number>;
  return requirementId === undefined ? { code, message, params: values } : { code, message, requirementId, params: values };
}

/** Scoring rules §3.2: the self-declaration, checked for one self-declared level. */
function checkDeclaration(a: AssessmentView, prepared: PreparedLevel, asOf: string, issues: Issue[]): Attestation {
  const d = a.declaration;
  const { level, validity } = prepared;
  const L = level.level;
  if (!d) {
    issues.push(issue('declaration-missing', 'error', '$.declaration', '$.declaration: the self-declaration (signatory name, role and date) is missing.'));
    return { blockers: [blocker('declaration-missing', { level: L })], date: undefined, datePath: undefined };
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
    blockers.push(blocker('declaration-incomplete', { level: L, missing: blank.join(' and ') as BlockerParams['declaration-incomplete']['missing'] }));
  }
  if (d.date > asOf) {
    const p = '$.declaration.date';
    issues.push(issue('declaration-in-future', 'error', p, `${p}: the declaration is dated ${d.date}, after the evaluation date ${asOf}.`, { params: { found: d.date, asOf } }));
    blockers.push(blocker('declaration-in-future', { level: L, date: d.date, asOf }));
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
      blockers.push(blocker('declaration-expired', { level: L, date: d.date, until }));
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
    return { blockers: [blocker('audit-required', { level: L, mode: a.mode })], date: undefined, datePath: undefined };
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
    blockers.push(blocker('audit-incomplete', { level: L, missing: blank.join(' and ') as BlockerParams['audit-incomplete']['missing'] }));
  }
  if (audit.date > asOf) {
    const p = '$.audit.date';
    issues.push(issue('audit-in-future', 'error', p, `${p}: the audit is dated ${audit.date}, after the evaluation date ${asOf}.`, { params: { found: audit.date, asOf } }));
    blockers.push(blocker('audit-in-future', { level: L, date: audit.date, asOf }));
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
      blockers.push(blocker('audit-expired', { level: L, date: audit.date, until }));
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
 * does, or the reason (as the vocabulary's params) when it does not.
 */
function notAccepting(pc: PreparedCriteria, date: string): RefusalParams | undefined {
  const { status, dates, version } = pc.release;
  const release = `${pc.release.scheme.id} ${version}`;
  switch (status) {
    case 'draft':
      return undefined;
    case 'withdrawn':
      return { release, refusal: 'withdrawn', date };
    case 'effective':
    case 'superseded': {
      if (dates.effectiveFrom !== undefined && date < dates.effectiveFrom) return { release, refusal: 'not-yet-effective', date, limit: dates.effectiveFrom };
      if (status === 'superseded' && dates.acceptUntil === undefined) return { release, refusal: 'no-accept-until', date };
      if (dates.acceptUntil !== undefined && date > dates.acceptUntil) return { release, refusal: 'no-longer-accepting', date, limit: dates.acceptUntil };
      return undefined;
    }
  }
}

/**
 * Scoring rules §3: one LevelResult per level of the release, in order. Pushes the issues the
 * declaration, the audit and the release's lifecycle raise.
 */
export function scoreLevels(pc: PreparedCriteria, a: AssessmentView, scored: readonly Scored[], asOf: string, issues: Issue[]): LevelResult[] {
  const out: LevelResult[] = [];
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
      issues.push(issue('criteria-not-accepting', 'error', p, `${p}: ${refusalText(refusal, 'en')}.`, { params: { ...refusal, status: pc.release.status, version: pc.release.version } }));
      blockers.push(blocker('criteria-not-accepting', { level: L, ...refusal }));
    }
    if (!lowerAchieved) blockers.push(blocker('lower-level-not-achieved', { level: L }));
    for (const one of attestation.blockers) blockers.push(one);
    for (const s of scored) {
      const r = s.result;
      if (r.level > L) continue;
      if (!r.satisfied) {
        const reason = r.reasons[0];
        blockers.push(blocker('requirement-not-satisfied', reason === undefined ? { id: r.id, level: r.level, verdict: r.verdict } : { id: r.id, level: r.level, verdict: r.verdict, reason }, r.id));
      } else if (level.assurance === 'audited' && s.prepared.auditedFromItsLevel && r.verdict === 'met' && s.countedEvidence === 0) {
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
  // The evidence-missing issue (§3.3) is raised once per requirement, and only for an audit.
  if (a.mode === 'audit' && pc.levels.some((l) => l.level.assurance === 'audited')) {
    for (const s of scored) {
      if (s.prepared.auditedFromItsLevel && s.result.verdict === 'met' && s.countedEvidence === 0) {
        const id = s.result.id;
        const p = `${s.prepared.answerPath}.evidence`;
        issues.push(issue('evidence-missing', 'error', p, `${p}: ${id} applies from an audited level, so an audit needs at least one evidence item for it dated on or before ${asOf}.`, { requirementId: id, params: { id } }));
      }
    }
  }
  return out;
}
