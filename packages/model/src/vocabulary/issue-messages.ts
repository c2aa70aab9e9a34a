import { describeLimit, INPUT_BUDGET } from '../budget.js';
import type { Issue, IssueCode, Severity } from '../issues.js';
import { refusalText, type RefusalParams } from './blocker-messages.js';
import { TERMS, type AssessmentMode } from './terms.js';

/**
 * The messages of every issue code: the params each code's message is built from (`IssueParams`,
 * so a template cannot read a param its callers do not pass: `issue()` requires them) and its
 * Japanese template. The English sentence is `issue.message`, written where the issue is raised
 * with the same params; `localize(issue, lang)` gives either.
 */
type Value = string | number | boolean;

/** The params of each issue code. */
export interface IssueParams {
  'invalid-syntax': { detail: string; yamlCode?: string; line?: number; column?: number };
  'invalid-type': { expected: string; found: string };
  'missing-field': { field: string };
  'unknown-field': { field: string };
  'invalid-value': { found: string; expected?: string; suggestion?: string };
  'invalid-format': { expected: string; found: string };
  'too-small': { limit: Value; origin?: string; found?: Value };
  'too-big': { limit: Value; origin?: string; found?: Value; budget?: string; at?: string };
  'forbidden-key': { field: string };
  'too-deep': { limit?: Value; reason?: string };
  'duplicate-id': { id: string };
  'dangling-reference': { id: string };
  'non-contiguous-levels': { expected: Value; found: Value };
  'unknown-level': { found: Value };
  'retired-without-details': Record<never, never>;
  'retired-details-on-active': Record<never, never>;
  'id-prefix-mismatch': { id: string; expected: string };
  'missing-translation': { status: string };
  'stale-translation': { expected: string; found: string };
  'status-version-mismatch': { status: string; found: string };
  'invalid-dates': Record<never, never>;
  'empty-item': { id: string };
  'criteria-mismatch': { expected: string; found: string };
  'unknown-requirement': { id: string; suggestion?: string };
  'retired-requirement': { id: string };
  'unknown-level-target': { found: Value };
  'na-not-allowed': { id: string };
  'na-justification-missing': { id: string };
  'evidence-missing': { id: string };
  'evidence-stale': { id: string; newest: string; recurrence: string };
  'evidence-in-future': { found: string; asOf?: string };
  'declaration-missing': Record<never, never>;
  'declaration-incomplete': { field: string };
  'declaration-in-future': { found: string; asOf: string };
  'declaration-expired': { until: string; level?: number; found?: string; validity?: string };
  'audit-missing': Record<never, never>;
  'mode-mismatch': { found?: string };
  'invalid-corporate-number': { found: string };
  'criteria-not-accepting': { date: string; status?: string; version?: string } & Partial<RefusalParams>;
  'undeclared-change': { id: string };
  'unmatched-declared-change': { id: string };
  'declared-unknown-id': { id: string };
  'version-not-honoured': { required: string; actual: string };
  'scheme-mismatch': { from: string; to: string };
  'audit-incomplete': { field: string };
  'audit-in-future': { found: string; asOf: string };
  'audit-expired': { until: string; level?: number; found?: string; validity?: string };
  'id-reused': { id: string; from: string; to: string };
  'invalid-replacement': { id: string; reason: string };
  'id-removed': { id: string; to: string };
  'change-log-not-reconciled': { from: string; to: string };
}

/**
 * The params an issue of code C carries: at least what its messages read; more values may be kept
 * for tools, and a reader with its own wording gives its Japanese sentence as `messageJa`.
 */
export type IssueParamsOf<C extends IssueCode> = IssueParams[C] & { messageJa?: string; [more: string]: Value | undefined };

type Template<C extends IssueCode> = (path: string, q: IssueParamsOf<C>) => string;
/** One template, or one per severity where a code is raised as a warning by one rule and an error by another. */
type IssueTemplates = { [C in IssueCode]: Template<C> | Partial<Record<Severity, Template<C>>> };

const p = (params: object | undefined, key: string) => String((params as Record<string, Value> | undefined)?.[key] ?? '');
const n = (params: object | undefined, key: string) => Number((params as Record<string, Value> | undefined)?.[key] ?? 0).toLocaleString('en-US');

/** Going over the input budget (budget.ts) names the limit; other sizes are a schema's bounds. */
function tooBigJa(path: string, q: IssueParams['too-big']): string {
  switch (q?.budget) {
    case 'bytes':
      return `${path}: ファイルが大きすぎます（${n(q, 'found')}バイト。上限は ${describeLimit('bytes', Number(q.limit ?? 0), 'ja')}）。読み取りませんでした。`;
    case 'nodes':
      return `${path}: 文書の値の数が上限の ${n(q, 'limit')} 個を超えています（YAMLの別名は展開した数で数えます）。${q.at ? `${p(q, 'at')} 以降は` : ''}読み取りませんでした。`;
    case 'yamlNodes':
      return `${path}: YAMLで書かれた値の数（キーを含む）が上限の ${n(q, 'limit')} 個を超えています。${q.at ? `${p(q, 'at')} 以降は` : ''}読み取りませんでした。これより大きな文書はJSONで書いてください（JSONの上限は ${INPUT_BUDGET.nodes.toLocaleString('en-US')} 個です）。`;
    case 'keysPerObject':
      return `${path}: このオブジェクトには ${n(q, 'found')} 個の項目があり、上限の ${n(q, 'limit')} 個を超えています。読み取りませんでした。`;
    case 'arrayLength':
      return `${path}: このリストには ${n(q, 'found')} 個の要素があり、上限の ${n(q, 'limit')} 個を超えています。読み取りませんでした。`;
    case 'aliases':
      return `${path}: YAMLの別名（*名前）が上限の ${n(q, 'limit')} 個を超えています。読み取りませんでした。`;
    default:
      if (q?.origin === 'string') return `${path}: ${n(q, 'limit')}文字以内で記入してください（${p(q, 'found')}）。`;
      if (q?.origin === 'array') return `${path}: ${n(q, 'limit')}件以内にしてください。`;
      return `${path}: 値が大きすぎます（上限 ${p(q, 'limit')}）。`;
  }
}

const JA: IssueTemplates = {
  'invalid-syntax': (path, q) => `${path}: ファイルを読み取れません（${p(q, 'detail')}）。`,
  'invalid-type': (path, q) => `${path}: ${p(q, 'expected')} が必要ですが、${p(q, 'found')} が指定されています。`,
  'missing-field': (path, q) => `${path}: 必須の項目「${p(q, 'field')}」がありません。`,
  'unknown-field': (path, q) => `${path}: 「${p(q, 'field')}」はここで使える項目名ではありません（綴りを確認するか、削除してください）。`,
  'invalid-value': (path, q) =>
    (q.expected === undefined ? `${path}: ${p(q, 'found')} は、使える形のいずれにも当てはまりません。` : `${path}: ${p(q, 'expected')} のいずれかが必要ですが、${p(q, 'found')} が指定されています。`) +
    (q.suggestion ? `${p(q, 'suggestion')} のことですか。` : ''),
  'invalid-format': (path, q) => `${path}: ${p(q, 'expected')} の形式が必要ですが、${p(q, 'found')} が指定されています。`,
  'too-small': (path, q) => {
    const limit = Number(q?.limit ?? 0);
    if (q?.origin === 'string') return limit === 1 ? `${path}: 空欄です。記入してください。` : `${path}: ${n(q, 'limit')}文字以上で記入してください。`;
    if (q?.origin === 'array') return `${path}: ${n(q, 'limit')}件以上必要です。`;
    if (q?.origin === 'number' || q?.origin === 'int' || q?.origin === 'bigint') return `${path}: ${p(q, 'limit')} 以上の値が必要ですが、${p(q, 'found')} が指定されています。`;
    return `${path}: 値が小さすぎるか空です（下限 ${p(q, 'limit')}）。`;
  },
  'too-big': (path, q) => tooBigJa(path, q),
  'forbidden-key': (path, q) => `${path}: 「${p(q, 'field')}」は項目名として使えません。`,
  'too-deep': (path, q) =>
    /contains itself/.test(String(q?.reason ?? '')) ? `${path}: この値は自分自身を含んでいます（YAMLの別名がその定義の中で使われているか、循環したオブジェクトです）。` : `${path}: 入れ子が深すぎます（上限 ${p(q, 'limit')} 階層）。`,
  'duplicate-id': (path, q) => `${path}: ID「${p(q, 'id')}」が重複しています。IDは一意で、再利用できません。`,
  'dangling-reference': (path, q) => `${path}: 「${p(q, 'id')}」はこのリリースに存在しません。`,
  'non-contiguous-levels': (path, q) => `${path}: レベルは1から順に連番にしてください（期待値 ${p(q, 'expected')}、実際 ${p(q, 'found')}）。`,
  'unknown-level': (path, q) => `${path}: レベル${p(q, 'found')}はこのリリースに定義されていません。`,
  'retired-without-details': (path) => `${path}: 廃止された要求事項には、廃止した版と理由（retired.since / retired.reason）が必要です。`,
  'retired-details-on-active': (path) => `${path}: 現行の要求事項に廃止情報があります。status を retired にするか、廃止情報を削除してください。`,
  'id-prefix-mismatch': (path, q) => `${path}: ID「${p(q, 'id')}」が所属する大項目のID「${p(q, 'expected')}」で始まっていません。`,
  'missing-translation': (path, q) => `${path}: 英訳がありません。状態が「${p(q, 'status')}」のリリースではすべての文に英訳が必要です。`,
  'stale-translation': {
    error: (path, q) =>
      q.found === ''
        ? `${path}: 英訳がどの日本語から作られたか記録されていません。英訳を確認し、enSource を ${p(q, 'expected')} にしてください。`
        : `${path}: 英訳の作成後に日本語が変更されています。英訳を見直し、enSource を ${p(q, 'expected')} に更新してください。`,
    warning: (path, q) => `${path}: 英訳の作成後に日本語が変更されています（草案のため警告）。英訳を見直し、enSource を ${p(q, 'expected')} に更新してください。`,
  },
  'status-version-mismatch': (path, q) => `${path}: 状態「${p(q, 'status')}」とバージョン「${p(q, 'found')}」が合っていません（草案はプレリリース版番号にします）。`,
  'invalid-dates': (path) => `${path}: 日付の指定が正しくありません。`,
  'empty-item': (path, q) => `${path}: 中項目「${p(q, 'id')}」に有効な要求事項がありません。`,
  'criteria-mismatch': (path, q) => `${path}: 評価票は基準「${p(q, 'expected')}」ではなく「${p(q, 'found')}」を対象にしています。`,
  'unknown-requirement': (path, q) => `${path}: 「${p(q, 'id')}」はこの基準の要求事項ではありません。${q?.suggestion ? `${p(q, 'suggestion')} のことですか。` : ''}`,
  'retired-requirement': (path, q) => `${path}: 「${p(q, 'id')}」は廃止された要求事項のため、回答は評価に使われません。`,
  'unknown-level-target': (path, q) => `${path}: 目標レベル ${p(q, 'found')} はこの基準に定義されていません。`,
  'na-not-allowed': (path, q) => `${path}: 要求事項「${p(q, 'id')}」では「該当なし」は認められていないため、非適合として扱います。`,
  'na-justification-missing': (path, q) => `${path}: 要求事項「${p(q, 'id')}」を「該当なし」とするには理由の記載が必要です。非適合として扱います。`,
  'evidence-missing': (path, q) => `${path}: 要求事項「${p(q, 'id')}」には証跡が1件以上必要です。`,
  'evidence-stale': (path, q) => `${path}: 要求事項「${p(q, 'id')}」の最新の証跡（${p(q, 'newest')}）が実施周期 ${p(q, 'recurrence')} より古くなっています。`,
  'evidence-in-future': (path, q) => `${path}: 証跡の日付 ${p(q, 'found')} が評価基準日より後です。`,
  'declaration-missing': (path) => `${path}: 自己適合宣言（署名者・役職・日付）がありません。`,
  'declaration-incomplete': (path) => `${path}: 自己適合宣言に署名者の氏名または役職がありません。`,
  'declaration-in-future': (path, q) => `${path}: 宣言日 ${p(q, 'found')} が評価基準日より後です。`,
  'declaration-expired': (path, q) => `${path}: 宣言の有効期限（${p(q, 'until')}）が過ぎています。`,
  'audit-missing': (path) => `${path}: 審査（審査員・審査機関・日付）の情報がありません。`,
  'mode-mismatch': {
    error: (path, q) => `${path}: 目標レベルは認定審査によってのみ達成できますが、評価の種別は「${TERMS.ja.assessmentMode[q.found as AssessmentMode] ?? p(q, 'found')}」です。`,
    warning: (path) => `${path}: 評価の種別が自己適合宣言のため、審査の情報は使われません。`,
  },
  'invalid-corporate-number': (path, q) => `${path}: 「${p(q, 'found')}」は有効な法人番号ではありません（チェックデジットが一致しません）。`,
  'criteria-not-accepting': (path, q) => (q.refusal === undefined ? `${path}: この基準は ${p(q, 'date')} 時点で宣言・審査を受け付けていません。` : `${path}: ${refusalText(q as RefusalParams, 'ja')}。`),
  'undeclared-change': (path, q) => `${path}: 「${p(q, 'id')}」の変更が変更履歴に記載されていません。`,
  'unmatched-declared-change': (path, q) => `${path}: 変更履歴に「${p(q, 'id')}」の変更がありますが、該当する変更が見つかりません。`,
  'declared-unknown-id': (path, q) => `${path}: 変更履歴のID「${p(q, 'id')}」はどちらのリリースにも存在しません。`,
  'version-not-honoured': (path, q) => `${path}: 変更内容には ${p(q, 'required')} の版上げが必要ですが、版番号は ${p(q, 'actual')} です。`,
  'scheme-mismatch': (path, q) => `${path}: 異なる制度（${p(q, 'from')} と ${p(q, 'to')}）のリリースは比較できません。`,
  'audit-incomplete': (path) => `${path}: 審査の情報に審査員または審査機関の名称がありません。`,
  'audit-in-future': (path, q) => `${path}: 審査日 ${p(q, 'found')} が評価基準日より後です。`,
  'audit-expired': (path, q) => `${path}: 審査の有効期限（${p(q, 'until')}）が過ぎています。`,
  'id-reused': (path, q) => `${path}: ${p(q, 'id')} は ${p(q, 'from')} で廃止されたIDですが、${p(q, 'to')} で別の文面の要求事項として再び使われています。IDは再利用できません。新しい要求事項には新しいIDを付け、${p(q, 'id')} は廃止のままにしてください。`,
  'invalid-replacement': (path, q) =>
    q?.reason === 'itself' ? `${path}: 「${p(q, 'id')}」を自分自身で置き換えることはできません。後継の要求事項を指定するか、指定を削除してください。` : `${path}: 「${p(q, 'id')}」も廃止されているため、後継にはできません。有効な要求事項を指定してください。`,
  'id-removed': (path, q) => `${path}: 「${p(q, 'id')}」が ${p(q, 'to')} から削除されています。IDは削除せず、廃止（status: retired）として残してください。`,
  'change-log-not-reconciled': (path, q) => `${path}: ${p(q, 'to')} の変更履歴は ${p(q, 'from')} からの変更を記載していないため、変更との照合を行っていません。`,
};


/** The Japanese message of an issue (the English one is `issue.message`). */
export function issueMessageJa(issue: Issue): string {
  // A reader with its own wording (a spreadsheet cell, say) gives the Japanese sentence in params.messageJa.
  const own = issue.params?.messageJa;
  if (typeof own === 'string') return own;
  const t = JA[issue.code] as Template<IssueCode> | Partial<Record<Severity, Template<IssueCode>>>;
  const template = typeof t === 'function' ? t : (t[issue.severity] ?? t.error ?? Object.values(t)[0]!);
  return template(issue.path, (issue.params ?? {}) as IssueParamsOf<IssueCode>);
}

/** The issue codes whose Japanese message depends on the severity. */
export const SEVERITY_DEPENDENT_CODES: readonly IssueCode[] = Object.freeze(
  (Object.keys(JA) as IssueCode[]).filter((c) => typeof JA[c] !== 'function'),
);

/** @deprecated Use `localize(issue, lang)`. */
export function localizeIssue(issue: Issue, lang: 'ja' | 'en'): string {
  return lang === 'en' ? issue.message : issueMessageJa(issue);
}
