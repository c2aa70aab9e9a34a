/**
 * The sentences of every blocker code, in English and Japanese, from the blocker's params. The
 * engine builds each blocker as code + params and sets `message` from the English template here;
 * every output (the terminal, the documents, the web page) shows `localize(blocker, lang)`.
 */
import type { ReleaseStatus } from '../schemas/criteria.js';
import type { BlockerCode, ReasonCode, Verdict } from '../schemas/result.js';
import { TERMS, type AssessmentMode, type TermLang } from './terms.js';

/** Why a release does not accept a declaration or audit made on `date` (scoring rules §4). */
export interface RefusalParams {
  /** The release, as "scheme version". */
  release: string;
  /** The release's status. */
  status: ReleaseStatus;
  refusal: 'withdrawn' | 'not-yet-effective' | 'no-accept-until' | 'no-longer-accepting';
  /** The date of the declaration or audit (or the evaluation date when there is none). */
  date: string;
  /** effectiveFrom (not-yet-effective) or acceptUntil (no-longer-accepting). */
  limit?: string;
}

/** The params of each blocker code. */
export interface BlockerParams {
  'requirement-not-satisfied': { id: string; level: number; verdict: Verdict; reason?: ReasonCode };
  'lower-level-not-achieved': { level: number };
  'declaration-missing': { level: number };
  'declaration-incomplete': { level: number; missing: 'name' | 'role' | 'name and role' };
  'declaration-in-future': { level: number; date: string; asOf: string };
  'declaration-expired': { level: number; date: string; until: string };
  'audit-required': { level: number; mode: AssessmentMode };
  'audit-in-future': { level: number; date: string; asOf: string };
  'evidence-missing': { id: string; asOf: string };
  'criteria-not-accepting': { level: number } & RefusalParams;
  'audit-incomplete': { level: number; missing: 'auditor' | 'body' | 'auditor and body' };
  'audit-expired': { level: number; date: string; until: string };
}

type Templates = { readonly [C in BlockerCode]: Readonly<Record<TermLang, (q: BlockerParams[C]) => string>> };

/** The reason a release refuses an attestation, as a clause (no final stop). */
export function refusalText(q: RefusalParams, lang: TermLang): string {
  const limit = q.limit ?? '';
  if (lang === 'ja') {
    switch (q.refusal) {
      case 'withdrawn':
        return `${q.release} は「${TERMS.ja.releaseStatus[q.status]}」の版で、宣言・審査を受け付けていません`;
      case 'not-yet-effective':
        return `${q.release} の発効日は ${limit} で、${q.date} より後です`;
      case 'no-accept-until':
        return `${q.release} は「${TERMS.ja.releaseStatus[q.status]}」の版で、宣言を受け付ける期限が定められていません`;
      case 'no-longer-accepting':
        return `${q.release} が宣言・審査を受け付けたのは ${limit} までで、${q.date} より前です`;
    }
  }
  switch (q.refusal) {
    case 'withdrawn':
      return `${q.release} is ${q.status}; it no longer accepts declarations or audits`;
    case 'not-yet-effective':
      return `${q.release} is effective from ${limit}, after ${q.date}`;
    case 'no-accept-until':
      return `${q.release} is ${q.status} and names no date until which it accepts declarations`;
    case 'no-longer-accepting':
      return `${q.release} accepted declarations and audits until ${limit}, before ${q.date}`;
  }
}

/** Scoring rules §2: why a requirement is not satisfied, in words. */
function verdictWords(q: BlockerParams['requirement-not-satisfied'], lang: TermLang): string {
  if (lang === 'ja') {
    switch (q.reason) {
      case 'no-answer':
        return '回答されていません';
      case 'answered-not-met':
        return `${TERMS.ja.verdict['not-met']}と回答されています`;
      case 'na-not-allowed':
        return `「${TERMS.ja.verdict['not-applicable']}」と回答されていますが、認められていません`;
      case 'na-justification-missing':
        return `「${TERMS.ja.verdict['not-applicable']}」と回答されていますが、必要な理由の記載がありません`;
      case 'evidence-stale':
        return `${TERMS.ja.verdict.stale}状態です（最新の証跡が実施周期より古い）`;
      case 'no-dated-evidence':
        return `${TERMS.ja.verdict.stale}状態です（実施周期があり、評価基準日以前の日付の証跡がない）`;
      default:
        return `「${TERMS.ja.verdict[q.verdict]}」です`;
    }
  }
  switch (q.reason) {
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
      return q.verdict;
  }
}

const JA_FIELD: Record<string, string> = { name: '氏名', role: '役職', 'name and role': '氏名と役職', auditor: '審査員', body: '審査機関', 'auditor and body': '審査員と審査機関' };

/** The English and Japanese sentence of every blocker code. Frozen. */
export const BLOCKER_MESSAGES: Templates = Object.freeze({
  'requirement-not-satisfied': {
    en: (q) => `${q.id} (level ${q.level}) is ${verdictWords(q, 'en')}.`,
    ja: (q) => `${q.id}（レベル${q.level}）は${verdictWords(q, 'ja')}。`,
  },
  'lower-level-not-achieved': {
    en: (q) => `Level ${q.level} needs level ${q.level - 1} achieved first.`,
    ja: (q) => `レベル${q.level}の前に、レベル${q.level - 1}を達成する必要があります。`,
  },
  'declaration-missing': {
    en: (q) => `Level ${q.level} needs a self-declaration signed by a named person in a named role; there is none.`,
    ja: (q) => `レベル${q.level}には、氏名と役職を明記した署名者による${TERMS.ja.assessmentMode['self-declaration']}が必要ですが、ありません。`,
  },
  'declaration-incomplete': {
    en: (q) => `Level ${q.level}: the declaration does not name the signatory's ${q.missing}.`,
    ja: (q) => `レベル${q.level}: ${TERMS.ja.assessmentMode['self-declaration']}に署名者の${JA_FIELD[q.missing] ?? q.missing}がありません。`,
  },
  'declaration-in-future': {
    en: (q) => `Level ${q.level}: the declaration is dated ${q.date}, after ${q.asOf}.`,
    ja: (q) => `レベル${q.level}: 宣言日 ${q.date} が評価基準日 ${q.asOf} より後です。`,
  },
  'declaration-expired': {
    en: (q) => `Level ${q.level}: the declaration dated ${q.date} was valid until ${q.until}.`,
    ja: (q) => `レベル${q.level}: ${q.date} 付の${TERMS.ja.assessmentMode['self-declaration']}の有効期限は ${q.until} でした。`,
  },
  'audit-required': {
    en: (q) => `Level ${q.level} is achieved by a certification audit only; this assessment is a ${q.mode}.`,
    ja: (q) => `レベル${q.level}は${TERMS.ja.assessmentMode.audit}によってのみ達成できます（この評価票は${TERMS.ja.assessmentMode[q.mode]}です）。`,
  },
  'audit-in-future': {
    en: (q) => `Level ${q.level}: the audit is dated ${q.date}, after ${q.asOf}.`,
    ja: (q) => `レベル${q.level}: 審査日 ${q.date} が評価基準日 ${q.asOf} より後です。`,
  },
  'evidence-missing': {
    en: (q) => `${q.id} applies from an audited level and is answered met, but carries no evidence dated on or before ${q.asOf}.`,
    ja: (q) => `${q.id} は審査で達成するレベルから適用され、${TERMS.ja.verdict.met}と回答されていますが、${q.asOf} 以前の日付の証跡がありません。`,
  },
  'criteria-not-accepting': {
    en: (q) => `Level ${q.level}: ${refusalText(q, 'en')}.`,
    ja: (q) => `レベル${q.level}: ${refusalText(q, 'ja')}。`,
  },
  'audit-incomplete': {
    en: (q) => `Level ${q.level}: the audit does not name its ${q.missing}.`,
    ja: (q) => `レベル${q.level}: 審査の情報に${JA_FIELD[q.missing] ?? q.missing}の名称がありません。`,
  },
  'audit-expired': {
    en: (q) => `Level ${q.level}: the audit dated ${q.date} was valid until ${q.until}.`,
    ja: (q) => `レベル${q.level}: ${q.date} 付の審査の有効期限は ${q.until} でした。`,
  },
} satisfies Templates);

/** The sentence of one blocker, typed: `blockerMessage('audit-required', { level: 2, mode: 'self-declaration' }, 'ja')`. */
export function blockerMessage<C extends BlockerCode>(code: C, params: BlockerParams[C], lang: TermLang): string {
  return (BLOCKER_MESSAGES[code] as Record<TermLang, (q: BlockerParams[C]) => string>)[lang](params);
}
