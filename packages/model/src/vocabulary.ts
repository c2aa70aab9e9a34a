/**
 * The scheme's words, in Japanese (canonical) and English: one catalogue every package and output
 * looks terms up in — the documents, the terminal, the web page — so that a verdict, a release
 * status or a blocker reads the same everywhere. A committee approves these words; change them
 * here, and only here.
 */
import type { ReleaseStatus } from './schemas/criteria.js';
import type { BlockerCode, ReasonCode, Verdict } from './schemas/result.js';
import type { Severity } from './issues.js';
import type { ASSESSMENT_MODES } from './schemas/assessment.js';

export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];
export type TermLang = 'ja' | 'en';

export interface Terms {
  releaseStatus: Readonly<Record<ReleaseStatus, string>>;
  assessmentMode: Readonly<Record<AssessmentMode, string>>;
  severity: Readonly<Record<Severity, string>>;
  verdict: Readonly<Record<Verdict, string>>;
  reason: Readonly<Record<ReasonCode, string>>;
  blocker: Readonly<Record<BlockerCode, string>>;
}

const deepFreeze = <T extends object>(o: T): T => {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
};

/** Every term, by language. Frozen. */
export const TERMS: Readonly<Record<TermLang, Terms>> = deepFreeze({
  ja: {
    releaseStatus: { draft: '草案', effective: '発効', superseded: '旧版（後継版あり）', withdrawn: '廃止' },
    assessmentMode: { 'self-declaration': '自己適合宣言', audit: '認定審査' },
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    verdict: { met: '適合', 'not-met': '非適合', 'not-applicable': '該当なし', unanswered: '未回答', stale: '証跡が古い' },
    reason: {
      'answered-met': '適合と回答',
      'answered-not-met': '非適合と回答',
      'na-accepted': '該当なしを認める',
      'na-not-allowed': '該当なしは認められない',
      'na-justification-missing': '該当なしの理由がない',
      'no-answer': '回答なし',
      'evidence-stale': '証跡が古い',
      'no-dated-evidence': '日付のある証跡がない',
    },
    blocker: {
      'requirement-not-satisfied': '要求事項を満たしていない',
      'lower-level-not-achieved': '下位のレベルを達成していない',
      'declaration-missing': '自己適合宣言（署名者・役職・日付）がない',
      'declaration-incomplete': '自己適合宣言に署名者の氏名または役職がない',
      'declaration-in-future': '宣言日が評価基準日より後である',
      'declaration-expired': '自己適合宣言の有効期限が過ぎている',
      'audit-required': '認定審査によってのみ達成できる',
      'audit-in-future': '審査日が評価基準日より後である',
      'evidence-missing': '証跡がない',
      'criteria-not-accepting': '基準が宣言・審査を受け付けていない',
      'audit-incomplete': '審査の情報に審査員または審査機関の名称がない',
      'audit-expired': '審査の有効期限が過ぎている',
    },
  },
  en: {
    releaseStatus: { draft: 'draft', effective: 'effective', superseded: 'superseded', withdrawn: 'withdrawn' },
    assessmentMode: { 'self-declaration': 'self-declaration', audit: 'certification audit' },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    verdict: { met: 'met', 'not-met': 'not met', 'not-applicable': 'not applicable', unanswered: 'unanswered', stale: 'stale' },
    reason: {
      'answered-met': 'answered met',
      'answered-not-met': 'answered not met',
      'na-accepted': 'not applicable, accepted',
      'na-not-allowed': 'not applicable is not allowed',
      'na-justification-missing': 'no justification for not applicable',
      'no-answer': 'no answer',
      'evidence-stale': 'evidence too old',
      'no-dated-evidence': 'no dated evidence',
    },
    blocker: {
      'requirement-not-satisfied': 'a requirement is not satisfied',
      'lower-level-not-achieved': 'the level below is not achieved',
      'declaration-missing': 'there is no self-declaration (signatory, role and date)',
      'declaration-incomplete': "the declaration does not name the signatory's name or role",
      'declaration-in-future': 'the declaration is dated after the evaluation date',
      'declaration-expired': 'the declaration has expired',
      'audit-required': 'the level is achieved by a certification audit only',
      'audit-in-future': 'the audit is dated after the evaluation date',
      'evidence-missing': 'evidence is missing',
      'criteria-not-accepting': 'the criteria release does not accept declarations or audits',
      'audit-incomplete': 'the audit does not name its auditor or certification body',
      'audit-expired': 'the audit has expired',
    },
  },
});

/**
 * The one way a ratio is written, in every output: a percentage with at most two decimals, trailing
 * zeros dropped (0.6667 → "66.67%", 0.5 → "50%", 0.9170 → "91.7%"). Ratios are already rounded
 * to 4 decimals by the engine.
 */
export function formatRatio(ratio: number): string {
  const basisPoints = Math.round(ratio * 10000);
  const whole = Math.floor(basisPoints / 100);
  const frac = basisPoints % 100;
  return frac === 0 ? `${whole}%` : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`;
}
