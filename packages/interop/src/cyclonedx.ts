/**
 * CycloneDX 1.6 attestations (CDXA): a release as `definitions.standards` (requirements with
 * their parents, levels with the requirements that apply), and an assessment with its evaluation
 * as `declarations` (assessors, targets, claims and evidence per requirement, an attestation
 * mapping each requirement to its claims with a conformance score and rationale, the
 * affirmation with its signatories). Deterministic: UUIDv5 serial number, dates from the
 * documents.
 */
import { sha256Hex, stableStringify, TERMS, type Assessment, type CriteriaRelease, type EvaluationResult } from '@sisc/model';
import { dateTime, isUri, pick, type Lang } from './_common.js';
import { checkLang, documentDate } from './oscal-catalog.js';
import { siscUuid } from './uuid.js';

export interface CycloneDxProperty {
  name: string;
  value: string;
}

export interface CycloneDxRequirement {
  'bom-ref': string;
  identifier: string;
  title?: string;
  text?: string;
  descriptions?: string[];
  parent?: string;
  properties?: CycloneDxProperty[];
}

export interface CycloneDxStandard {
  'bom-ref': string;
  name: string;
  version: string;
  description?: string;
  owner?: string;
  requirements: CycloneDxRequirement[];
  levels: { 'bom-ref': string; identifier: string; title?: string; description?: string; requirements: string[] }[];
  externalReferences?: { type: string; url: string; comment?: string }[];
}

export interface CycloneDxDeclarations {
  assessors: { 'bom-ref': string; thirdParty: boolean; organization: { name: string } }[];
  attestations: {
    summary: string;
    assessor: string;
    map: { requirement: string; claims: string[]; conformance: { score: number; rationale: string } }[];
  }[];
  claims: { 'bom-ref': string; target: string; predicate: string; reasoning?: string; evidence?: string[] }[];
  evidence: { 'bom-ref': string; propertyName: string; description: string; data?: { name: string; contents: { url: string } }[]; created: string }[];
  targets: { organizations: { 'bom-ref': string; name: string }[] };
  affirmation: {
    statement: string;
    signatories: { name: string; role?: string; organization: { name: string }; externalReference: { type: string; url: string; comment?: string } }[];
  };
}

export interface CycloneDxBom {
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: 1;
  metadata: { timestamp: string; properties?: CycloneDxProperty[] };
  definitions: { standards: CycloneDxStandard[] };
  declarations?: CycloneDxDeclarations;
}

export interface CycloneDxOptions {
  lang: Lang;
  /** The document date where the release gives none (a draft); with an evaluation, its asOf is used. */
  date?: string;
  /** The assessment and its evaluation (`evaluate(release, assessment, { asOf })`), for `declarations`. */
  assessment?: Assessment;
  result?: EvaluationResult;
}

const ref = {
  standard: (r: CriteriaRelease) => `standard:${r.scheme.id}@${r.version}`,
  requirement: (id: string) => `requirement:${id}`,
  level: (n: number) => `level:${n}`,
  claim: (id: string) => `claim:${id}`,
  evidence: (id: string, i: number) => `evidence:${id}:${i}`,
};

/** The release as a CycloneDX standard: categories, items and requirements as requirements with parents. */
export function toCycloneDxStandard(release: CriteriaRelease, lang: Lang): CycloneDxStandard {
  const requirements: CycloneDxRequirement[] = [];
  for (const c of release.categories) {
    requirements.push({ 'bom-ref': ref.requirement(c.id), identifier: c.id, title: pick(c.name, lang), properties: [{ name: 'sisc:kind', value: 'category' }] });
    for (const i of c.items) {
      requirements.push({
        'bom-ref': ref.requirement(i.id),
        identifier: i.id,
        title: pick(i.name, lang),
        text: pick(i.intent, lang),
        parent: ref.requirement(c.id),
        properties: [{ name: 'sisc:kind', value: 'item' }],
      });
      for (const r of i.requirements) {
        const properties: CycloneDxProperty[] = [
          { name: 'sisc:kind', value: r.kind },
          { name: 'sisc:level', value: String(r.level) },
          { name: 'sisc:status', value: r.status },
          { name: 'sisc:na-allowed', value: String(r.naPolicy.allowed) },
          { name: 'sisc:na-justification-required', value: String(r.naPolicy.justificationRequired) },
        ];
        if (r.recurrence) properties.push({ name: 'sisc:recurrence', value: r.recurrence });
        if (r.retired) for (const to of r.retired.replacedBy) properties.push({ name: 'sisc:replaced-by', value: to });
        for (const m of r.mappings) properties.push({ name: `sisc:mapping:${m.framework}`, value: m.id });
        requirements.push({
          'bom-ref': ref.requirement(r.id),
          identifier: r.id,
          text: pick(r.text, lang),
          ...(r.evidence.length ? { descriptions: r.evidence.map((e) => pick(e, lang)) } : {}),
          parent: ref.requirement(i.id),
          properties,
        });
      }
    }
  }
  const levels = release.levels.map((l) => ({
    'bom-ref': ref.level(l.level),
    identifier: String(l.level),
    title: pick(l.name, lang),
    description: pick(l.audience, lang),
    requirements: release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((r) => r.status === 'active' && r.level <= l.level).map((r) => ref.requirement(r.id)))),
  }));
  const externalReferences = release.documents
    .filter((d) => d.url !== undefined && isUri(d.url))
    .map((d) => ({ type: 'documentation', url: d.url!, comment: pick(d.title, lang) }));
  return {
    'bom-ref': ref.standard(release),
    name: pick(release.title, lang),
    version: release.version,
    description: pick(release.provenance.source, lang),
    owner: pick(release.publisher, lang),
    requirements,
    levels,
    ...(externalReferences.length ? { externalReferences } : {}),
  };
}

/** The declarations of one evaluated assessment. */
export function toCycloneDxDeclarations(release: CriteriaRelease, assessment: Assessment, result: EvaluationResult, lang: Lang): CycloneDxDeclarations {
  const t = TERMS[lang];
  const audited = assessment.mode === 'audit' && assessment.audit !== undefined;
  const assessorName = audited ? assessment.audit!.body.name : assessment.organization.name;
  const claims: CycloneDxDeclarations['claims'] = [];
  const evidence: CycloneDxDeclarations['evidence'] = [];
  const texts = new Map<string, string>();
  for (const c of release.categories) for (const i of c.items) for (const r of i.requirements) texts.set(r.id, pick(r.text, lang));
  for (const r of result.requirements) {
    const answer = assessment.answers[r.id];
    if (!answer) continue;
    const refs = answer.evidence.map((_, n) => ref.evidence(r.id, n));
    answer.evidence.forEach((e, n) => {
      evidence.push({
        'bom-ref': ref.evidence(r.id, n),
        propertyName: 'sisc:evidence',
        description: e.title,
        ...(e.uri !== undefined && isUri(e.uri) ? { data: [{ name: e.title, contents: { url: e.uri } }] } : {}),
        created: dateTime(e.date),
      });
    });
    const reasoning = [answer.justification, answer.note].filter((x): x is string => x !== undefined && x !== '').join('\n\n');
    claims.push({
      'bom-ref': ref.claim(r.id),
      target: 'target:organization',
      predicate: lang === 'ja' ? `${r.id}（${texts.get(r.id) ?? ''}）に「${t.verdict[answer.status]}」と回答` : `${r.id} (${texts.get(r.id) ?? ''}) answered "${t.verdict[answer.status]}"`,
      ...(reasoning ? { reasoning } : {}),
      ...(refs.length ? { evidence: refs } : {}),
    });
  }
  const answered = new Set(claims.map((c) => c['bom-ref']));
  const map = result.requirements.map((r) => ({
    requirement: ref.requirement(r.id),
    claims: answered.has(ref.claim(r.id)) ? [ref.claim(r.id)] : [],
    conformance: {
      score: r.satisfied ? 1 : 0,
      rationale: `${t.verdict[r.verdict]}: ${r.reasons.map((c) => t.reason[c]).join(lang === 'ja' ? '、' : ', ')}`,
    },
  }));
  const b = result.basis;
  const level = result.achievedLevel > 0 ? (lang === 'ja' ? `レベル${result.achievedLevel}を達成` : `level ${result.achievedLevel} achieved`) : lang === 'ja' ? 'どのレベルも未達成' : 'no level achieved';
  const summary =
    lang === 'ja'
      ? `${b.criteria.scheme} ${b.criteria.version}（ダイジェスト ${b.criteria.digest}）に対する ${b.asOf} 時点の評価: ${level}（目標レベル${result.targetLevel}、${t.assessmentMode[result.mode]}）。${b.engine.name} ${b.engine.version}、採点規則 ${b.scoringRules}${b.provisional ? '、草案のため暫定' : ''}。`
      : `Evaluation as of ${b.asOf} against ${b.criteria.scheme} ${b.criteria.version} (digest ${b.criteria.digest}): ${level} (target level ${result.targetLevel}, ${t.assessmentMode[result.mode]}). ${b.engine.name} ${b.engine.version}, scoring rules ${b.scoringRules}${b.provisional ? '; provisional: the release is a draft' : ''}.`;
  const signatories: CycloneDxDeclarations['affirmation']['signatories'] = [];
  const key = siscUuid('cyclonedx', 'declaration', assessment.organization.corporateNumber ?? '', assessment.organization.name, release.version, b.asOf);
  if (assessment.declaration) {
    signatories.push({
      name: assessment.declaration.signatory.name,
      role: assessment.declaration.signatory.role,
      organization: { name: assessment.organization.name },
      externalReference: {
        type: 'attestation',
        url: `urn:uuid:${siscUuid('cyclonedx', 'self-declaration', key, assessment.declaration.date)}`,
        comment: lang === 'ja' ? `自己適合宣言（${assessment.declaration.date}）` : `Self-declaration of conformity (${assessment.declaration.date})`,
      },
    });
  }
  if (assessment.audit) {
    signatories.push({
      name: assessment.audit.auditor.name,
      role: lang === 'ja' ? '審査員' : 'Auditor',
      organization: { name: assessment.audit.body.name },
      externalReference: {
        type: 'certification-report',
        url: `urn:uuid:${siscUuid('cyclonedx', 'audit', key, assessment.audit.date, assessment.audit.reference ?? '')}`,
        comment: `${lang === 'ja' ? TERMS.ja.assessmentMode.audit : 'Certification audit'} ${assessment.audit.date}${assessment.audit.reference ? ` ${assessment.audit.reference}` : ''}`,
      },
    });
  }
  return {
    assessors: [{ 'bom-ref': 'assessor:1', thirdParty: audited, organization: { name: assessorName } }],
    attestations: [{ summary, assessor: 'assessor:1', map }],
    claims,
    evidence,
    targets: { organizations: [{ 'bom-ref': 'target:organization', name: assessment.organization.name }] },
    affirmation: {
      statement:
        lang === 'ja'
          ? `${assessment.organization.name} は、${pick(release.title, lang)} ${release.version} のレベル${assessment.targetLevel}の要求事項に対する回答と証跡が正しいことを表明する。`
          : `${assessment.organization.name} affirms that its answers and evidence against the level ${assessment.targetLevel} requirements of ${pick(release.title, lang)} ${release.version} are accurate.`,
      signatories,
    },
  };
}

/**
 * A CycloneDX 1.6 BOM with the release as a standard and, given an assessment and its
 * evaluation, the declarations. The timestamp is the evaluation's asOf, else the release's date
 * (or `options.date`), never the clock.
 * @throws SiscError `invalid-option` for a bad language or a missing document date.
 */
export function toCycloneDx(release: CriteriaRelease, options: CycloneDxOptions): CycloneDxBom {
  const lang = checkLang(options.lang);
  const { assessment, result } = options;
  const timestamp = result ? dateTime(result.basis.asOf) : documentDate(release, options.date);
  // The serial number names this content: the release, the language and (with declarations) the
  // assessment's canonical JSON and the evaluation's basis.
  const inputs = assessment && result ? sha256Hex(stableStringify({ assessment, basis: result.basis })) : '';
  const serial = siscUuid('cyclonedx', 'bom', release.scheme.id, release.version, lang, timestamp, inputs);
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${serial}`,
    version: 1,
    metadata: { timestamp, properties: [{ name: 'sisc:language', value: lang }, { name: 'sisc:criteria-version', value: release.version }] },
    definitions: { standards: [toCycloneDxStandard(release, lang)] },
    ...(assessment && result ? { declarations: toCycloneDxDeclarations(release, assessment, result, lang) } : {}),
  };
}

/**
 * The checks on a CycloneDX BOM that its JSON Schema cannot express: every bom-ref unique, every
 * reference to a bom-ref (parents, level requirements, attestation maps, claims, evidence,
 * assessors, targets) resolves. Returns the problems in words; empty when there are none.
 */
export function checkCycloneDx(bom: CycloneDxBom): string[] {
  const problems: string[] = [];
  const refs = new Set<string>();
  const define = (r: string) => (refs.has(r) ? problems.push(`bom-ref "${r}" is used twice`) : refs.add(r));
  const need = (r: string, where: string) => {
    if (!refs.has(r)) problems.push(`${where} refers to "${r}", which is not a bom-ref of the BOM`);
  };
  for (const s of bom.definitions.standards) {
    define(s['bom-ref']);
    for (const r of s.requirements) define(r['bom-ref']);
    for (const l of s.levels) define(l['bom-ref']);
  }
  const d = bom.declarations;
  if (d) {
    for (const a of d.assessors) define(a['bom-ref']);
    for (const c of d.claims) define(c['bom-ref']);
    for (const e of d.evidence) define(e['bom-ref']);
    for (const o of d.targets.organizations) define(o['bom-ref']);
  }
  for (const s of bom.definitions.standards) {
    for (const r of s.requirements) if (r.parent !== undefined) need(r.parent, `requirement ${r.identifier}`);
    for (const l of s.levels) for (const r of l.requirements) need(r, `level ${l.identifier}`);
  }
  if (d) {
    for (const a of d.attestations) {
      need(a.assessor, 'an attestation');
      for (const m of a.map) {
        need(m.requirement, 'an attestation map');
        for (const c of m.claims) need(c, `the map of ${m.requirement}`);
      }
    }
    for (const c of d.claims) {
      need(c.target, `claim ${c['bom-ref']}`);
      for (const e of c.evidence ?? []) need(e, `claim ${c['bom-ref']}`);
    }
  }
  return problems;
}
