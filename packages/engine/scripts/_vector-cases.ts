/**
 * The conformance vectors, as recipes: what each case is about, its inputs, and the facts a person
 * worked out by hand from docs/scoring.md (`expect`). scripts/generate.ts writes each case's files
 * and records the engine's answer as expected.json; test/vectors.test.ts checks every expected.json
 * against these hand-written facts, so an expected.json is never just "whatever the engine said".
 */
import { getCriteria } from '@sisc/criteria';
import type { CriteriaRelease, Verdict } from '@sisc/model';
import type { PatchOperation } from './_vectors.js';

export const DRAFT_VERSION = '1.0.0-draft.1';
export const DRAFT: CriteriaRelease = getCriteria(DRAFT_VERSION);
export const RELEASE_FILE = `releases/${DRAFT_VERSION}.json`;

const requirements = DRAFT.categories.flatMap((c, ci) =>
  c.items.flatMap((it, ii) => it.requirements.map((r, ri) => ({ id: r.id, level: r.level, pointer: `/categories/${ci}/items/${ii}/requirements/${ri}` }))),
);
const L1 = requirements.filter((r) => r.level === 1).map((r) => r.id);
const ALL = requirements.map((r) => r.id);
const pointer = (id: string) => {
  const r = requirements.find((x) => x.id === id);
  if (!r) throw new Error(`${id} is not a requirement of ${DRAFT_VERSION}`);
  return r.pointer;
};

/** Hand-worked facts about a case's answer. Every field given is checked against expected.json. */
export interface Facts {
  /** The kind of answer; default "result". */
  outcome?: 'result' | 'issues' | 'criteria-mismatch';
  achievedLevel?: number;
  conformant?: boolean;
  provisional?: boolean;
  /**
   * Per level, every blocker in order: `code`, or `code:ID` for a requirement blocker, or
   * `code xN` for the next N requirement blockers with that code (whichever requirements).
   */
  blockers?: Record<number, string[]>;
  /** Per level, the validUntil date (or null for none). */
  validUntil?: Record<number, string | null>;
  /** Verdict and reasons of particular requirements. */
  verdicts?: Record<string, [Verdict, ...string[]]>;
  /** How many requirements have each verdict (verdicts not listed: none). */
  verdictCounts?: Partial<Record<Verdict, number>>;
  /** Every issue, in order, as `code@path` (result issues, or the validation issues). */
  issues?: string[];
  /** Severity of particular issues, by `code@path`. */
  severities?: Record<string, 'error' | 'warning' | 'info'>;
  /** Counts: "total" or a category or item ID → [applicable, satisfied, ratio]. */
  counts?: Record<string, [number, number, number]>;
}

export interface VectorCase {
  name: string;
  description: string;
  rules: string[];
  asOf: string;
  criteriaPatch?: PatchOperation[];
  assessment: A;
  expect: Facts;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

const AS_OF = '2026-05-01';
/** An assessment document under construction (plain JSON; some cases are deliberately invalid). */
type A = { [k: string]: any };
const clone = <T>(x: T): T => structuredClone(x);
const evidence = (id: string, date = '2026-03-01') => ({ title: `${id} 実施記録`, date });

const header = (version = DRAFT_VERSION) => ({
  $schema: 'https://sisc.dev/schemas/v1/assessment.schema.json',
  criteria: { scheme: DRAFT.scheme.id, version },
  organization: { name: '株式会社サンプルシステムズ', corporateNumber: '7990412345678' },
});
const DECLARATION = { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-04-01' };
const AUDIT = { auditor: { name: '佐藤 花子' }, body: { name: '一般社団法人サンプル認定機構' }, date: '2026-04-20', reference: 'SISC-2026-0001' };

/** A level-1 self-declaration: the twelve level-1 requirements answered met (checklist, no evidence). */
function selfDeclaration(patch: (a: A) => void = () => {}, version?: string): A {
  const a: A = {
    ...header(version),
    targetLevel: 1,
    mode: 'self-declaration',
    declaration: clone(DECLARATION),
    answers: Object.fromEntries(L1.map((id) => [id, { status: 'met' }])),
  };
  patch(a);
  return a;
}

/** A level-2 audit: every requirement answered met with one evidence item, the supplier's declaration and the audit. */
function audit(patch: (a: A) => void = () => {}, version?: string): A {
  const a: A = {
    ...header(version),
    targetLevel: 2,
    mode: 'audit',
    declaration: clone(DECLARATION),
    audit: clone(AUDIT),
    answers: Object.fromEntries(ALL.map((id) => [id, { status: 'met', evidence: [evidence(id)] }])),
  };
  patch(a);
  return a;
}

const recurringPatch: PatchOperation[] = [
  { op: 'add', path: `${pointer('GOV-02.01')}/recurrence`, value: 'P1Y' },
  { op: 'add', path: `${pointer('GOV-04.01')}/recurrence`, value: 'P1Y' },
];
const released = (status: 'effective' | 'superseded' | 'withdrawn', dates: Record<string, string>): PatchOperation[] => [
  { op: 'replace', path: '/version', value: '1.0.0' },
  { op: 'replace', path: '/status', value: status },
  { op: 'replace', path: '/dates', value: dates },
];

const L2_UNANSWERED = 'requirement-not-satisfied x31';

// ---------------------------------------------------------------------------------------------

export const VECTOR_CASES: VectorCase[] = [
  // §2 verdicts -------------------------------------------------------------------------------
  {
    name: 'verdict-met-level-1',
    description: 'A level-1 self-declaration: the twelve level-1 requirements answered met (no evidence needed at level 1), signed and dated. Level 1 is achieved; level 2 needs an audit and the 31 level-2 requirements.',
    rules: ['§2', '§3', '§3.1', '§4', '§5'],
    asOf: AS_OF,
    assessment: selfDeclaration(),
    expect: {
      achievedLevel: 1,
      conformant: true,
      provisional: true,
      blockers: { 1: [], 2: ['audit-required', L2_UNANSWERED] },
      validUntil: { 1: null, 2: null },
      verdicts: { 'GOV-01.01': ['met', 'answered-met'], 'GOV-01.02': ['unanswered', 'no-answer'] },
      verdictCounts: { met: 12, unanswered: 31 },
      issues: [],
      counts: { total: [12, 12, 1], GOV: [4, 4, 1], 'BLD-01': [1, 1, 1] },
    },
  },
  {
    name: 'verdict-not-met',
    description: 'One level-1 requirement (BLD-02.01) answered not met: level 1 is not achieved.',
    rules: ['§2', '§3', '§5'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.answers['BLD-02.01'] = { status: 'not-met', note: '設定チェックリストは作成中' })),
    expect: {
      achievedLevel: 0,
      conformant: false,
      // Level 2 lists the 31 unanswered level-2 requirements and BLD-02.01, in release order.
      blockers: { 1: ['requirement-not-satisfied:BLD-02.01'], 2: ['lower-level-not-achieved', 'audit-required', 'requirement-not-satisfied x32'] },
      verdicts: { 'BLD-02.01': ['not-met', 'answered-not-met'] },
      verdictCounts: { met: 11, 'not-met': 1, unanswered: 31 },
      issues: [],
      counts: { total: [12, 11, 0.9167], BLD: [4, 3, 0.75], 'BLD-02': [1, 0, 0] },
    },
  },
  {
    name: 'verdict-unanswered',
    description: 'One level-1 requirement (OPS-03.01) left unanswered: it counts as not met, and raises no issue.',
    rules: ['§2', '§3'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => delete a.answers['OPS-03.01']),
    expect: {
      achievedLevel: 0,
      conformant: false,
      blockers: { 1: ['requirement-not-satisfied:OPS-03.01'] },
      verdicts: { 'OPS-03.01': ['unanswered', 'no-answer'] },
      verdictCounts: { met: 11, unanswered: 32 },
      issues: [],
    },
  },
  {
    name: 'verdict-na-accepted',
    description: 'An audit where the two conditional requirements GOV-03.03 and BLD-04.04 are answered not applicable with a justification: accepted, and no evidence needed for them. Level 2 is achieved.',
    rules: ['§2', '§2.1', '§3.2'],
    asOf: AS_OF,
    assessment: audit((a) => {
      a.answers['GOV-03.03'] = { status: 'not-applicable', justification: '外部のコミュニティや協力体制には参加していない。' };
      a.answers['BLD-04.04'] = { status: 'not-applicable', justification: '情報管理上重要な委託先がない。' };
    }),
    expect: {
      achievedLevel: 2,
      conformant: true,
      blockers: { 1: [], 2: [] },
      verdicts: { 'GOV-03.03': ['not-applicable', 'na-accepted'], 'BLD-04.04': ['not-applicable', 'na-accepted'] },
      verdictCounts: { met: 41, 'not-applicable': 2 },
      issues: [],
      counts: { total: [43, 43, 1] },
    },
  },
  {
    name: 'verdict-na-not-allowed',
    description: 'GOV-01.01 does not allow "not applicable": answered so (even with a justification), it counts as not met and raises na-not-allowed.',
    rules: ['§2', '§2.1'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.answers['GOV-01.01'] = { status: 'not-applicable', justification: '小規模のため' })),
    expect: {
      achievedLevel: 0,
      blockers: { 1: ['requirement-not-satisfied:GOV-01.01'] },
      verdicts: { 'GOV-01.01': ['not-applicable', 'na-not-allowed'] },
      verdictCounts: { met: 11, 'not-applicable': 1, unanswered: 31 },
      issues: ['na-not-allowed@$.answers["GOV-01.01"].status'],
      severities: { 'na-not-allowed@$.answers["GOV-01.01"].status': 'error' },
      counts: { total: [12, 11, 0.9167] },
    },
  },
  {
    name: 'verdict-na-justification-missing',
    description: 'An audit where OPS-03.03 (N/A allowed with a justification) is answered not applicable without one, and BLD-04.02 with a blank one: both count as not met; level 2 is not achieved.',
    rules: ['§2', '§2.1'],
    asOf: AS_OF,
    assessment: audit((a) => {
      a.answers['OPS-03.03'] = { status: 'not-applicable' };
      a.answers['BLD-04.02'] = { status: 'not-applicable', justification: ' 　' };
    }),
    expect: {
      achievedLevel: 1,
      conformant: false,
      blockers: { 1: [], 2: ['requirement-not-satisfied:BLD-04.02', 'requirement-not-satisfied:OPS-03.03'] },
      verdicts: { 'OPS-03.03': ['not-applicable', 'na-justification-missing'], 'BLD-04.02': ['not-applicable', 'na-justification-missing'] },
      verdictCounts: { met: 41, 'not-applicable': 2 },
      issues: ['na-justification-missing@$.answers["BLD-04.02"].justification', 'na-justification-missing@$.answers["OPS-03.03"].justification'],
      counts: { total: [43, 41, 0.9535] },
    },
  },
  {
    name: 'verdict-stale-evidence',
    description:
      'A release derived from the draft where GOV-02.01 (yearly basic training) and GOV-04.01 (periodic review) recur every year (P1Y). GOV-02.01\'s newest evidence (2025-03-31) showed it met until 2026-03-31: stale on 2026-05-01. GOV-04.01\'s (2025-05-01) holds until 2026-05-01 inclusive: met.',
    rules: ['§2', '§2.2', '§2.3'],
    asOf: AS_OF,
    criteriaPatch: recurringPatch,
    assessment: selfDeclaration((a) => {
      a.answers['GOV-02.01'] = { status: 'met', evidence: [evidence('GOV-02.01', '2024-03-15'), evidence('GOV-02.01', '2025-03-31')] };
      a.answers['GOV-04.01'] = { status: 'met', evidence: [evidence('GOV-04.01', '2025-05-01')] };
    }),
    expect: {
      achievedLevel: 0,
      blockers: { 1: ['requirement-not-satisfied:GOV-02.01'] },
      verdicts: { 'GOV-02.01': ['stale', 'evidence-stale'], 'GOV-04.01': ['met', 'answered-met'] },
      verdictCounts: { met: 11, stale: 1, unanswered: 31 },
      issues: ['evidence-stale@$.answers["GOV-02.01"].evidence'],
    },
  },
  {
    name: 'verdict-stale-no-dated-evidence',
    description:
      'The same derived release: GOV-02.01 answered met with no evidence, GOV-04.01 with evidence dated after asOf only (which does not count). Both are stale: a recurring requirement needs evidence dated on or before asOf.',
    rules: ['§2', '§2.2', '§2.3'],
    asOf: AS_OF,
    criteriaPatch: recurringPatch,
    assessment: selfDeclaration((a) => {
      a.answers['GOV-04.01'] = { status: 'met', evidence: [evidence('GOV-04.01', '2026-05-02')] };
    }),
    expect: {
      achievedLevel: 0,
      blockers: { 1: ['requirement-not-satisfied:GOV-02.01', 'requirement-not-satisfied:GOV-04.01'] },
      verdicts: { 'GOV-02.01': ['stale', 'no-dated-evidence'], 'GOV-04.01': ['stale', 'no-dated-evidence'] },
      verdictCounts: { met: 10, stale: 2, unanswered: 31 },
      issues: ['evidence-missing@$.answers["GOV-02.01"].evidence', 'evidence-missing@$.answers["GOV-04.01"].evidence', 'evidence-in-future@$.answers["GOV-04.01"].evidence[0].date'],
      severities: { 'evidence-in-future@$.answers["GOV-04.01"].evidence[0].date': 'warning' },
    },
  },
  {
    name: 'evidence-in-future',
    description:
      'An audit where OPS-02.02 (level 2) has only evidence dated after asOf, and BLD-01.01 (level 1) one item before and one after. Future items do not count: OPS-02.02 lacks evidence for the audit; BLD-01.01 is fine.',
    rules: ['§2.2', '§3.2'],
    asOf: AS_OF,
    assessment: audit((a) => {
      a.answers['OPS-02.02'].evidence = [evidence('OPS-02.02', '2026-06-30')];
      a.answers['BLD-01.01'].evidence = [evidence('BLD-01.01', '2026-02-01'), evidence('BLD-01.01', '2026-05-02')];
    }),
    expect: {
      achievedLevel: 1,
      conformant: false,
      blockers: { 1: [], 2: ['evidence-missing:OPS-02.02'] },
      verdictCounts: { met: 43 },
      issues: ['evidence-in-future@$.answers["BLD-01.01"].evidence[1].date', 'evidence-missing@$.answers["OPS-02.02"].evidence', 'evidence-in-future@$.answers["OPS-02.02"].evidence[0].date'],
    },
  },
  // §3.1 level 1: the declaration -------------------------------------------------------------
  {
    name: 'level1-declaration-missing',
    description: 'Every level-1 requirement met, but no self-declaration: no level is achieved.',
    rules: ['§3.1'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => delete a.declaration),
    expect: {
      achievedLevel: 0,
      conformant: false,
      blockers: { 1: ['declaration-missing'], 2: ['lower-level-not-achieved', 'audit-required', L2_UNANSWERED] },
      issues: ['declaration-missing@$.declaration'],
    },
  },
  {
    name: 'level1-declaration-incomplete',
    description: 'The signatory\'s role is only an ideographic space (U+3000): white space, so the declaration does not name a role.',
    rules: ['§3.1'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.declaration.signatory.role = '　')),
    expect: { achievedLevel: 0, blockers: { 1: ['declaration-incomplete'] }, issues: ['declaration-incomplete@$.declaration.signatory.role'] },
  },
  {
    name: 'level1-declaration-in-future',
    description: 'The declaration is dated the day after asOf.',
    rules: ['§3.1'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.declaration.date = '2026-05-02')),
    expect: { achievedLevel: 0, blockers: { 1: ['declaration-in-future'] }, issues: ['declaration-in-future@$.declaration.date'] },
  },
  {
    name: 'level1-declaration-expired',
    description: 'A release derived from the draft with a level-1 declaration validity of one year (P1Y). The declaration dated 2025-04-30 was valid until 2026-04-30, before asOf 2026-05-01.',
    rules: ['§3.1'],
    asOf: AS_OF,
    criteriaPatch: [{ op: 'add', path: '/levels/0/declarationValidity', value: 'P1Y' }],
    assessment: selfDeclaration((a) => (a.declaration.date = '2025-04-30')),
    expect: { achievedLevel: 0, blockers: { 1: ['declaration-expired'] }, validUntil: { 1: null }, issues: ['declaration-expired@$.declaration.date'] },
  },
  {
    name: 'level1-declaration-valid-until',
    description: 'The same derived release (P1Y): the declaration dated 2025-05-01 is still valid on 2026-05-01 (inclusive), and the result says until when.',
    rules: ['§3.1', '§3.4'],
    asOf: AS_OF,
    criteriaPatch: [{ op: 'add', path: '/levels/0/declarationValidity', value: 'P1Y' }],
    assessment: selfDeclaration((a) => (a.declaration.date = '2025-05-01')),
    expect: { achievedLevel: 1, conformant: true, blockers: { 1: [] }, validUntil: { 1: '2026-05-01', 2: null }, issues: [] },
  },
  // §3.2 level 2: the audit -------------------------------------------------------------------
  {
    name: 'level2-audit-achieved',
    description: 'A level-2 audit: the supplier\'s declaration, the audit (auditor, body, date), every requirement met with evidence. Level 2 is achieved.',
    rules: ['§3', '§3.1', '§3.2', '§3.3', '§5'],
    asOf: AS_OF,
    assessment: audit(),
    expect: {
      achievedLevel: 2,
      conformant: true,
      provisional: true,
      blockers: { 1: [], 2: [] },
      validUntil: { 1: null, 2: null },
      verdictCounts: { met: 43 },
      issues: [],
      counts: { total: [43, 43, 1], GOV: [12, 12, 1], BLD: [15, 15, 1], OPS: [12, 12, 1], CTR: [4, 4, 1] },
    },
  },
  {
    name: 'level2-self-declaration-cannot-reach',
    description: 'A self-declaration targeting level 2 with every requirement met: level 2 needs an audit, so only level 1 is achieved, and the issue mode-mismatch says why the target cannot be reached.',
    rules: ['§1.4', '§3.2'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => {
      a.targetLevel = 2;
      a.answers = Object.fromEntries(ALL.map((id) => [id, { status: 'met', evidence: [evidence(id)] }]));
    }),
    expect: { achievedLevel: 1, conformant: false, blockers: { 1: [], 2: ['audit-required'] }, issues: ['mode-mismatch@$.mode'], counts: { total: [43, 43, 1] } },
  },
  {
    name: 'level2-evidence-missing',
    description: 'An audit where GOV-01.02 and CTR-01.04 (level 2) are met without evidence: each blocks level 2. GOV-01.01 (level 1) without evidence blocks nothing.',
    rules: ['§3.2'],
    asOf: AS_OF,
    assessment: audit((a) => {
      a.answers['GOV-01.01'].evidence = [];
      a.answers['GOV-01.02'].evidence = [];
      a.answers['CTR-01.04'].evidence = [];
    }),
    expect: {
      achievedLevel: 1,
      blockers: { 1: [], 2: ['evidence-missing:GOV-01.02', 'evidence-missing:CTR-01.04'] },
      verdictCounts: { met: 43 },
      issues: ['evidence-missing@$.answers["CTR-01.04"].evidence', 'evidence-missing@$.answers["GOV-01.02"].evidence'],
      counts: { total: [43, 43, 1] },
    },
  },
  {
    name: 'level2-audit-in-future',
    description: 'The audit is dated after asOf.',
    rules: ['§3.2'],
    asOf: AS_OF,
    assessment: audit((a) => (a.audit.date = '2026-05-15')),
    expect: { achievedLevel: 1, blockers: { 1: [], 2: ['audit-in-future'] }, issues: ['audit-in-future@$.audit.date'] },
  },
  {
    name: 'level2-audit-incomplete',
    description: 'The certification body\'s name is blank.',
    rules: ['§3.2'],
    asOf: AS_OF,
    assessment: audit((a) => (a.audit.body.name = ' ')),
    expect: { achievedLevel: 1, blockers: { 1: [], 2: ['audit-incomplete'] }, issues: ['audit-incomplete@$.audit.body.name'] },
  },
  {
    name: 'level2-audit-expired',
    description: 'A release derived from the draft where a level-2 certificate is valid for one year (P1Y): the audit of 2025-04-20 expired after 2026-04-20. The declaration (no validity at level 1) still holds.',
    rules: ['§3.2'],
    asOf: AS_OF,
    criteriaPatch: [{ op: 'add', path: '/levels/1/declarationValidity', value: 'P1Y' }],
    assessment: audit((a) => {
      a.audit.date = '2025-04-20';
      a.declaration.date = '2025-04-01';
    }),
    expect: { achievedLevel: 1, blockers: { 1: [], 2: ['audit-expired'] }, validUntil: { 1: null, 2: null }, issues: ['audit-expired@$.audit.date'] },
  },
  {
    name: 'level2-valid-until',
    description: 'A derived release with validities P1Y (level 1) and P3Y (level 2): level 2 holds until the earlier end, the declaration\'s (2027-04-01).',
    rules: ['§3.1', '§3.2', '§3.4'],
    asOf: AS_OF,
    criteriaPatch: [
      { op: 'add', path: '/levels/0/declarationValidity', value: 'P1Y' },
      { op: 'add', path: '/levels/1/declarationValidity', value: 'P3Y' },
    ],
    assessment: audit(),
    expect: { achievedLevel: 2, blockers: { 1: [], 2: [] }, validUntil: { 1: '2027-04-01', 2: '2027-04-01' }, issues: [] },
  },
  {
    name: 'level2-audit-without-declaration',
    description: 'An audit with everything met but no supplier declaration: an audit does not replace the declaration (§3.3), so no level is achieved.',
    rules: ['§3.1', '§3.3'],
    asOf: AS_OF,
    assessment: audit((a) => delete a.declaration),
    expect: { achievedLevel: 0, conformant: false, blockers: { 1: ['declaration-missing'], 2: ['lower-level-not-achieved'] }, issues: ['declaration-missing@$.declaration'] },
  },
  {
    name: 'level2-lower-level-not-achieved',
    description: 'An audit where a level-1 requirement (GOV-02.01) is not met: level 1 fails, and level 2 with it; level 2 lists both reasons.',
    rules: ['§3'],
    asOf: AS_OF,
    assessment: audit((a) => (a.answers['GOV-02.01'] = { status: 'not-met' })),
    expect: {
      achievedLevel: 0,
      blockers: { 1: ['requirement-not-satisfied:GOV-02.01'], 2: ['lower-level-not-achieved', 'requirement-not-satisfied:GOV-02.01'] },
      issues: [],
      counts: { total: [43, 42, 0.9767], 'GOV-02': [4, 3, 0.75] },
    },
  },
  // §4 lifecycle ------------------------------------------------------------------------------
  {
    name: 'lifecycle-effective',
    description: 'A release derived from the draft as 1.0.0, effective from 2026-04-01; declared on 2026-04-01: accepted, and the result is not provisional.',
    rules: ['§4'],
    asOf: AS_OF,
    criteriaPatch: released('effective', { published: '2026-03-01', effectiveFrom: '2026-04-01' }),
    assessment: selfDeclaration(() => {}, '1.0.0'),
    expect: { achievedLevel: 1, conformant: true, provisional: false, blockers: { 1: [], 2: ['audit-required', L2_UNANSWERED] }, issues: [] },
  },
  {
    name: 'lifecycle-effective-declared-too-early',
    description: 'The same effective release (from 2026-04-01): a declaration dated 2026-03-31 was not made against a release in force. Level 2 (no audit) is judged at asOf, when the release accepts.',
    rules: ['§4'],
    asOf: AS_OF,
    criteriaPatch: released('effective', { published: '2026-03-01', effectiveFrom: '2026-04-01' }),
    assessment: selfDeclaration((a) => (a.declaration.date = '2026-03-31'), '1.0.0'),
    expect: {
      achievedLevel: 0,
      provisional: false,
      blockers: { 1: ['criteria-not-accepting'], 2: ['lower-level-not-achieved', 'audit-required', L2_UNANSWERED] },
      issues: ['criteria-not-accepting@$.declaration.date'],
    },
  },
  {
    name: 'lifecycle-superseded-still-valid',
    description:
      '1.0.0 superseded, accepting declarations and audits until 2026-09-30. Declaration (2026-04-01) and audit (2026-04-20) were made while it accepted them, so on 2027-01-15 level 2 still holds.',
    rules: ['§4'],
    asOf: '2027-01-15',
    criteriaPatch: released('superseded', { published: '2026-03-01', effectiveFrom: '2026-04-01', acceptUntil: '2026-09-30' }),
    assessment: audit(() => {}, '1.0.0'),
    expect: { achievedLevel: 2, conformant: true, provisional: false, blockers: { 1: [], 2: [] }, issues: [] },
  },
  {
    name: 'lifecycle-superseded-declared-late',
    description: '1.0.0 superseded, accepting until 2026-03-31: a declaration dated 2026-04-01 comes too late.',
    rules: ['§4'],
    asOf: AS_OF,
    criteriaPatch: released('superseded', { published: '2025-03-01', effectiveFrom: '2025-04-01', acceptUntil: '2026-03-31' }),
    assessment: selfDeclaration(() => {}, '1.0.0'),
    expect: {
      achievedLevel: 0,
      blockers: { 1: ['criteria-not-accepting'], 2: ['criteria-not-accepting', 'lower-level-not-achieved', 'audit-required', L2_UNANSWERED] },
      issues: ['criteria-not-accepting@$.criteria', 'criteria-not-accepting@$.declaration.date'],
    },
  },
  {
    name: 'lifecycle-withdrawn',
    description: '1.0.0 withdrawn: it accepts nothing, whatever the dates; every level is blocked.',
    rules: ['§4'],
    asOf: AS_OF,
    criteriaPatch: released('withdrawn', { published: '2025-03-01', effectiveFrom: '2025-04-01' }),
    assessment: audit(() => {}, '1.0.0'),
    expect: {
      achievedLevel: 0,
      provisional: false,
      blockers: { 1: ['criteria-not-accepting'], 2: ['criteria-not-accepting', 'lower-level-not-achieved'] },
      issues: ['criteria-not-accepting@$.criteria'],
    },
  },
  // §1 inputs ---------------------------------------------------------------------------------
  {
    name: 'answers-unknown-and-retired',
    description:
      'A release derived from the draft with GOV-02.04 retired (replaced by GOV-02.03). The assessment answers the retired GOV-02.04 (warning) and GOV-99.01, which does not exist (error). Neither answer is used; GOV-02.04 gets no verdict.',
    rules: ['§1.3'],
    asOf: AS_OF,
    criteriaPatch: [
      { op: 'replace', path: `${pointer('GOV-02.04')}/status`, value: 'retired' },
      {
        op: 'add',
        path: `${pointer('GOV-02.04')}/retired`,
        value: { since: DRAFT_VERSION, reason: { ja: 'GOV-02.03に統合した。', en: 'Merged into GOV-02.03.' }, replacedBy: ['GOV-02.03'] },
      },
    ],
    assessment: selfDeclaration((a) => {
      a.answers['GOV-02.04'] = { status: 'met' };
      a.answers['GOV-99.01'] = { status: 'met' };
    }),
    expect: {
      achievedLevel: 1,
      blockers: { 1: [], 2: ['audit-required', 'requirement-not-satisfied x30'] },
      verdictCounts: { met: 12, unanswered: 30 },
      issues: ['retired-requirement@$.answers["GOV-02.04"]', 'unknown-requirement@$.answers["GOV-99.01"]'],
      severities: { 'retired-requirement@$.answers["GOV-02.04"]': 'warning', 'unknown-requirement@$.answers["GOV-99.01"]': 'error' },
      counts: { 'GOV-02': [1, 1, 1] },
    },
  },
  {
    name: 'target-level-unknown',
    description: 'The target level 3 is not a level of the release: an issue, and not conformant (level 1 is still achieved).',
    rules: ['§1.4'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.targetLevel = 3)),
    expect: { achievedLevel: 1, conformant: false, issues: ['unknown-level-target@$.targetLevel'], counts: { total: [43, 12, 0.2791] } },
  },
  {
    name: 'self-declaration-with-audit-details',
    description: 'A self-declaration that also carries audit details: the validator\'s warning is passed on; the audit details are not used, so level 2 still needs an audit.',
    rules: ['§1.3', '§3.2'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.audit = clone(AUDIT))),
    expect: { achievedLevel: 1, blockers: { 2: ['audit-required', L2_UNANSWERED] }, issues: ['mode-mismatch@$.audit'], severities: { 'mode-mismatch@$.audit': 'warning' } },
  },
  {
    name: 'gap-counts',
    description:
      'An audit with gaps in three categories, to check the counts: GOV 8 of 12 (four level-2 requirements unanswered), BLD 14 of 15, OPS 12 of 12, CTR 2 of 4; 36 of 43 in total. Counts never decide the level.',
    rules: ['§5'],
    asOf: AS_OF,
    assessment: audit((a) => {
      for (const id of ['GOV-01.03', 'GOV-02.03', 'GOV-02.04', 'GOV-03.02']) delete a.answers[id];
      a.answers['BLD-03.03'] = { status: 'not-met' };
      a.answers['CTR-01.03'] = { status: 'not-met' };
      a.answers['CTR-01.04'] = { status: 'not-met' };
    }),
    expect: {
      achievedLevel: 1,
      blockers: {
        1: [],
        2: [
          'requirement-not-satisfied x4',
          'requirement-not-satisfied:BLD-03.03',
          'requirement-not-satisfied:CTR-01.03',
          'requirement-not-satisfied:CTR-01.04',
        ],
      },
      verdictCounts: { met: 36, 'not-met': 3, unanswered: 4 },
      counts: {
        total: [43, 36, 0.8372],
        GOV: [12, 8, 0.6667],
        BLD: [15, 14, 0.9333],
        OPS: [12, 12, 1],
        CTR: [4, 2, 0.5],
        'GOV-02': [4, 2, 0.5],
        'GOV-03': [3, 2, 0.6667],
        'BLD-03': [3, 2, 0.6667],
      },
    },
  },
  {
    name: 'invalid-assessment',
    description: 'An answer with the status "yes", which is not one of met / not-met / not-applicable: no result, only issues.',
    rules: ['§1.3'],
    asOf: AS_OF,
    assessment: selfDeclaration((a) => (a.answers['GOV-01.01'] = { status: 'yes' })),
    expect: { outcome: 'issues', issues: ['invalid-value@$.answers["GOV-01.01"].status'] },
  },
  {
    name: 'criteria-mismatch',
    description: 'The assessment names 1.0.0-draft.2, but the release passed in is 1.0.0-draft.1: a caller error (criteria-mismatch), not a result.',
    rules: ['§1.3'],
    asOf: AS_OF,
    assessment: selfDeclaration(() => {}, '1.0.0-draft.2'),
    expect: { outcome: 'criteria-mismatch' },
  },
];
