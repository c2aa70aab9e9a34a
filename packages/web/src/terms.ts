/**
 * The scheme's terms as the page shows them. They are looked up, never written here: the
 * vocabulary is the one the documents use.
 */
import type { BlockerCode, ReleaseStatus } from '@sisc/model';
import type { Lang, Status } from './state.js';

const STATUS: Record<Lang, Record<Status, string>> = {
  ja: { met: '適合', 'not-met': '非適合', 'not-applicable': '該当なし' },
  en: { met: 'met', 'not-met': 'not met', 'not-applicable': 'not applicable' },
};

const RELEASE: Record<Lang, Record<ReleaseStatus, string>> = {
  ja: { draft: '草案', effective: '発効', superseded: '旧版（後継版あり）', withdrawn: '廃止' },
  en: { draft: 'draft', effective: 'effective', superseded: 'superseded', withdrawn: 'withdrawn' },
};

const BLOCKER: Record<Lang, Record<BlockerCode, string>> = {
  ja: {
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
  en: {
    'requirement-not-satisfied': 'requirement not satisfied',
    'lower-level-not-achieved': 'a lower level is not achieved',
    'declaration-missing': 'no self-declaration (signatory, role, date)',
    'declaration-incomplete': 'the self-declaration lacks the signatory’s name or role',
    'declaration-in-future': 'the declaration is dated after the evaluation date',
    'declaration-expired': 'the self-declaration has expired',
    'audit-required': 'can be achieved only by a certification audit',
    'audit-in-future': 'the audit is dated after the evaluation date',
    'evidence-missing': 'no evidence',
    'criteria-not-accepting': 'the criteria do not accept declarations or audits',
    'audit-incomplete': 'the audit lacks the auditor’s or the body’s name',
    'audit-expired': 'the audit has expired',
  },
};

export const statusTerm = (s: Status, lang: Lang) => STATUS[lang][s];
export const releaseStatusTerm = (s: ReleaseStatus, lang: Lang) => RELEASE[lang][s];
export const blockerTerm = (code: BlockerCode, lang: Lang) => BLOCKER[lang][code];
