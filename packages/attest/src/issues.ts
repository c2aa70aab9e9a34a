/**
 * What verification finds: one closed set of codes, each with its message in Japanese (canonical)
 * and English, built from the issue's params.
 */

/** The checks `verify` makes, in the order it makes them. */
export const CHECK_NAMES = ['envelope', 'signature', 'subject', 'criteria', 'evaluation', 'validity'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const ATTEST_ISSUE_CODES = [
  'envelope-too-big',
  'envelope-not-json',
  'envelope-invalid',
  'payload-type-unexpected',
  'payload-not-base64',
  'payload-not-statement',
  'signature-missing',
  'signature-not-base64',
  'public-key-invalid',
  'public-key-missing',
  'signature-invalid',
  'assessment-not-canonical',
  'subject-mismatch',
  'criteria-unknown',
  'criteria-digest-mismatch',
  'scoring-rules-mismatch',
  'assessment-invalid',
  'evaluation-failed',
  'claim-mismatch',
  'invalid-as-of',
  'before-statement',
  'declaration-expired',
] as const;
export type AttestIssueCode = (typeof ATTEST_ISSUE_CODES)[number];

export interface Bilingual {
  ja: string;
  en: string;
}

/** One reason a check fails. `path` is a JSON path into the envelope or its statement ($ is the envelope). */
export interface AttestIssue {
  code: AttestIssueCode;
  check: CheckName;
  path: string;
  message: Bilingual;
  params: Record<string, string | number | boolean>;
}

type Params = AttestIssue['params'];
const s = (q: Params, k: string) => String(q[k] ?? '');

const MESSAGES: Record<AttestIssueCode, (q: Params) => Bilingual> = {
  'envelope-too-big': (q) => ({
    ja: `署名ファイルが大きすぎます（${s(q, 'found')}。上限は ${s(q, 'limit')}）。読み取りませんでした。`,
    en: `The signed file is too big (${s(q, 'found')}; the limit is ${s(q, 'limit')}). It was not read.`,
  }),
  'envelope-not-json': (q) => ({
    ja: `署名ファイルが JSON として読み取れません（${s(q, 'detail')}）。`,
    en: `The signed file is not JSON (${s(q, 'detail')}).`,
  }),
  'envelope-invalid': (q) => ({
    ja: `署名ファイルが DSSE 形式ではありません: ${s(q, 'where')} には ${s(q, 'expected')} が必要です。`,
    en: `The signed file is not a DSSE envelope: ${s(q, 'where')} must be ${s(q, 'expected')}.`,
  }),
  'payload-type-unexpected': (q) => ({
    ja: `署名された内容の種類が「${s(q, 'found')}」です。「${s(q, 'expected')}」（in-toto の声明）である必要があります。`,
    en: `The signed content is of type "${s(q, 'found')}"; it must be "${s(q, 'expected')}" (an in-toto statement).`,
  }),
  'payload-not-base64': () => ({
    ja: '署名された内容（payload）が base64 として読み取れません。ファイルが壊れているか、改変されています。',
    en: 'The signed content (payload) is not valid base64: the file is damaged or was altered.',
  }),
  'payload-not-statement': (q) => ({
    ja: `署名された内容が sisc の宣言の声明ではありません（${s(q, 'detail')}）。`,
    en: `The signed content is not a sisc declaration statement (${s(q, 'detail')}).`,
  }),
  'signature-missing': () => ({
    ja: '署名ファイルに署名がありません。',
    en: 'The signed file holds no signature.',
  }),
  'signature-not-base64': (q) => ({
    ja: `署名 ${s(q, 'index')} が base64 で書かれた Ed25519 署名（64バイト）ではありません。`,
    en: `Signature ${s(q, 'index')} is not an Ed25519 signature (64 bytes) in base64.`,
  }),
  'public-key-invalid': (q) => ({
    ja: `公開鍵 ${s(q, 'index')} を使えません: ${s(q, 'detail')}。`,
    en: `Public key ${s(q, 'index')} cannot be used: ${s(q, 'detail')}.`,
  }),
  'public-key-missing': () => ({
    ja: '署名を確かめる公開鍵が指定されていません。',
    en: 'No public key was given to check the signature with.',
  }),
  'signature-invalid': (q) => ({
    ja: `署名が、指定された公開鍵（鍵ID ${s(q, 'keyids')}）のどれでも検証できません。内容が改変されたか、別の鍵で署名されています。`,
    en: `No signature verifies with the public keys given (key IDs ${s(q, 'keyids')}): the content was altered, or it was signed with another key.`,
  }),
  'assessment-not-canonical': (q) => ({
    ja: `評価票の ${s(q, 'where')} に JSON で表せない値があり、ダイジェストを計算できません（${s(q, 'detail')}）。`,
    en: `The assessment holds a value JSON cannot carry at ${s(q, 'where')}, so its digest cannot be computed (${s(q, 'detail')}).`,
  }),
  'subject-mismatch': (q) => ({
    ja: `評価票が署名されたものと異なります（SHA-256 が ${s(q, 'found')} で、署名された値は ${s(q, 'expected')}）。`,
    en: `The assessment is not the one that was signed (its SHA-256 is ${s(q, 'found')}; the signed one is ${s(q, 'expected')}).`,
  }),
  'criteria-unknown': (q) => ({
    ja: `宣言は基準「${s(q, 'scheme')} ${s(q, 'version')}」に対するものですが、この基準の版は手元にありません（手元の版: ${s(q, 'known')}）。`,
    en: `The declaration is made against the criteria "${s(q, 'scheme')} ${s(q, 'version')}", which is not among the releases at hand (known: ${s(q, 'known')}).`,
  }),
  'criteria-digest-mismatch': (q) => ({
    ja: `基準「${s(q, 'version')}」の内容が署名時と異なります（ダイジェスト ${s(q, 'found')}、署名された値は ${s(q, 'expected')}）。`,
    en: `The criteria "${s(q, 'version')}" differ from the ones signed against (digest ${s(q, 'found')}; the signed one is ${s(q, 'expected')}).`,
  }),
  'scoring-rules-mismatch': (q) => ({
    ja: `宣言は採点規則 ${s(q, 'expected')} で計算されていますが、この検証は採点規則 ${s(q, 'found')} で行います。同じ規則でなければ再計算で確かめられません。`,
    en: `The declaration was computed with scoring rules ${s(q, 'expected')}, but this verifier implements ${s(q, 'found')}: the claim cannot be recomputed under the same rules.`,
  }),
  'assessment-invalid': (q) => ({
    ja: `評価票が有効ではないため、再評価できません（${s(q, 'count')}件の問題。最初: ${s(q, 'first')}）。`,
    en: `The assessment is not valid, so it cannot be re-evaluated (${s(q, 'count')} problems; the first: ${s(q, 'first')}).`,
  }),
  'evaluation-failed': (q) => ({
    ja: `再評価できませんでした: ${s(q, 'detail')}`,
    en: `The assessment could not be re-evaluated: ${s(q, 'detail')}`,
  }),
  'claim-mismatch': (q) => ({
    ja: `宣言の「${s(q, 'field')}」が回答から再計算した値と一致しません（宣言: ${s(q, 'expected')}、再計算: ${s(q, 'found')}）。`,
    en: `The declaration's "${s(q, 'field')}" does not follow from the answers (declared ${s(q, 'expected')}; recomputed ${s(q, 'found')}).`,
  }),
  'invalid-as-of': (q) => ({
    ja: `確認日は YYYY-MM-DD 形式の日付で指定してください（指定値: ${s(q, 'found')}）。`,
    en: `The date to check validity at must be written YYYY-MM-DD (found ${s(q, 'found')}).`,
  }),
  'before-statement': (q) => ({
    ja: `確認日 ${s(q, 'asOf')} は宣言の評価日 ${s(q, 'statementAsOf')} より前です。`,
    en: `The date ${s(q, 'asOf')} is before the declaration's evaluation date ${s(q, 'statementAsOf')}.`,
  }),
  'declaration-expired': (q) => ({
    ja: `宣言の有効期限（${s(q, 'validUntil')}、期間 ${s(q, 'period')}）は確認日 ${s(q, 'asOf')} の時点で切れています。`,
    en: `The declaration was valid until ${s(q, 'validUntil')} (period ${s(q, 'period')}), which is before ${s(q, 'asOf')}.`,
  }),
};

export function attestIssue(code: AttestIssueCode, check: CheckName, path: string, params: Params = {}): AttestIssue {
  return { code, check, path, message: MESSAGES[code](params), params };
}
