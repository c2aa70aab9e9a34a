/**
 * An assessment and its evaluation as OSCAL 1.2 assessment results (and the minimal assessment
 * plan they import): one result per evaluation, an observation per answer and per evidence item,
 * a finding per evaluated requirement. Everything needed to read the assessment back is kept
 * (fromOscalAssessmentResults), so a round trip gives the same assessment.
 */
import { sha256Hex, stableStringify, TERMS, type Assessment, type CriteriaRelease, type EvaluationResult, type RequirementResult } from '@sisc/model';
import { dateTime, isUri, markup, markupLine, pick, SISC_NS, str, type Lang } from './_common.js';
import { checkLang, oscalFileName, releaseMetadata } from './oscal-catalog.js';
import { catalogResource, requirementsAtLevel } from './oscal-profile.js';
import type {
  OscalAssessmentPlanDocument,
  OscalAssessmentResultsDocument,
  OscalFinding,
  OscalMetadata,
  OscalObservation,
  OscalParty,
  OscalProp,
  OscalResource,
  OscalResponsibleParty,
  OscalRole,
} from './oscal-types.js';
import { siscUuid } from './uuid.js';

export interface AssessmentResultsOptions {
  lang: Lang;
}

const prop = (name: string, value: string): OscalProp => ({ name, ns: SISC_NS, value: str(value) });

/** The identity of an assessment: the SHA-256 of its canonical JSON. Same answers, same UUIDs. */
function assessmentKey(assessment: Assessment): string {
  return sha256Hex(stableStringify(assessment));
}

const ROLE_TITLES: Record<Lang, Record<string, string>> = {
  ja: { 'assessed-organization': '評価対象の組織', declarant: '宣言者（署名者）', assessor: '審査員', 'certification-body': '審査機関' },
  en: { 'assessed-organization': 'Assessed organisation', declarant: 'Declarant (signatory)', assessor: 'Auditor', 'certification-body': 'Certification body' },
};

/** Parties with roles: the organisation, the signatory of the declaration, the auditor and the body. */
function parties(assessment: Assessment, lang: Lang): { roles: OscalRole[]; parties: OscalParty[]; responsible: OscalResponsibleParty[]; organization: string } {
  const key = (...parts: string[]) => siscUuid('oscal', 'party', ...parts);
  const org = assessment.organization;
  const organization = key('organization', org.corporateNumber ?? '', org.name);
  const list: OscalParty[] = [
    { uuid: organization, type: 'organization', name: str(org.name), ...(org.corporateNumber ? { props: [prop('corporate-number', org.corporateNumber)] } : {}) },
  ];
  const responsible: OscalResponsibleParty[] = [{ 'role-id': 'assessed-organization', 'party-uuids': [organization] }];
  if (assessment.declaration) {
    const s = assessment.declaration.signatory;
    const uuid = key('signatory', organization, s.name, s.role);
    list.push({ uuid, type: 'person', name: str(s.name), props: [prop('job-title', s.role)], 'member-of-organizations': [organization] });
    responsible.push({ 'role-id': 'declarant', 'party-uuids': [uuid] });
  }
  if (assessment.audit) {
    const body = key('certification-body', assessment.audit.body.name);
    const auditor = key('auditor', body, assessment.audit.auditor.name);
    list.push({ uuid: auditor, type: 'person', name: str(assessment.audit.auditor.name), 'member-of-organizations': [body] });
    list.push({ uuid: body, type: 'organization', name: str(assessment.audit.body.name) });
    responsible.push({ 'role-id': 'assessor', 'party-uuids': [auditor] }, { 'role-id': 'certification-body', 'party-uuids': [body] });
  }
  const roles = responsible.map((r) => ({ id: r['role-id'], title: ROLE_TITLES[lang][r['role-id']]! }));
  return { roles, parties: list, responsible, organization };
}

function metadataFor(release: CriteriaRelease, assessment: Assessment, lang: Lang, title: string, asOf: string): OscalMetadata {
  const base = releaseMetadata(release, lang, title, dateTime(asOf));
  const p = parties(assessment, lang);
  // The release's publisher stays a party (of the criteria); the assessment's parties follow.
  return {
    ...base,
    roles: [...base.roles!, ...p.roles],
    parties: [...base.parties!, ...p.parties],
    'responsible-parties': [...base['responsible-parties']!, ...p.responsible],
  };
}

/** The date the assessment speaks for: the audit's, else the declaration's, else the evaluation date. */
function assessmentDate(assessment: Assessment, asOf: string): string {
  return assessment.audit?.date ?? assessment.declaration?.date ?? asOf;
}

function planUuid(assessment: Assessment, lang: Lang): string {
  return siscUuid('oscal', 'assessment-plan', assessmentKey(assessment), lang);
}

function planResource(release: CriteriaRelease, assessment: Assessment, lang: Lang): OscalResource {
  return {
    uuid: siscUuid('oscal', 'resource', 'assessment-plan', assessmentKey(assessment), lang),
    props: [prop('assessment-plan-uuid', planUuid(assessment, lang))],
    title: lang === 'ja' ? '評価計画（OSCAL assessment plan）' : 'Assessment plan (OSCAL)',
    rlinks: [{ href: oscalFileName('assessment-plan', release, { lang }), 'media-type': 'application/oscal.ap+json' }],
  };
}

function verdictWords(r: RequirementResult, lang: Lang): string {
  const t = TERMS[lang];
  const reasons = r.reasons.map((c) => t.reason[c]).join(lang === 'ja' ? '、' : ', ');
  return lang === 'ja' ? `判定: ${t.verdict[r.verdict]}（${reasons}）` : `Verdict: ${t.verdict[r.verdict]} (${reasons})`;
}

/**
 * The assessment results of one evaluation: `result` must be the engine's evaluation of
 * `assessment` against `release` (`evaluate(release, assessment, { asOf })`). Dated from the
 * assessment and the evaluation's asOf, never the clock.
 * @throws SiscError `invalid-option` for a bad language.
 */
export function toOscalAssessmentResults(release: CriteriaRelease, assessment: Assessment, result: EvaluationResult, options: AssessmentResultsOptions): OscalAssessmentResultsDocument {
  const lang = checkLang(options.lang);
  const key = assessmentKey(assessment);
  const asOf = result.basis.asOf;
  const runKey = [key, result.basis.criteria.digest, result.basis.scoringRules, asOf];
  const t = TERMS[lang];
  const title =
    lang === 'ja'
      ? `${assessment.organization.name} — ${pick(release.title, lang)} ${release.version} の評価結果（${t.assessmentMode[assessment.mode]}、レベル${assessment.targetLevel}）`
      : `${assessment.organization.name} — assessment results against ${pick(release.title, lang)} ${release.version} (${t.assessmentMode[assessment.mode]}, level ${assessment.targetLevel})`;
  const metadata = metadataFor(release, assessment, lang, title, asOf);
  const { organization } = parties(assessment, lang);

  const observations: OscalObservation[] = [];
  const byRequirement = new Map<string, string[]>();
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const uuids: string[] = [];
    const answerUuid = siscUuid('oscal', 'observation', ...runKey, id, 'answer');
    uuids.push(answerUuid);
    const props = [prop('requirement-id', id), prop('observation-kind', 'answer'), prop('answer', answer.status)];
    if (answer.justification !== undefined) props.push(prop('justification-given', 'true'));
    observations.push({
      uuid: answerUuid,
      title: markupLine(lang === 'ja' ? `${id} の回答: ${t.verdict[answer.status]}` : `Answer to ${id}: ${t.verdict[answer.status]}`),
      description: markup(answer.justification ?? (lang === 'ja' ? `${id} に「${t.verdict[answer.status]}」と回答。` : `${id} answered "${t.verdict[answer.status]}".`)),
      props,
      methods: ['EXAMINE'],
      types: ['control-objective'],
      collected: dateTime(assessmentDate(assessment, asOf)),
      ...(answer.note !== undefined ? { remarks: markup(answer.note) } : {}),
    });
    answer.evidence.forEach((e, i) => {
      const uuid = siscUuid('oscal', 'observation', ...runKey, id, 'evidence', String(i));
      uuids.push(uuid);
      const eprops = [prop('requirement-id', id), prop('observation-kind', 'evidence')];
      if (e.sha256) eprops.push(prop('sha256', e.sha256));
      observations.push({
        uuid,
        title: markupLine(e.title),
        description: markup(e.title),
        props: eprops,
        ...(e.uri !== undefined && isUri(e.uri) ? { links: [{ href: e.uri, rel: 'evidence' }] } : {}),
        methods: ['EXAMINE'],
        types: ['finding'],
        ...(e.uri !== undefined ? { 'relevant-evidence': [{ ...(isUri(e.uri) ? { href: e.uri } : {}), description: markup(e.uri) }] } : {}),
        collected: dateTime(e.date),
      });
    });
    byRequirement.set(id, uuids);
  }

  const findings: OscalFinding[] = result.requirements.map((r) => {
    const related = byRequirement.get(r.id) ?? [];
    const props = [prop('verdict', r.verdict), ...r.reasons.map((c) => prop('reason', c)), prop('level', String(r.level))];
    if (r.newestEvidence) props.push(prop('newest-evidence', r.newestEvidence));
    if (r.validUntil) props.push(prop('valid-until', r.validUntil));
    return {
      uuid: siscUuid('oscal', 'finding', ...runKey, r.id),
      title: markupLine(lang === 'ja' ? `${r.id}: ${t.verdict[r.verdict]}` : `${r.id}: ${t.verdict[r.verdict]}`),
      description: markup(verdictWords(r, lang)),
      props,
      target: {
        type: 'statement-id',
        'target-id': `${r.id}_smt`,
        status: { state: r.satisfied ? 'satisfied' : 'not-satisfied' },
      },
      ...(related.length ? { 'related-observations': related.map((u) => ({ 'observation-uuid': u })) } : {}),
    };
  });

  const basis = result.basis;
  const resultProps: OscalProp[] = [
    prop('criteria-scheme', basis.criteria.scheme),
    prop('criteria-version', basis.criteria.version),
    prop('criteria-digest', basis.criteria.digest),
    prop('engine-name', basis.engine.name),
    prop('engine-version', basis.engine.version),
    prop('scoring-rules', basis.scoringRules),
    prop('as-of', basis.asOf),
    prop('provisional', String(basis.provisional)),
    prop('mode', assessment.mode),
    prop('target-level', String(assessment.targetLevel)),
    prop('achieved-level', String(result.achievedLevel)),
    prop('conformant', String(result.conformant)),
    prop('assessed-organization', organization),
  ];
  if (assessment.declaration) resultProps.push(prop('declaration-date', assessment.declaration.date));
  if (assessment.audit) {
    resultProps.push(prop('audit-date', assessment.audit.date));
    if (assessment.audit.reference !== undefined) resultProps.push(prop('audit-reference', assessment.audit.reference));
  }
  for (const l of result.levels) resultProps.push({ ...prop('level-achieved', String(l.achieved)), class: `level-${l.level}` });

  const plan = planResource(release, assessment, lang);
  const catalog = catalogResource(release, lang);
  const levelWords = result.achievedLevel > 0 ? (lang === 'ja' ? `レベル${result.achievedLevel}を達成` : `level ${result.achievedLevel} achieved`) : lang === 'ja' ? 'どのレベルも未達成' : 'no level achieved';
  return {
    'assessment-results': {
      uuid: siscUuid('oscal', 'assessment-results', ...runKey, lang),
      metadata,
      'import-ap': { href: `#${plan.uuid}` },
      results: [
        {
          uuid: siscUuid('oscal', 'result', ...runKey),
          title: markupLine(lang === 'ja' ? `${asOf} 時点の評価（${levelWords}）` : `Evaluation as of ${asOf} (${levelWords})`),
          description: markup(
            lang === 'ja'
              ? `${basis.engine.name} ${basis.engine.version}（採点規則 ${basis.scoringRules}）による評価。基準 ${basis.criteria.scheme} ${basis.criteria.version}（ダイジェスト ${basis.criteria.digest}）${basis.provisional ? '、草案のため暫定' : ''}。`
              : `Evaluated by ${basis.engine.name} ${basis.engine.version} (scoring rules ${basis.scoringRules}) against ${basis.criteria.scheme} ${basis.criteria.version} (digest ${basis.criteria.digest})${basis.provisional ? ', provisional: the release is a draft' : ''}.`,
          ),
          start: dateTime(assessmentDate(assessment, asOf)),
          end: dateTime(asOf),
          props: resultProps,
          'reviewed-controls': { 'control-selections': [{ 'include-controls': result.requirements.map((r) => ({ 'control-id': r.id })) }] },
          ...(observations.length ? { observations } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
      'back-matter': { resources: [plan, catalog] },
    },
  };
}

/**
 * The minimal assessment plan the results import: the controls that apply at the target level,
 * the organisation as the subject. sisc has no system security plan; `import-ssp` points to the
 * assessment itself, described in the back matter.
 */
export function toOscalAssessmentPlan(release: CriteriaRelease, assessment: Assessment, options: AssessmentResultsOptions & { asOf: string }): OscalAssessmentPlanDocument {
  const lang = checkLang(options.lang);
  const key = assessmentKey(assessment);
  const title =
    lang === 'ja'
      ? `${assessment.organization.name} — ${pick(release.title, lang)} ${release.version} の評価計画（レベル${assessment.targetLevel}）`
      : `${assessment.organization.name} — assessment plan against ${pick(release.title, lang)} ${release.version} (level ${assessment.targetLevel})`;
  const metadata = metadataFor(release, assessment, lang, title, assessmentDate(assessment, options.asOf));
  const { organization } = parties(assessment, lang);
  const ssp: OscalResource = {
    uuid: siscUuid('oscal', 'resource', 'assessment', key),
    title: lang === 'ja' ? '評価票（sisc の assessment。システムセキュリティ計画の代わり）' : 'The assessment (sisc; in place of a system security plan)',
    description:
      lang === 'ja'
        ? 'SIセキュリティ認定制度は組織を評価するため、システムセキュリティ計画（SSP）はない。評価票がその代わりになる。'
        : 'The SI Security Certification assesses an organisation, so there is no system security plan (SSP); the assessment takes its place.',
    props: [prop('assessment-sha256', key)],
  };
  return {
    'assessment-plan': {
      uuid: planUuid(assessment, lang),
      metadata,
      'import-ssp': { href: `#${ssp.uuid}` },
      'reviewed-controls': { 'control-selections': [{ 'include-controls': requirementsAtLevel(release, assessment.targetLevel).map((id) => ({ 'control-id': id })) }] },
      'assessment-subjects': [{ type: 'party', 'include-subjects': [{ 'subject-uuid': organization, type: 'party' }] }],
      'back-matter': { resources: [ssp, catalogResource(release, lang)] },
    },
  };
}
