/**
 * OSCAL assessment results read back as a sisc assessment, so a tool that recorded results
 * against the sisc catalog can be scored by the sisc engine. Reads what `toOscalAssessmentResults`
 * writes exactly (round trip), and from other tools' results what OSCAL itself says: a finding's
 * target control and its satisfied / not-satisfied state, and the observations it relates to.
 * Never throws: bad input gives issues, all of them, in plain words (ja and en).
 */
import { INPUT_BUDGET, safeParseAssessment, type Assessment, type CriteriaRelease } from '@sisc/model';
import { dateOf, SISC_NS, unmarkup } from './_common.js';
import type { Bilingual } from './_messages.js';

export const IMPORT_ISSUE_CODES = [
  'too-big',
  'not-assessment-results',
  'no-result',
  'several-results',
  'criteria-mismatch',
  'unknown-control',
  'no-organization',
  'no-target-level',
  'bad-date',
  'invalid-assessment',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportIssue {
  code: ImportIssueCode;
  severity: 'error' | 'warning';
  /** JSON path in the OSCAL document ($ is the document). */
  path: string;
  message: Bilingual;
}

export type ImportOutcome = { success: true; assessment: Assessment; issues: ImportIssue[] } | { success: false; issues: ImportIssue[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** The text of a markup field (title, description, remarks): Markdown's backslash escapes undone. */
const markupText = (v: unknown): string | undefined => (typeof v === 'string' ? unmarkup(v) : undefined);

/** The value of the first prop with this name (sisc's namespace, or none), if any. */
function propOf(node: unknown, name: string): string | undefined {
  if (!isObj(node)) return undefined;
  for (const p of arr(node.props)) if (isObj(p) && p.name === name && (p.ns === undefined || p.ns === SISC_NS) && typeof p.value === 'string') return p.value;
  return undefined;
}

/** Counts values up to the budget; false when the document is too big or too deep. */
function withinBudget(value: unknown): boolean {
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++nodes > INPUT_BUDGET.nodes || depth > INPUT_BUDGET.depth) return false;
    if (Array.isArray(v)) {
      if (v.length > INPUT_BUDGET.arrayLength) return false;
      for (const x of v) stack.push([x, depth + 1]);
    } else if (isObj(v)) {
      const keys = Object.keys(v);
      if (keys.length > INPUT_BUDGET.keysPerObject) return false;
      for (const k of keys) stack.push([v[k], depth + 1]);
    }
  }
  return true;
}

const MESSAGES: Record<ImportIssueCode, (q: Record<string, string>) => Bilingual> = {
  'too-big': () => ({ ja: 'OSCAL の文書が大きすぎるか、入れ子が深すぎます。読み取りませんでした。', en: 'The OSCAL document is too big or too deeply nested. It was not read.' }),
  'not-assessment-results': () => ({
    ja: 'OSCAL の評価結果（assessment-results）ではありません。最上位に "assessment-results" が必要です。',
    en: 'This is not OSCAL assessment results: it needs "assessment-results" at the top.',
  }),
  'no-result': () => ({ ja: '評価結果（results）が一つもありません。', en: 'There is no result (results is empty).' }),
  'several-results': (q) => ({ ja: `評価結果が ${q.n} 件あります。最初の一件だけを読み取りました。`, en: `There are ${q.n} results; only the first was read.` }),
  'criteria-mismatch': (q) => ({
    ja: `この評価結果は基準 ${q.found} に対するもので、指定した ${q.expected} とは異なります。`,
    en: `These results are against criteria ${q.found}, not the given ${q.expected}.`,
  }),
  'unknown-control': (q) => ({
    ja: `「${q.id}」は基準 ${q.version} の要求事項ではありません。この所見は読み取りませんでした。`,
    en: `"${q.id}" is not a requirement of criteria ${q.version}. The finding was not read.`,
  }),
  'no-organization': () => ({
    ja: '評価対象の組織（役割 assessed-organization の当事者）がありません。',
    en: 'No assessed organisation (a party with the role assessed-organization).',
  }),
  'no-target-level': () => ({
    ja: '目標レベル（target-level）の記載がないため、レベル1としました。',
    en: 'The results do not give the target level (target-level), so level 1 is assumed.',
  }),
  'bad-date': (q) => ({ ja: `日付「${q.found}」が読み取れません。`, en: `The date "${q.found}" cannot be read.` }),
  'invalid-assessment': (q) => ({ ja: `読み取った評価票が正しくありません: ${q.detail}`, en: `The assessment read back is not valid: ${q.detail}` }),
};

/**
 * The criteria the first result of OSCAL assessment results says it was assessed against (sisc's
 * `criteria-scheme` and `criteria-version` props), so a reader can pick the release before
 * importing; undefined when the document is not assessment results or does not say.
 */
export function oscalResultsCriteria(doc: unknown): { scheme?: string; version: string } | undefined {
  const ar = isObj(doc) ? doc['assessment-results'] : undefined;
  const result = isObj(ar) && Array.isArray(ar.results) ? ar.results[0] : undefined;
  const version = propOf(result, 'criteria-version');
  if (version === undefined) return undefined;
  const scheme = propOf(result, 'criteria-scheme');
  return scheme === undefined ? { version } : { scheme, version };
}

/** True when the value is an OSCAL assessment-results document (its top-level key). */
export function isOscalAssessmentResults(doc: unknown): boolean {
  return isObj(doc) && isObj(doc['assessment-results']);
}

/**
 * The assessment recorded in OSCAL assessment results against `release`'s catalog.
 * Answers come from sisc's answer observations when present, otherwise from each finding's state
 * (satisfied → met, not-satisfied → not-met) and the observations it relates to.
 */
export function fromOscalAssessmentResults(doc: unknown, release: CriteriaRelease): ImportOutcome {
  const issues: ImportIssue[] = [];
  const add = (code: ImportIssueCode, path: string, q: Record<string, string> = {}, severity: 'error' | 'warning' = 'error') =>
    issues.push({ code, severity, path, message: MESSAGES[code](q) });
  const fail = (): ImportOutcome => ({ success: false, issues });

  if (!withinBudget(doc)) {
    add('too-big', '$');
    return fail();
  }
  const ar = isObj(doc) ? doc['assessment-results'] : undefined;
  if (!isObj(ar)) {
    add('not-assessment-results', '$');
    return fail();
  }
  const results = arr(ar.results);
  const result = results[0];
  if (!isObj(result)) {
    add('no-result', '$["assessment-results"].results');
    return fail();
  }
  if (results.length > 1) add('several-results', '$["assessment-results"].results', { n: String(results.length) }, 'warning');
  const rpath = '$["assessment-results"].results[0]';

  const version = propOf(result, 'criteria-version');
  const scheme = propOf(result, 'criteria-scheme');
  if ((version !== undefined && version !== release.version) || (scheme !== undefined && scheme !== release.scheme.id)) {
    add('criteria-mismatch', `${rpath}.props`, { found: `${scheme ?? release.scheme.id} ${version ?? release.version}`, expected: `${release.scheme.id} ${release.version}` });
    return fail();
  }

  // Parties by role.
  const metadata = isObj(ar.metadata) ? ar.metadata : {};
  const partyList = arr(metadata.parties).filter(isObj);
  const party = (uuid: unknown) => partyList.find((p) => p.uuid === uuid);
  const byRole = (role: string): Obj | undefined => {
    for (const rp of arr(metadata['responsible-parties'])) if (isObj(rp) && rp['role-id'] === role) return party(arr(rp['party-uuids'])[0]);
    return undefined;
  };
  const org = byRole('assessed-organization') ?? party(propOf(result, 'assessed-organization'));
  if (!org || typeof org.name !== 'string') add('no-organization', '$["assessment-results"].metadata.parties');
  const corporateNumber = propOf(org, 'corporate-number');

  const levelText = propOf(result, 'target-level');
  if (levelText === undefined) add('no-target-level', `${rpath}.props`, {}, 'warning');
  const auditor = byRole('assessor');
  const body = byRole('certification-body');
  const signatory = byRole('declarant');
  const mode = propOf(result, 'mode') ?? (auditor ? 'audit' : 'self-declaration');

  const date = (value: unknown, path: string): string => {
    const d = typeof value === 'string' ? dateOf(value) : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) add('bad-date', path, { found: String(value) });
    return d;
  };

  // Observations: sisc's answer and evidence observations, in document order.
  const observations = arr(result.observations).filter(isObj);
  const obsByUuid = new Map(observations.map((o) => [o.uuid, o] as const));
  const answers: Record<string, Obj> = {};
  const known = new Set<string>();
  for (const c of release.categories) for (const i of c.items) for (const r of i.requirements) known.add(r.id);
  const evidenceOf = (o: Obj, path: string): Obj => {
    const rel = arr(o['relevant-evidence']).find(isObj);
    const uri = rel ? (markupText(rel.description) && propOf(o, 'observation-kind') === 'evidence' ? markupText(rel.description) : (text(rel.href) ?? markupText(rel.description))) : text(arr(o.links).filter(isObj)[0]?.href);
    const sha256 = propOf(o, 'sha256');
    return {
      title: markupText(o.description) ?? markupText(o.title) ?? '',
      ...(uri !== undefined ? { uri } : {}),
      date: date(o.collected, `${path}.collected`),
      ...(sha256 !== undefined ? { sha256 } : {}),
    };
  };
  observations.forEach((o, i) => {
    const kind = propOf(o, 'observation-kind');
    const id = propOf(o, 'requirement-id');
    if (id === undefined || kind === undefined) return;
    const path = `${rpath}.observations[${i}]`;
    if (kind === 'answer') {
      answers[id] = {
        status: propOf(o, 'answer'),
        ...(propOf(o, 'justification-given') === 'true' ? { justification: markupText(o.description) ?? '' } : {}),
        evidence: [],
        ...(typeof o.remarks === 'string' ? { note: unmarkup(o.remarks) } : {}),
      };
    } else if (kind === 'evidence') {
      const a = answers[id] ?? { status: 'met', evidence: [] };
      answers[id] = a;
      (a.evidence as Obj[]).push(evidenceOf(o, path));
    }
  });

  // Findings: the requirement each targets; answers from other tools' findings.
  arr(result.findings).forEach((f, i) => {
    if (!isObj(f) || !isObj(f.target)) return;
    const target = text(f.target['target-id']) ?? '';
    const id = f.target.type === 'statement-id' ? target.replace(/_smt$/, '') : target;
    const path = `${rpath}.findings[${i}].target["target-id"]`;
    if (!known.has(id)) {
      add('unknown-control', path, { id: target, version: release.version });
      return;
    }
    if (answers[id] !== undefined || propOf(f, 'verdict') !== undefined) return; // sisc's own: answer observations say it all
    const state = isObj(f.target.status) ? f.target.status.state : undefined;
    const evidence = arr(f['related-observations'])
      .map((r) => (isObj(r) ? obsByUuid.get(r['observation-uuid']) : undefined))
      .filter((o): o is Obj => o !== undefined && o.collected !== undefined)
      .map((o) => evidenceOf(o, `${rpath}.observations[${observations.indexOf(o)}]`));
    answers[id] = { status: state === 'satisfied' ? 'met' : 'not-met', evidence };
  });

  if (issues.some((x) => x.severity === 'error')) return fail();
  const auditReference = propOf(result, 'audit-reference');
  const declarationDate = propOf(result, 'declaration-date');
  const auditDate = propOf(result, 'audit-date');
  const candidate: Obj = {
    criteria: { scheme: release.scheme.id, version: release.version },
    organization: { name: org!.name, ...(corporateNumber !== undefined ? { corporateNumber } : {}) },
    targetLevel: levelText === undefined ? 1 : Number(levelText),
    mode,
    ...(signatory && declarationDate !== undefined
      ? { declaration: { signatory: { name: signatory.name, role: propOf(signatory, 'job-title') ?? '' }, date: declarationDate } }
      : {}),
    ...(auditor && body && auditDate !== undefined
      ? { audit: { auditor: { name: auditor.name }, body: { name: body.name }, date: auditDate, ...(auditReference !== undefined ? { reference: auditReference } : {}) } }
      : {}),
    answers,
  };
  const parsed = safeParseAssessment(candidate);
  if (!parsed.success) {
    for (const p of parsed.issues) add('invalid-assessment', '$', { detail: `${p.path}: ${p.message}` });
    return fail();
  }
  return { success: true, assessment: parsed.data, issues };
}
