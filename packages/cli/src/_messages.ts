/**
 * Every sentence the CLI prints itself, in English and Japanese. (Issue messages come from
 * @sisc/model: `issue.message` in English, `localizeIssue(issue, 'ja')` in Japanese.)
 */
import { closestMatches, TERMS } from '@sisc/model';
import type { Lang } from './_lang.js';

const quote = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
/** " Did you mean "md"?" after a value close to a valid one; nothing otherwise. */
const didYouMean = (value: string, valid: readonly string[], lang: 'en' | 'ja'): string => {
  const near = closestMatches(value, valid);
  if (near.length === 0) return '';
  return lang === 'en' ? ` Did you mean ${near.map((v) => `"${v}"`).join(' or ')}?` : `${quote(near)} のことですか。`;
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN = {
  error: 'error',
  seeHelp: (cmd: string) => `Run "sisc ${cmd}--help" for usage.`,
  unexpected: (detail: string) => `unexpected error: ${detail} (run again with SISC_DEBUG=1 to see where it happened)`,

  // Arguments
  unknownCommand: (name: string, known: readonly string[]) => `unknown command "${name}"; the commands are: ${known.join(', ')}.`,
  unknownOption: (option: string, near: readonly string[] = []) => `unknown option ${option}.${near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : ''}`,
  optionNeedsValue: (option: string) => `the option ${option} needs a value.`,
  optionTakesNoValue: (option: string) => `the option ${option} takes no value.`,
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}".`,
  optionNotFor: (option: string, documents: string) => `the option ${option} is only for: ${documents}.`,
  missingArgument: (what: string) => `missing ${what}.`,
  badChoice: (option: string, value: string, valid: readonly string[]) => `${option} must be one of ${quote(valid)}, but found "${value}".${didYouMean(value, valid, 'en')}`,
  badLevel: (option: string, value: string) => `${option} must be a level number such as 1 or 2, but found "${value}".`,
  badDate: (option: string, value: string) => `${option} must be a calendar date written YYYY-MM-DD (e.g. 2026-04-01), but found "${value}".`,
  outWithoutFile: 'the option --force only makes sense with --out FILE.',

  // Files
  fileNotFound: (name: string) => `cannot read ${name}: there is no such file.`,
  isDirectory: (name: string) => `cannot read ${name}: it is a directory; give a file.`,
  fileNotReadable: (name: string, why: string) => `cannot read ${name}: ${why}.`,
  permissionDenied: 'permission denied',
  badMaxBytes: (value: string) => `--max-bytes takes a size in bytes such as 20971520 or 20MiB, not "${value}".`,
  tooLarge: (name: string, size: number, limit: number) =>
    `cannot read ${name}: it is ${size.toLocaleString('en-US')} bytes, more than the ${limit.toLocaleString('en-US')} sisc reads from one file. If the file is what you meant, raise the limit with --max-bytes.`,
  notUtf8: (name: string) => `cannot read ${name}: it is not UTF-8 text. Save it as UTF-8 (Shift_JIS is not supported) and try again.`,
  outExists: (name: string) => `${name} already exists, and sisc never overwrites a file it was not told to: choose another name, or add --force to replace it.`,
  outIsDirectory: (name: string) => `cannot write ${name}: it is a directory.`,
  cannotWrite: (name: string, why: string) => `cannot write ${name}: ${why}.`,
  wrote: (name: string) => `wrote ${name}`,
  stdinIsTerminal: 'reading the document from standard input (end with Ctrl-D); give a file name instead of "-" to read a file.',

  // Documents
  cannotEvaluate: (name: string) => `${name} is not a valid assessment, so it cannot be evaluated. The problems:`,
  criteriaNotAssessment: (name: string) => `${name} is criteria, not an assessment. To check it, run "sisc validate ${name}".`,
  validateHint: (name: string) => `Run "sisc validate ${name}" after fixing them to check again.`,
  unknownVersion: (version: string, known: readonly string[]) => `unknown criteria version "${version}"; known versions: ${known.join(', ') || 'none'}.`,
  notACriteriaRelease: (name: string) => `${name} is not a valid criteria release. The problems:`,
  unknownScheme: (found: string, known: string) => `the assessment is for the scheme "${found}", but sisc knows only "${known}".`,
  usingCriteria: (version: string, status: string, draft: boolean) =>
    `Using the criteria ${version} (${status})${draft ? ': a draft, so results against it are provisional' : ''}.`,
  notAvailable: (what: string, pkg: string) =>
    `${what} is not available yet: this build of sisc does not include ${pkg}. Update sisc, or use another output format.`,

  // Words
  status: TERMS.en.releaseStatus,

  // validate
  validKind: { assessment: 'assessment', criteria: 'criteria release', sources: 'criteria sources' },
  valid: (name: string, kind: string, detail: string) => `${name}: valid ${kind}${detail ? ` (${detail})` : ''}`,
  summary: (errors: number, warnings: number, files: number) =>
    `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')} in ${plural(files, 'file', 'files')}`,

  // versions
  versionsDefault: (version: string) => `Commands that need a release and are not told one use ${version}.`,
  noReleases: 'no criteria releases are shipped.',

  // evaluate
  levelName: (n: number) => `Level ${n}`,
  draftMark: 'draft — provisional',
  requireLevelFailed: (required: number, achieved: number) => `the required level ${required} is not reached (achieved level: ${achieved}).`,

  // init
  initHeader: (scheme: string, version: string, level: number) => `Assessment against ${scheme} ${version}, target Level ${level}.`,
  initHowTo: [
    'For each requirement, set status to met, not-met or not-applicable, and list the evidence',
    '(title, uri, date YYYY-MM-DD). Every status starts as not-met: nothing is claimed until you say so.',
    'Check with: sisc validate FILE    Evaluate with: sisc evaluate FILE',
  ],
  initOrgPlaceholder: '(organisation name)',
  initNa: (justification: boolean): string => (justification ? 'not-applicable allowed, with a justification' : 'not-applicable allowed'),
  initNoNa: 'not-applicable is not allowed',
  initDeclaration: [
    'Self-declaration (自己適合宣言): needed for Level 1 and above. Fill in and remove the #:',
    'declaration:',
    '  signatory:',
    '    name: 山田 太郎',
    '    role: 代表取締役社長',
    '  date: 2026-04-01',
  ],
  initAudit: [
    'Certification audit (認定審査): the auditor fills this in. Remove the # to use it:',
    'audit:',
    '  auditor:',
    '    name: 審査 花子',
    '  body:',
    '    name: 審査機関名',
    '  date: 2026-04-01',
    '  reference: CERT-0000',
  ],
  initAuditNeeded: (level: number) => `Level ${level} is reached by a certification audit: the skeleton has mode "audit", and its audit details must be filled in before it can be evaluated.`,
  unknownLevel: (level: number, levels: string) => `--level ${level} is not a level of this release (levels: ${levels}).`,

  // migrate
  migrateSummary: (from: string, to: string, carried: number, dropped: number, again: number) =>
    `Migrated from ${from} to ${to}: ${plural(carried, 'answer', 'answers')} carried over, ${dropped} dropped, ${plural(again, 'requirement', 'requirements')} to answer (again).`,
  migrateDropped: 'Dropped answers (kept here so nothing is lost):',
  migrateAgain: 'To answer (again):',
  // PDF (render --format pdf)
  chromiumMissing: (path: string) =>
    `cannot make a PDF: there is no Chromium at ${path}. Install Debian's chromium (sudo apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-noto-cjk), or set SISC_CHROMIUM to the path of a Chromium or Chrome.`,
  chromiumFailed: (path: string, detail: string) => `cannot make a PDF: Chromium (${path}) failed: ${detail}`,
  binaryToTerminal: (format: string) => `a ${format} file is not text and is not written to a terminal: name a file with --out FILE, or redirect the output (> file.${format}).`,
  // import
  cannotImport: (name: string) => `${name} cannot be read as a filled-in checklist. The problems:`,
  imported: (name: string, answers: number) => `Read ${name}: ${plural(answers, 'answer', 'answers')}.`,
  importKinds: 'an Excel workbook (.xlsx) or a checklist CSV (.csv)',
  notSpreadsheet: (name: string) =>
    `${name} is not a file sisc imports: give an Excel workbook (.xlsx) or a checklist CSV (.csv), as made by "sisc render checklist --format xlsx|csv", or OSCAL assessment results (.json).`,
  badBase: (name: string) => `${name} cannot be used with --base: it must be an assessment (YAML or JSON) with at least the organisation.`,
  // keygen, sign, verify
  keyExists: (name: string) => `${name} already exists, and sisc keygen never overwrites a key: choose another name.`,
  keygenWrote: (key: string, pub: string, keyid: string) =>
    `wrote ${key} (the private key: keep it secret, readable by you only) and ${pub} (the public key: publish it)\nkey ID ${keyid}`,
  notAPrivateKey: (name: string) => `${name} is not an Ed25519 private key (PKCS#8 PEM, "-----BEGIN PRIVATE KEY-----"); make one with "sisc keygen --out NAME".`,
  notAPublicKey: (name: string) => `${name} is not an Ed25519 public key (SPKI PEM, "-----BEGIN PUBLIC KEY-----"); it is the NAME.pub file of "sisc keygen".`,
  notCanonical: (name: string, detail: string) => `${name} cannot be signed: ${detail}.`,
  signed: (name: string, keyid: string, asOf: string, achieved: number, conformant: boolean) =>
    `signed ${name} as of ${asOf} (achieved level ${achieved}, ${TERMS.en.outcome[conformant ? 'conformant' : 'not-conformant']}) with key ID ${keyid}`,
  cannotRead: (name: string) => `${name} cannot be read. The problems:`,
  verifyTitle: (name: string) => `Signed declaration ${name}`,
  verifyLabel: { organization: 'Organisation', subject: 'Assessment', criteria: 'Criteria', asOf: 'As of', claim: 'Claim', validUntil: 'Valid until', keyid: 'Key ID' },
  verifyClaim: (target: number, achieved: number, conformant: boolean) =>
    `achieved level ${achieved}, target level ${target} — ${TERMS.en.outcome[conformant ? 'conformant' : 'not-conformant']}`,
  verifyChecks: 'Checks:',
  outcome: { pass: 'pass', fail: 'FAIL', skipped: 'skipped' } as Record<'pass' | 'fail' | 'skipped', string>,
  checkName: { envelope: 'envelope', signature: 'signature', subject: 'assessment', criteria: 'criteria', evaluation: 're-evaluation', validity: 'validity' } as Record<
    'envelope' | 'signature' | 'subject' | 'criteria' | 'evaluation' | 'validity',
    string
  >,
  verifyValid: 'Verified: every check passed.',
  noKeyId: (name: string) => `${name} names no key ID and its signature does not verify with the key given, so there is no signature to show.`,
  signatureNotVerified: (name: string) => `the signature in ${name} does not verify: the document says so (run "sisc verify" for the reasons).`,
  verifyInvalid: 'NOT verified: a check failed.',
  // export, import of OSCAL assessment results
  exportNeedsDate: (version: string) =>
    `criteria ${version} gives no date of its own (it is a draft), and an exported document must be dated: give the date with --as-of YYYY-MM-DD (the same date gives the same file).`,
  exportNeedsAsOf: (name: string) => `${name} has no declaration or audit date to date the results by: give the evaluation date with --as-of YYYY-MM-DD.`,
  exportUnknownLevel: (level: number, version: string, levels: readonly number[]) => `criteria ${version} has no level ${level}; its levels are ${levels.join(', ')}.`,
  exportNoMappings: (version: string) => `criteria ${version} maps no requirement to another framework, so there is no mapping to export.`,
  cannotImportOscal: (name: string) => `${name} cannot be read as OSCAL assessment results against the criteria. The problems:`,
  baseOnlyForCsv: '--base is for a checklist CSV, which holds the answers only; OSCAL assessment results and workbooks carry the organisation and declaration themselves.',
  // criteria (the committee's commands)
  criteriaSubcommand: (subs: readonly string[]) => `what to do: one of ${subs.join(', ')}`,
  criteriaUnknownSubcommand: (name: string, subs: readonly string[]) => `unknown criteria command "${name}"; the commands are: ${subs.join(', ')}.`,
  criteriaVersionArg: 'the criteria VERSION (e.g. 1.0.0-draft.2)',
  criteriaBadVersion: (value: string) => `"${value}" is not a version such as 1.0.0-draft.2 or 1.1.0.`,
  criteriaNoData: 'cannot find the criteria data (packages/criteria/data): run the command inside the sisc repository, or give the directory with --data DIR.',
  criteriaNoDataAt: (name: string) => `${name} is not a directory of criteria releases.`,
  cannotReadReleased: (name: string, why: string) => `cannot read ${name}: ${why}. It is written by "sisc criteria release"; restore it from git.`,
  criteriaExists: (version: string, name: string) => `the version ${version} exists already (${name}); choose another version.`,
  criteriaCreated: (version: string, from: string, name: string) =>
    `created ${name}: draft ${version}, copied from ${from}, with an empty change log.\nNext: edit its YAML files, declare each change in changeLog.entries of release.yaml, then run "sisc criteria check ${version}".`,
  criteriaReleaseLine: (version: string, status: string, frozen: boolean, errors: number, warnings: number) =>
    `${version} (${status}${frozen ? ', released and frozen' : ''}): ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
  criteriaCheckSummary: (errors: number, warnings: number, releases: number) =>
    `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')} in ${plural(releases, 'release', 'releases')}${errors > 0 ? '' : ' — the data can be generated (pnpm generate)'}`,
  criteriaFrozen: (version: string) => `${version} is released and frozen: it cannot change. Make a new draft with "sisc criteria new".`,
  criteriaNotYaml: (name: string, why: string) => `${name} is not valid YAML (${why}); fix it first.`,
  criteriaStamped: (name: string, n: number) => `${name}: recorded the Japanese source of ${plural(n, 'translation', 'translations')} (enSource)`,
  criteriaNothingToStamp: (version: string) => `${version}: every English text already records its Japanese source.`,
  criteriaCannotRelease: (version: string) => `${version} cannot be released yet. Fix these first (then run "sisc criteria check ${version}" again):`,
  criteriaReleased: (draft: string, version: string, effectiveFrom: string, digest: string, dir: string, released: string) =>
    `released ${version} (from the draft ${draft}), effective from ${effectiveFrom}: ${dir}\nfrozen in ${released} with digest sha256:${digest}; from now on it cannot change.\nNext: run "pnpm generate", review the documents in docs/standard/${version}/, and commit.`,
};

export type Messages = typeof EN;

const JA: Messages = {
  error: 'エラー',
  seeHelp: (cmd) => `使い方は「sisc ${cmd}--help」で確認できます。`,
  unexpected: (detail) => `予期しないエラーが発生しました: ${detail}（環境変数 SISC_DEBUG=1 を付けて再実行すると発生箇所を表示します）`,

  unknownCommand: (name, known) => `「${name}」というコマンドはありません。使えるコマンド: ${known.join(', ')}。`,
  unknownOption: (option, near = []) => `${option} というオプションはありません。${near.length > 0 ? `${near.join('、')} のことですか。` : ''}`,
  optionNeedsValue: (option) => `オプション ${option} には値が必要です。`,
  optionTakesNoValue: (option) => `オプション ${option} は値を取りません。`,
  unexpectedArgument: (arg) => `余分な引数「${arg}」があります。`,
  optionNotFor: (option, documents) => `オプション ${option} は ${documents} でのみ使えます。`,
  missingArgument: (what) => `${what}が指定されていません。`,
  badChoice: (option, value, valid) => `${option} には ${quote(valid)} のいずれかを指定してください（指定された値: "${value}"）。${didYouMean(value, valid, 'ja')}`,
  badLevel: (option, value) => `${option} には 1 や 2 などのレベル番号を指定してください（指定された値: "${value}"）。`,
  badDate: (option, value) => `${option} には YYYY-MM-DD 形式の日付（例: 2026-04-01）を指定してください（指定された値: "${value}"）。`,
  outWithoutFile: 'オプション --force は --out FILE と一緒に指定してください。',

  fileNotFound: (name) => `${name} を読み込めません: ファイルがありません。`,
  isDirectory: (name) => `${name} を読み込めません: ディレクトリです。ファイルを指定してください。`,
  fileNotReadable: (name, why) => `${name} を読み込めません: ${why}。`,
  permissionDenied: 'アクセスが許可されていません',
  badMaxBytes: (value) => `--max-bytes にはバイト数（20971520 や 20MiB など）を指定してください（指定された値: "${value}"）。`,
  tooLarge: (name, size, limit) =>
    `${name} を読み込めません: ${size.toLocaleString('en-US')} バイトあり、1ファイルの上限 ${limit.toLocaleString('en-US')} バイトを超えています。意図したファイルであれば --max-bytes で上限を上げてください。`,
  notUtf8: (name) => `${name} を読み込めません: UTF-8 のテキストではありません。UTF-8 で保存し直してください（Shift_JIS には対応していません）。`,
  outExists: (name) => `${name} は既に存在します。sisc は指示のないファイルを上書きしません。別の名前を指定するか、置き換える場合は --force を付けてください。`,
  outIsDirectory: (name) => `${name} に書き込めません: ディレクトリです。`,
  cannotWrite: (name, why) => `${name} に書き込めません: ${why}。`,
  wrote: (name) => `${name} に書き出しました`,
  stdinIsTerminal: '標準入力から読み込みます（Ctrl-D で終了）。ファイルを読み込む場合は「-」の代わりにファイル名を指定してください。',

  cannotEvaluate: (name) => `${name} は評価票として正しくないため、評価できません。問題点:`,
  criteriaNotAssessment: (name) => `${name} は基準のファイルであり、評価票ではありません。検査するには「sisc validate ${name}」を実行してください。`,
  validateHint: (name) => `修正後、「sisc validate ${name}」で再確認できます。`,
  unknownVersion: (version, known) => `基準の版「${version}」は sisc にありません。使える版: ${known.join(', ') || 'なし'}。`,
  notACriteriaRelease: (name) => `${name} は基準のリリースとして正しくありません。問題点:`,
  unknownScheme: (found, known) => `評価票の制度「${found}」は sisc が扱う制度（「${known}」）ではありません。`,
  usingCriteria: (version, status, draft) => `基準 ${version}（${status}）を使用します。${draft ? '草案のため、評価結果は暫定です。' : ''}`,
  notAvailable: (what, pkg) => `${what}はまだ利用できません: この sisc には ${pkg} が含まれていません。sisc を更新するか、別の出力形式を指定してください。`,

  status: TERMS.ja.releaseStatus,

  validKind: { assessment: '評価票', criteria: '基準のリリース', sources: '基準のソース' },
  valid: (name, kind, detail) => `${name}: ${kind}として問題はありません${detail ? `（${detail}）` : ''}`,
  summary: (errors, warnings, files) => `エラー ${errors} 件、警告 ${warnings} 件（${files} ファイル）`,

  versionsDefault: (version) => `版の指定がないコマンドは ${version} を使います。`,
  noReleases: '同梱されている基準のリリースはありません。',

  levelName: (n) => `レベル${n}`,
  draftMark: '草案・暫定',
  requireLevelFailed: (required, achieved) => `求められたレベル ${required} に達していません（達成レベル: ${achieved}）。`,

  initHeader: (scheme, version, level) => `${scheme} ${version} に対する評価票（目標レベル ${level}）。`,
  initHowTo: [
    '要求事項ごとに status に met（適合）、not-met（非適合）、not-applicable（該当なし）のいずれかを記入し、',
    '証跡（title、uri、date YYYY-MM-DD）を evidence に列挙してください。status はすべて not-met で始まります（記入するまで何も主張しません）。',
    '確認: sisc validate FILE    評価: sisc evaluate FILE',
  ],
  initOrgPlaceholder: '（組織名を記入）',
  initNa: (justification) => (justification ? '「該当なし」可（理由の記載が必要）' : '「該当なし」可'),
  initNoNa: '「該当なし」不可',
  initDeclaration: [
    '自己適合宣言: レベル1以上で必要です。記入して行頭の # を外してください:',
    'declaration:',
    '  signatory:',
    '    name: 山田 太郎',
    '    role: 代表取締役社長',
    '  date: 2026-04-01',
  ],
  initAudit: [
    '認定審査: 審査員が記入します。使う場合は行頭の # を外してください:',
    'audit:',
    '  auditor:',
    '    name: 審査 花子',
    '  body:',
    '    name: 審査機関名',
    '  date: 2026-04-01',
    '  reference: CERT-0000',
  ],
  initAuditNeeded: (level) => `レベル${level}は認定審査で達成されるため、評価票の mode は "audit" です。評価する前に審査の情報（audit）を記入してください。`,
  unknownLevel: (level, levels) => `--level ${level} はこのリリースのレベルではありません（レベル: ${levels}）。`,


  migrateSummary: (from, to, carried, dropped, again) =>
    `${from} から ${to} へ移行しました: 引き継いだ回答 ${carried} 件、破棄した回答 ${dropped} 件、（再）回答が必要な要求事項 ${again} 件。`,
  migrateDropped: '破棄した回答（失われないよう、ここに記録します）:',
  migrateAgain: '（再）回答が必要な要求事項:',
  chromiumMissing: (path) =>
    `PDF を作成できません: ${path} に Chromium がありません。Debian の chromium をインストールする（sudo apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-noto-cjk）か、環境変数 SISC_CHROMIUM に Chromium または Chrome のパスを指定してください。`,
  chromiumFailed: (path, detail) => `PDF を作成できません: Chromium（${path}）でエラーが発生しました: ${detail}`,
  binaryToTerminal: (format) => `${format} ファイルはテキストではないため、端末には出力しません。--out FILE でファイル名を指定するか、出力をリダイレクトしてください（> file.${format}）。`,
  cannotImport: (name) => `${name} を記入済みのチェックリストとして読み取れません。問題点:`,
  imported: (name, answers) => `${name} を読み取りました: 回答 ${answers} 件。`,
  importKinds: 'Excel ブック（.xlsx）またはチェックリストの CSV（.csv）',
  notSpreadsheet: (name) =>
    `${name} は sisc が取り込むファイルではありません。「sisc render checklist --format xlsx|csv」で作成した Excel ブック（.xlsx）またはチェックリストの CSV（.csv）、あるいは OSCAL の評価結果（.json）を指定してください。`,
  badBase: (name) => `${name} は --base に使えません。少なくとも事業者（organization）の記載がある評価票（YAML または JSON）を指定してください。`,
  keyExists: (name) => `${name} は既に存在します。sisc keygen は鍵を上書きしません。別の名前を指定してください。`,
  keygenWrote: (key, pub, keyid) => `${key}（秘密鍵: 本人だけが読める設定です。他人に渡さないでください）と ${pub}（公開鍵: 公開してください）を作成しました\n鍵ID ${keyid}`,
  notAPrivateKey: (name) => `${name} は Ed25519 の秘密鍵（PKCS#8 PEM、「-----BEGIN PRIVATE KEY-----」）ではありません。「sisc keygen --out NAME」で作成してください。`,
  notAPublicKey: (name) => `${name} は Ed25519 の公開鍵（SPKI PEM、「-----BEGIN PUBLIC KEY-----」）ではありません。「sisc keygen」が作成する NAME.pub を指定してください。`,
  notCanonical: (name, detail) => `${name} には署名できません: ${detail}。`,
  signed: (name, keyid, asOf, achieved, conformant) => `${name} に署名しました（基準日 ${asOf}、達成レベル ${achieved}、${TERMS.ja.outcome[conformant ? 'conformant' : 'not-conformant']}、鍵ID ${keyid}）`,
  cannotRead: (name) => `${name} を読み取れません。問題:`,
  verifyTitle: (name) => `署名された宣言 ${name}`,
  verifyLabel: { organization: '組織', subject: '評価票', criteria: '基準', asOf: '評価基準日', claim: '宣言内容', validUntil: '有効期限', keyid: '鍵ID' },
  verifyClaim: (target, achieved, conformant) => `達成レベル ${achieved}、目標レベル ${target} — ${TERMS.ja.outcome[conformant ? 'conformant' : 'not-conformant']}`,
  verifyChecks: '確認項目:',
  outcome: { pass: '合格', fail: '不合格', skipped: '省略' },
  checkName: { envelope: '署名ファイル', signature: '署名', subject: '評価票', criteria: '基準', evaluation: '再評価', validity: '有効期限' },
  verifyValid: '検証済み: すべての確認項目に合格しました。',
  noKeyId: (name) => `${name} には鍵IDがなく、指定された鍵でも署名を確認できないため、表示する署名がありません。`,
  signatureNotVerified: (name) => `${name} の署名を検証できません。文書にもそのように記載します（理由は「sisc verify」で確認できます）。`,
  verifyInvalid: '検証できません: 不合格の確認項目があります。',
  exportNeedsDate: (version) => `基準 ${version} には日付がありません（草案）。出力する文書には日付が必要です。--as-of YYYY-MM-DD で日付を指定してください（同じ日付からは同じファイルができます）。`,
  exportNeedsAsOf: (name) => `${name} には評価結果の日付にする宣言日も審査日もありません。--as-of YYYY-MM-DD で評価基準日を指定してください。`,
  exportUnknownLevel: (level, version, levels) => `基準 ${version} にレベル${level}はありません。レベルは ${levels.join('、')} です。`,
  exportNoMappings: (version) => `基準 ${version} には他の枠組みとの対応付けがないため、出力する対応付けがありません。`,
  cannotImportOscal: (name) => `${name} を基準に対する OSCAL の評価結果として読み取れません。問題点:`,
  baseOnlyForCsv: '--base はチェックリストの CSV（回答のみを含む）に使います。OSCAL の評価結果と Excel ブックには事業者と宣言が含まれています。',
  criteriaSubcommand: (subs) => `実行する操作（${subs.join('、')} のいずれか）`,
  criteriaUnknownSubcommand: (name, subs) => `criteria の操作「${name}」はありません。操作は ${subs.join('、')} です。`,
  criteriaVersionArg: '基準の版（VERSION。例: 1.0.0-draft.2）',
  criteriaBadVersion: (value) => `「${value}」は 1.0.0-draft.2 や 1.1.0 のような版番号ではありません。`,
  criteriaNoData: '基準のデータ（packages/criteria/data）が見つかりません。sisc のリポジトリの中で実行するか、--data DIR でディレクトリを指定してください。',
  criteriaNoDataAt: (name) => `${name} は基準のリリースのディレクトリではありません。`,
  cannotReadReleased: (name, why) => `${name} を読み取れません: ${why}。このファイルは「sisc criteria release」が書きます。git から元に戻してください。`,
  criteriaExists: (version, name) => `版 ${version} は既にあります（${name}）。別の版番号を指定してください。`,
  criteriaCreated: (version, from, name) =>
    `${name} を作成しました: 草案 ${version}（${from} の写し、変更履歴は空）。\n次に: YAML ファイルを編集し、変更ごとに release.yaml の changeLog.entries に記載してから、「sisc criteria check ${version}」を実行してください。`,
  criteriaReleaseLine: (version, status, frozen, errors, warnings) => `${version}（${status}${frozen ? '、公開済み・凍結' : ''}）: エラー ${errors} 件、警告 ${warnings} 件`,
  criteriaCheckSummary: (errors, warnings, releases) => `エラー ${errors} 件、警告 ${warnings} 件（${releases} リリース）${errors > 0 ? '' : ' — pnpm generate でデータを生成できます'}`,
  criteriaFrozen: (version) => `${version} は公開済みで凍結されているため、変更できません。「sisc criteria new」で新しい草案を作成してください。`,
  criteriaNotYaml: (name, why) => `${name} は正しい YAML ではありません（${why}）。先に修正してください。`,
  criteriaStamped: (name, n) => `${name}: ${n} 件の英訳に、翻訳元の日本語（enSource）を記録しました`,
  criteriaNothingToStamp: (version) => `${version}: すべての英文に翻訳元の日本語が記録済みです。`,
  criteriaCannotRelease: (version) => `${version} はまだ公開できません。次の点を修正してください（修正後に「sisc criteria check ${version}」で再確認）:`,
  criteriaReleased: (draft, version, effectiveFrom, digest, dir, released) =>
    `${version} を公開しました（草案 ${draft} から）。発効日 ${effectiveFrom}: ${dir}\n${released} にダイジェスト sha256:${digest} で凍結しました。今後この版は変更できません。\n次に: 「pnpm generate」を実行し、docs/standard/${version}/ の文書を確認して、コミットしてください。`,
};

export function messages(lang: Lang): Messages {
  return lang === 'ja' ? JA : EN;
}
