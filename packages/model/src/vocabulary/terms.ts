/**
 * The scheme's words, in Japanese (canonical) and English: one catalogue every package and output
 * looks terms up in — the documents, the terminal, the web page — so that a verdict, a release
 * status or a blocker reads the same everywhere. A committee approves these words; change them
 * here, and only here. `docs/glossary.md` is generated from this file (`pnpm generate`).
 */
import type { ASSURANCE_METHODS, CHANGE_LOG_KINDS, REQUIREMENT_KINDS, ReleaseStatus } from '../schemas/criteria.js';
import type { CHANGE_TARGETS, Bump, ChangeKind } from '../schemas/diff.js';
import type { BlockerCode, ReasonCode, Verdict } from '../schemas/result.js';
import type { Severity } from '../issues.js';
import type { ASSESSMENT_MODES } from '../schemas/assessment.js';

export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];
export type AssuranceKind = (typeof ASSURANCE_METHODS)[number];
export type ChangeLogKind = (typeof CHANGE_LOG_KINDS)[number];
export type ChangeTarget = (typeof CHANGE_TARGETS)[number];
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export type RequirementStatus = 'active' | 'retired';
/** A version bump: what changes require (Bump), and what two version numbers say (also prerelease, downgrade). */
export type VersionBump = Bump | 'prerelease' | 'downgrade';
export type TermLang = 'ja' | 'en';
/** The outcome of an evaluation as a whole: is the target level achieved? */
export type Outcome = 'conformant' | 'not-conformant';

/** A text in both languages. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** One term: its words, and (where the words alone do not say it) what it means. */
export interface Term extends Bilingual {
  readonly definition?: Bilingual;
}

/** A group of terms of one kind (the verdicts, the release statuses, …), for the glossary too. */
export interface TermGroup<K extends string> {
  readonly title: Bilingual;
  /** What the terms of the group are. */
  readonly definition: Bilingual;
  /** Where the terms appear: outputs and documents. */
  readonly appears: readonly string[];
  readonly terms: Readonly<Record<K, Term>>;
}

export interface Vocabulary {
  readonly verdict: TermGroup<Verdict>;
  readonly outcome: TermGroup<Outcome>;
  readonly reason: TermGroup<ReasonCode>;
  readonly blocker: TermGroup<BlockerCode>;
  readonly releaseStatus: TermGroup<ReleaseStatus>;
  readonly requirementStatus: TermGroup<RequirementStatus>;
  readonly requirementKind: TermGroup<RequirementKind>;
  readonly assessmentMode: TermGroup<AssessmentMode>;
  readonly assurance: TermGroup<AssuranceKind>;
  readonly severity: TermGroup<Severity>;
  readonly changeKind: TermGroup<ChangeKind>;
  readonly changeTarget: TermGroup<ChangeTarget>;
  readonly changeLogKind: TermGroup<ChangeLogKind>;
  readonly bump: TermGroup<VersionBump>;
}

const deepFreeze = <T extends object>(o: T): T => {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
};

const RESULT_OUTPUTS = ['sisc evaluate (text)', 'evaluation report', 'self-declaration', 'web page'];

/** Every term, by group, with its definition and where it appears. Frozen. */
export const VOCABULARY: Vocabulary = deepFreeze({
  verdict: {
    title: { ja: '判定', en: 'Verdict' },
    definition: { ja: '要求事項ごとの評価の結果。', en: 'The outcome of evaluating one requirement.' },
    appears: [...RESULT_OUTPUTS, 'checklist', 'workbook'],
    terms: {
      met: { ja: '適合', en: 'met', definition: { ja: '要求事項を満たしていると回答され、証跡の条件も満たしている。', en: 'Answered met, with the evidence the requirement asks for.' } },
      'not-met': { ja: '非適合', en: 'not met', definition: { ja: '要求事項を満たしていないと回答された。', en: 'Answered not met.' } },
      'not-applicable': {
        ja: '該当なし',
        en: 'not applicable',
        definition: { ja: '要求事項が事業者に当てはまらないと回答された。認められる場合に限り充足として数える。', en: 'Answered not applicable; counts as satisfied only where the requirement allows it.' },
      },
      unanswered: { ja: '未回答', en: 'unanswered', definition: { ja: '回答がない。非適合として数える。', en: 'No answer; counts as not satisfied.' } },
      stale: {
        ja: '証跡が古い',
        en: 'stale',
        definition: { ja: '適合と回答されたが、最新の証跡が実施周期より古い。非適合として数える。', en: 'Answered met, but the newest evidence is older than the recurrence allows; counts as not satisfied.' },
      },
    },
  },
  outcome: {
    title: { ja: '評価の結果', en: 'Outcome' },
    definition: { ja: '評価全体の結果：目標レベルを達成したかどうか。', en: 'The outcome of an evaluation as a whole: whether the target level is achieved.' },
    appears: [...RESULT_OUTPUTS, 'sisc sign', 'sisc verify'],
    terms: {
      conformant: { ja: '適合', en: 'conformant', definition: { ja: '目標レベルを達成している。', en: 'The target level is achieved.' } },
      'not-conformant': { ja: '非適合', en: 'not conformant', definition: { ja: '目標レベルを達成していない。', en: 'The target level is not achieved.' } },
    },
  },
  reason: {
    title: { ja: '判定の理由', en: 'Reason' },
    definition: { ja: '判定がそうなった理由。', en: 'Why a verdict is what it is.' },
    appears: ['evaluation report', 'web page'],
    terms: {
      'answered-met': { ja: '適合と回答', en: 'answered met' },
      'answered-not-met': { ja: '非適合と回答', en: 'answered not met' },
      'na-accepted': { ja: '該当なしを認める', en: 'not applicable, accepted' },
      'na-not-allowed': { ja: '該当なしは認められない', en: 'not applicable is not allowed' },
      'na-justification-missing': { ja: '該当なしの理由がない', en: 'no justification for not applicable' },
      'no-answer': { ja: '回答なし', en: 'no answer' },
      'evidence-stale': { ja: '証跡が古い', en: 'evidence stale' },
      'no-dated-evidence': { ja: '日付のある証跡がない', en: 'no dated evidence' },
    },
  },
  blocker: {
    title: { ja: 'レベルを妨げているもの', en: 'Blocker' },
    definition: { ja: 'レベルを達成できない理由の一つ。文面の例は docs/glossary.md にあります。', en: 'One reason a level is not achieved. docs/glossary.md shows its sentences.' },
    appears: RESULT_OUTPUTS,
    terms: {
      'requirement-not-satisfied': { ja: '要求事項を満たしていない', en: 'a requirement is not satisfied' },
      'lower-level-not-achieved': { ja: '下位のレベルを達成していない', en: 'the level below is not achieved' },
      'declaration-missing': { ja: '自己適合宣言（署名者・役職・日付）がない', en: 'there is no self-declaration (signatory, role and date)' },
      'declaration-incomplete': { ja: '自己適合宣言に署名者の氏名または役職がない', en: "the declaration does not name the signatory's name or role" },
      'declaration-in-future': { ja: '宣言日が評価基準日より後である', en: 'the declaration is dated after the evaluation date' },
      'declaration-expired': { ja: '自己適合宣言の有効期限が過ぎている', en: 'the declaration has expired' },
      'audit-required': { ja: '認定審査によってのみ達成できる', en: 'the level is achieved by a certification audit only' },
      'audit-in-future': { ja: '審査日が評価基準日より後である', en: 'the audit is dated after the evaluation date' },
      'evidence-missing': { ja: '証跡のない「適合」の回答', en: 'answered met without evidence' },
      'criteria-not-accepting': { ja: '基準が宣言・審査を受け付けていない', en: 'the criteria release does not accept declarations or audits' },
      'audit-incomplete': { ja: '審査の情報に審査員または審査機関の名称がない', en: 'the audit does not name its auditor or certification body' },
      'audit-expired': { ja: '審査の有効期限が過ぎている', en: 'the audit has expired' },
    },
  },
  releaseStatus: {
    title: { ja: 'リリースの状態', en: 'Release status' },
    definition: { ja: '基準の版（リリース）の状態。', en: 'The status of a criteria release.' },
    appears: ['sisc versions', 'sisc evaluate (text)', 'standard', 'web page'],
    terms: {
      draft: { ja: '草案', en: 'draft', definition: { ja: '検討中の版。評価結果は暫定。', en: 'Under discussion; results against it are provisional.' } },
      effective: { ja: '発効', en: 'effective', definition: { ja: '発効日から宣言・審査に使える版。', en: 'In force: used for declarations and audits from its effective date.' } },
      superseded: {
        ja: '旧版（後継版あり）',
        en: 'superseded',
        definition: { ja: '後継版がある版。受付終了日まで宣言・審査に使える。', en: 'A later release exists; still accepts declarations and audits until its accept-until date.' },
      },
      withdrawn: { ja: '廃止', en: 'withdrawn', definition: { ja: '宣言・審査には使えない版。', en: 'No longer used for declarations or audits.' } },
    },
  },
  requirementStatus: {
    title: { ja: '要求事項の状態', en: 'Requirement status' },
    definition: { ja: '要求事項が現行か廃止か。廃止された要求事項のIDは再利用されない。', en: 'Whether a requirement is active or retired. A retired requirement keeps its ID, which is never reused.' },
    appears: ['sisc diff', 'changelog', 'standard'],
    terms: {
      active: { ja: '現行', en: 'active' },
      retired: { ja: '廃止', en: 'retired' },
    },
  },
  requirementKind: {
    title: { ja: '要求事項の種別', en: 'Requirement kind' },
    definition: { ja: 'レベルの要求事項か、それを具体化した詳細要件か。', en: 'A requirement of a level, or a detailed requirement that makes one concrete.' },
    appears: ['standard', 'checklist'],
    terms: {
      'level-requirement': { ja: '要求事項', en: 'Level requirement' },
      'detailed-requirement': { ja: '詳細要件', en: 'Detailed requirement' },
    },
  },
  assessmentMode: {
    title: { ja: '評価の種別', en: 'Assessment mode' },
    definition: { ja: '評価票が自己適合宣言か認定審査か。', en: 'Whether an assessment is a self-declaration or a certification audit.' },
    appears: [...RESULT_OUTPUTS, 'workbook'],
    terms: {
      'self-declaration': { ja: '自己適合宣言', en: 'self-declaration', definition: { ja: '事業者が自ら適合を宣言する（レベル1）。', en: 'The company declares conformity itself (Level 1).' } },
      audit: { ja: '認定審査', en: 'certification audit', definition: { ja: '審査機関の審査員が適合を審査する（レベル2）。', en: 'An auditor of a certification body examines conformity (Level 2).' } },
    },
  },
  assurance: {
    title: { ja: '保証の方法', en: 'Assurance' },
    definition: { ja: 'レベルの適合をどう示すか。', en: 'How conformity with a level is shown.' },
    appears: ['standard'],
    terms: {
      'self-declared': { ja: '自己宣言', en: 'self-declared' },
      audited: { ja: '審査', en: 'audited' },
    },
  },
  severity: {
    title: { ja: '指摘の重大度', en: 'Severity' },
    definition: {
      ja: 'エラー: 文書が正しくないか、要求事項を適合として数えられない。警告: 正しいが確認が必要。情報: 記録のため。',
      en: 'error: the document is not valid or a requirement cannot count as met; warning: valid, but worth a look; info: for the record.',
    },
    appears: ['sisc validate', 'sisc evaluate (text)', 'evaluation report', 'changelog', 'web page'],
    terms: {
      error: { ja: 'エラー', en: 'error' },
      warning: { ja: '警告', en: 'warning' },
      info: { ja: '情報', en: 'info' },
    },
  },
  changeKind: {
    title: { ja: '変更の種類', en: 'Change kind' },
    definition: { ja: '二つのリリースの間の変更の種類。', en: 'The kind of a change between two releases.' },
    appears: ['sisc diff', 'changelog'],
    terms: {
      added: { ja: '追加', en: 'added' },
      removed: { ja: '削除', en: 'removed' },
      retired: { ja: '廃止', en: 'retired' },
      reinstated: { ja: '復活', en: 'reinstated' },
      'text-changed': { ja: '文言の変更', en: 'text changed' },
      moved: { ja: '移動', en: 'moved' },
      'level-changed': { ja: '適用レベルの変更', en: 'level changed' },
      'kind-changed': { ja: '種別の変更', en: 'kind changed' },
      'na-policy-changed': { ja: '「該当なし」の扱いの変更', en: '"not applicable" policy changed' },
      'evidence-changed': { ja: '求める証跡の変更', en: 'expected evidence changed' },
      'recurrence-changed': { ja: '実施周期の変更', en: 'recurrence changed' },
      'references-changed': { ja: '参照の変更', en: 'references changed' },
      'metadata-changed': { ja: '付随情報の変更', en: 'metadata changed' },
      'assurance-changed': { ja: '保証の方法の変更', en: 'assurance changed' },
      'validity-changed': { ja: '有効期間の変更', en: 'validity changed' },
    },
  },
  changeTarget: {
    title: { ja: '変更の対象', en: 'Change target' },
    definition: { ja: '変更されたものの種類。', en: 'What kind of thing changed.' },
    appears: ['sisc diff', 'changelog'],
    terms: {
      release: { ja: 'リリース', en: 'release' },
      level: { ja: 'レベル', en: 'level' },
      category: { ja: '大項目', en: 'category' },
      item: { ja: '中項目', en: 'item' },
      requirement: { ja: '要求事項', en: 'requirement' },
    },
  },
  changeLogKind: {
    title: { ja: '変更履歴の記載', en: 'Change-log entry' },
    definition: { ja: 'リリースの変更履歴に委員会が記載する変更の種類。', en: 'The kind of change the committee records in a release\'s change log.' },
    appears: ['sisc diff', 'changelog', 'standard'],
    terms: {
      added: { ja: '追加', en: 'added' },
      modified: { ja: '変更', en: 'modified' },
      editorial: { ja: '編集上の修正', en: 'editorial' },
      moved: { ja: '移動', en: 'moved' },
      split: { ja: '分割', en: 'split' },
      merged: { ja: '統合', en: 'merged' },
      retired: { ja: '廃止', en: 'retired' },
    },
  },
  bump: {
    title: { ja: '版上げ', en: 'Version bump' },
    definition: {
      ja: '版番号（セマンティック バージョニング）のどの部分を上げるか。変更内容が求める版上げと、二つの版番号の間の実際の版上げ。',
      en: 'Which part of the version number (semantic versioning) goes up: the bump the changes require, and the bump between two version numbers.',
    },
    appears: ['sisc diff', 'changelog'],
    terms: {
      major: { ja: 'メジャー', en: 'major', definition: { ja: '適合の判定が変わりうる変更。', en: 'A change that can change whether a company conforms.' } },
      minor: { ja: 'マイナー', en: 'minor', definition: { ja: '適合の判定を変えない追加。', en: 'An addition that does not change whether a company conforms.' } },
      patch: { ja: 'パッチ', en: 'patch', definition: { ja: '意味を変えない修正。', en: 'A correction that does not change meaning.' } },
      none: { ja: 'なし', en: 'none' },
      prerelease: { ja: 'プレリリース', en: 'prerelease', definition: { ja: '草案どうしの版番号の変化。何も約束しない。', en: 'Between prerelease version numbers, which promise nothing.' } },
      downgrade: { ja: '版の後退', en: 'downgrade' },
    },
  },
});

export type TermKind = keyof Vocabulary;
type Labels<G> = G extends TermGroup<infer K> ? Readonly<Record<K, string>> : never;
export type Terms = { readonly [G in TermKind]: Labels<Vocabulary[G]> };

function labels(lang: TermLang): Terms {
  const out: Record<string, Record<string, string>> = {};
  for (const [group, g] of Object.entries(VOCABULARY) as [TermKind, TermGroup<string>][]) {
    out[group] = Object.fromEntries(Object.entries(g.terms).map(([k, t]) => [k, t[lang]]));
  }
  return out as unknown as Terms;
}

/** Every term's label, by language and group: `TERMS.ja.verdict['not-met']` is 非適合. Frozen. */
export const TERMS: Readonly<Record<TermLang, Terms>> = deepFreeze({ ja: labels('ja'), en: labels('en') });

/** The label of one term: `term('verdict', 'not-met', 'ja')` is 非適合. */
export function term<G extends TermKind>(group: G, key: keyof Vocabulary[G]['terms'], lang: TermLang): string {
  return (VOCABULARY[group].terms as Record<PropertyKey, Term>)[key as PropertyKey]![lang];
}

/**
 * The one way a ratio is written, in every output: a percentage with at most two decimals, trailing
 * zeros dropped (0.6667 → "66.67%", 0.5 → "50%", 0.9170 → "91.7%"). The engine rounds ratios to 4
 * decimals, so two decimals of a percentage show exactly what the result says — no output rounds
 * it a second time, and the terminal, the documents and the web page agree to the digit.
 */
export function formatRatio(ratio: number): string {
  const basisPoints = Math.round(ratio * 10000);
  const whole = Math.floor(basisPoints / 100);
  const frac = basisPoints % 100;
  return frac === 0 ? `${whole}%` : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`;
}
