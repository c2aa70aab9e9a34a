/** `--help` of sisc and of every command, in English and Japanese, each with an example. */
import type { Lang } from './_lang.js';

type Text = { en: string; ja: string };

export interface CommandHelp {
  brief: Text;
  usage: string[];
  summary: Text;
  description?: Text;
  options: [string, Text][];
  examples: [string, Text][];
}

const LANG_OPTION: [string, Text] = [
  '--lang ja|en',
  { en: 'language of messages and text output (default: from LC_ALL / LC_MESSAGES / LANG)', ja: 'メッセージと出力の言語（既定: LC_ALL / LC_MESSAGES / LANG から判定）' },
];
const MAX_BYTES_OPTION: [string, Text] = [
  '--max-bytes SIZE',
  { en: 'the largest input file read, e.g. 50MiB (default: 20MiB; see "input limits" in docs/cli.md)', ja: '読み込むファイルの大きさの上限。例: 50MiB（既定: 20MiB。docs/cli.md の「入力の上限」を参照）' },
];
const HELP_OPTION: [string, Text] = ['-h, --help', { en: 'show this help', ja: 'このヘルプを表示' }];
const OUT_OPTIONS: [string, Text][] = [
  ['-o, --out FILE', { en: 'write to FILE instead of standard output (refused if FILE exists)', ja: '標準出力の代わりに FILE に書き出す（FILE が既にあれば中止）' }],
  ['--force', { en: 'with --out: replace FILE if it exists', ja: '--out と併用: FILE が既にあれば置き換える' }],
];
const AS_OF_OPTION: [string, Text] = [
  '--as-of DATE',
  {
    en: 'the date to evaluate for, YYYY-MM-DD (default: today in UTC; give it for reproducible results)',
    ja: '評価基準日 YYYY-MM-DD（既定: 今日の日付（UTC）。再現可能な結果には指定してください）',
  },
];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  versions: {
    brief: { en: 'the shipped criteria releases, with status and dates', ja: '同梱されている基準のリリース（状態・日付）' },
    usage: ['sisc versions [--format text|json]'],
    summary: { en: 'List the shipped criteria releases with status and dates.', ja: '同梱されている基準のリリースを状態・日付とともに一覧表示します。' },
    options: [['--format text|json', { en: 'output format (default: text)', ja: '出力形式（既定: text）' }], LANG_OPTION, HELP_OPTION],
    examples: [['sisc versions', { en: 'show the releases', ja: 'リリースを表示' }]],
  },
  init: {
    brief: { en: 'an assessment skeleton to fill in', ja: '記入用の評価票のひな形' },
    usage: ['sisc init [--level N] [--criteria V] [--format yaml|json] [--org NAME] [--out FILE]'],
    summary: {
      en: 'Write an assessment skeleton: every requirement that applies at level N, ready to fill in.',
      ja: '評価票のひな形を作成します。レベル N で適用される要求事項をすべて含み、記入するだけで使えます。',
    },
    description: {
      en: 'Every status starts as not-met. YAML shows each requirement\'s text in a comment; JSON puts it in the note.\nThe declaration (and, for an audited level, the audit) are left for people to fill in.',
      ja: 'status はすべて not-met で始まります。YAML では各要求事項の文をコメントで、JSON では note に記載します。\n自己適合宣言（審査レベルでは審査の情報も）は記入が必要です。',
    },
    options: [
      ['-l, --level N', { en: 'the target level (default: 1)', ja: '目標レベル（既定: 1）' }],
      ['--criteria V', { en: 'criteria version, range or release file (default: the newest; drafts if nothing is effective)', ja: '基準の版・範囲・リリースファイル（既定: 最新の版。有効な版がなければ草案）' }],
      ['--format yaml|json', { en: 'output format (default: yaml)', ja: '出力形式（既定: yaml）' }],
      ['--org NAME', { en: 'the organisation\'s name', ja: '組織名' }],
      ...OUT_OPTIONS,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc init --level 1 --org "株式会社サンプル" --out assessment.yaml', { en: 'a Level 1 self-declaration to fill in', ja: 'レベル1（自己適合宣言）の評価票を作成' }],
      ['sisc init --level 2 --format json', { en: 'a Level 2 audit skeleton as JSON', ja: 'レベル2（認定審査）の評価票を JSON で出力' }],
    ],
  },
  validate: {
    brief: { en: 'check assessments or criteria sources', ja: '評価票・基準のソースの検査' },
    usage: ['sisc validate FILE... [--as-of DATE] [--format text|json]'],
    summary: {
      en: 'Check assessments or criteria sources and list every problem with file, line and path. Exit 1 when any is an error.',
      ja: '評価票または基準のソースを検査し、問題をファイル・行・パスとともにすべて表示します。エラーがあれば終了コード 1。',
    },
    description: {
      en: 'FILE is an assessment (JSON or YAML, "-" for standard input; or a filled-in checklist workbook, .xlsx), a compiled criteria release,\nor criteria sources: a directory holding release.yaml and one YAML file per category.',
      ja: 'FILE には評価票（JSON または YAML。「-」で標準入力。記入済みのチェックリストの Excel ブック .xlsx も可）、コンパイル済みの基準のリリース、\n基準のソース（release.yaml と大項目ごとの YAML を含むディレクトリ）を指定できます。',
    },
    options: [
      AS_OF_OPTION,
      ['--format text|json', { en: 'output format (default: text); json lists the issues', ja: '出力形式（既定: text）。json は指摘事項の一覧' }],
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc validate docs/examples/level1-with-gaps.json --as-of 2026-04-01', { en: 'check an assessment', ja: '評価票を検査' }],
      ['sisc validate packages/criteria/data/1.0.0-draft.1', { en: 'check criteria sources', ja: '基準のソースを検査' }],
    ],
  },
  evaluate: {
    brief: { en: 'evaluate an assessment and show the result', ja: '評価票を評価して結果を表示' },
    usage: ['sisc evaluate FILE [--as-of DATE] [--format text|json|markdown|html] [--require-level N] [--out FILE]'],
    summary: {
      en: 'Evaluate an assessment against its criteria release and show the result.',
      ja: '評価票を対象の基準で評価し、結果を表示します。',
    },
    description: {
      en: 'Exit 1 when --require-level N is given and level N is not achieved; exit 2 when FILE is not a valid assessment.',
      ja: '--require-level N を指定し、レベル N に達していなければ終了コード 1。FILE が評価票として正しくなければ終了コード 2。',
    },
    options: [
      AS_OF_OPTION,
      ['--format text|json|markdown|html', { en: 'output format (default: text): json is the result document; markdown and html the report (md is accepted for markdown)', ja: '出力形式（既定: text）。json は評価結果、markdown と html は報告書（markdown は md とも書けます）' }],
      ['--require-level N', { en: 'exit 1 unless at least level N is achieved', ja: 'レベル N 以上を達成していなければ終了コード 1' }],
      ['--criteria V', { en: 'evaluate against this version, release file or source directory instead of the one the assessment names', ja: '評価票が指定する版の代わりに、この版・リリースファイル・ソースで評価' }],
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc evaluate docs/examples/level1-small-vendor.yaml --as-of 2026-04-01', { en: 'show the result', ja: '評価結果を表示' }],
      ['sisc evaluate assessment.yaml --require-level 1 --format json --out result.json', { en: 'in CI: save the result, fail below Level 1', ja: 'CI 向け: 結果を保存し、レベル1未満なら失敗' }],
    ],
  },
  render: {
    brief: { en: 'standard, checklist, declaration, report or changelog as Markdown / HTML / CSV / PDF / Excel', ja: '基準の文書・チェックリスト・宣言書・報告書・変更履歴の出力（Markdown / HTML / CSV / PDF / Excel）' },
    usage: [
      'sisc render standard [--criteria V] [--format markdown|html|pdf] [--out FILE]',
      'sisc render checklist [--criteria V] [--level N] [--format markdown|html|csv|pdf|xlsx] [--out FILE]',
      'sisc render declaration FILE [--as-of DATE] [--signature ENVELOPE --key NAME.pub] [--format markdown|html|pdf] [--out FILE]',
      'sisc render report FILE [--as-of DATE] [--signature ENVELOPE --key NAME.pub] [--format markdown|html|pdf] [--out FILE]',
      'sisc render changelog FROM TO [--format markdown|html|pdf] [--out FILE]',
    ],
    summary: {
      en: 'Render a document: the standard, a checklist, a declaration of conformity, an evaluation report or the changelog between two releases.',
      ja: '文書を出力します: 基準の文書、チェックリスト、自己適合宣言書、評価報告書、版間の変更履歴。',
    },
    description: {
      en: 'standard and checklist are made from a criteria release; declaration and report from an assessment (FILE), which is evaluated first; changelog from two releases (FROM, TO; the same document as sisc diff FROM TO --format markdown|html). --format pdf prints the HTML with headless Chromium (/usr/bin/chromium, or the path in SISC_CHROMIUM; A4, fonts embedded, the same bytes for the same input) and needs --out FILE or a redirected output.',
      ja: 'standard と checklist は基準のリリースから、declaration と report は評価票（FILE）を評価して、changelog は二つのリリース（FROM、TO）から作成します（sisc diff FROM TO --format markdown|html と同じ文書）。--format pdf は HTML をヘッドレス Chromium（/usr/bin/chromium、または環境変数 SISC_CHROMIUM のパス）で印刷します（A4、フォント埋め込み、同じ入力からは同じバイト列）。--out FILE かリダイレクトが必要です。',
    },
    options: [
      ['--criteria V', { en: 'criteria version, range, release file or source directory (default: the newest)', ja: '基準の版・範囲・リリースファイル・ソース（既定: 最新の版）' }],
      ['-l, --level N', { en: 'checklist: the level (default: the highest)', ja: 'checklist: レベル（既定: 最上位）' }],
      ['--format markdown|html|csv|pdf|xlsx', { en: 'output format (default: markdown; md is accepted for markdown); csv and xlsx (an Excel workbook to fill in; read back with sisc import) for the checklist only', ja: '出力形式（既定: markdown。md とも書けます）。csv と xlsx（記入用の Excel ブック。sisc import で読み戻せます）は checklist のみ' }],
      AS_OF_OPTION,
      [
        '--signature ENVELOPE',
        { en: 'declaration, report: show the electronic signature (from sisc sign), verified with --key NAME.pub', ja: 'declaration, report: 電子署名（sisc sign の署名ファイル）を --key NAME.pub で検証して表示' },
      ],
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc render checklist --level 1 --format csv --out checklist.csv', { en: 'a Level 1 checklist for a spreadsheet', ja: 'レベル1のチェックリストを表計算ソフト用に出力' }],
      ['sisc render checklist --level 1 --format xlsx --out checklist.xlsx', { en: 'the Level 1 checklist as an Excel workbook to fill in', ja: 'レベル1のチェックリストを記入用の Excel ブックで出力' }],
      ['sisc render report docs/examples/level2-infrastructure-audit.yaml --as-of 2026-04-01 --format html --out report.html', { en: 'an audit report as HTML', ja: '審査の報告書を HTML で出力' }],
      ['sisc render declaration docs/examples/level1-small-vendor.yaml --as-of 2026-04-01 --format pdf --out declaration.pdf', { en: 'the declaration as a PDF to print, sign and stamp', ja: '自己適合宣言書を PDF で出力（印刷して署名・押印）' }],
    ],
  },
  import: {
    brief: { en: 'a filled-in checklist (.xlsx, .csv) or OSCAL assessment results read back as an assessment', ja: '記入済みのチェックリスト（.xlsx、.csv）や OSCAL の評価結果を評価票に変換' },
    usage: [
      'sisc import FILE.xlsx [--format yaml|json] [--out FILE]',
      'sisc import FILE.csv --base ASSESSMENT [--format yaml|json] [--out FILE]',
      'sisc import RESULTS.json [--criteria V] [--format yaml|json] [--out FILE]',
    ],
    summary: {
      en: 'Read a filled-in checklist — the Excel workbook or the CSV of "sisc render checklist" — and write the assessment.',
      ja: '記入済みのチェックリスト（「sisc render checklist」の Excel ブックまたは CSV）を読み取り、評価票を書き出します。',
    },
    description: {
      en: 'Rows are matched by requirement ID and columns by heading, so sorted rows and inserted columns do not matter. Every problem names its cell (チェックリスト!H12); exit 2 when the file cannot be read.\nA workbook of another criteria version, or of a changed release text, is refused: use sisc migrate. A CSV holds the answers only: --base gives the rest (organisation, level, declaration). "sisc validate" and "sisc evaluate" take an .xlsx directly.\nOSCAL assessment results (as written by "sisc export oscal-assessment-results", or by another tool against the sisc catalog) are read against the criteria version they name; each finding\'s state gives the answer where sisc\'s own answer is not recorded.',
      ja: '行は要求事項の ID で、列は見出しで照合するため、並べ替えや列の挿入をしても読み取れます。問題点はセル（チェックリスト!H12）で示します。読み取れなければ終了コード 2。\n別の版の基準や、内容の変わった基準のブックは読み取りません（sisc migrate を使います）。CSV には回答だけが含まれるため、--base で残り（事業者・レベル・宣言）を指定します。「sisc validate」「sisc evaluate」は .xlsx をそのまま受け付けます。\nOSCAL の評価結果（「sisc export oscal-assessment-results」や、sisc のカタログに対して他のツールが記録したもの）は、その文書が指定する版の基準で読み取ります。sisc の回答が記録されていない要求事項は、所見の状態（satisfied / not-satisfied）から回答を決めます。',
    },
    options: [
      ['--format yaml|json', { en: 'output format (default: yaml; json when --out ends in .json)', ja: '出力形式（既定: yaml。--out が .json で終われば json）' }],
      ['--base FILE', { en: 'CSV: the assessment (YAML or JSON) the organisation, level and declaration come from; its answers are replaced', ja: 'CSV: 事業者・レベル・宣言を取る評価票（YAML または JSON）。回答は CSV のもので置き換え' }],
      ['--criteria V', { en: 'read against this version, release file or source directory instead of the shipped release the file names', ja: 'ファイルが指定する同梱の版の代わりに、この版・リリースファイル・ソースで読み取る' }],
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc import checklist.xlsx --out assessment.yaml', { en: 'the filled-in workbook as an assessment', ja: '記入済みのブックを評価票に変換' }],
      ['sisc import checklist.csv --base last-year.yaml --out assessment.yaml', { en: 'this year\'s CSV answers with last year\'s organisation and declaration', ja: '今年の CSV の回答と、昨年の評価票の事業者・宣言を合わせる' }],
      ['sisc import results.json --out assessment.yaml', { en: 'OSCAL assessment results as an assessment sisc evaluates', ja: 'OSCAL の評価結果を sisc で評価できる評価票に変換' }],
    ],
  },
  diff: {
    brief: { en: 'changes between two criteria releases', ja: '基準の版間の変更' },
    usage: ['sisc diff FROM TO [--format text|json|markdown|html] [--out FILE]'],
    summary: {
      en: 'Show what changed between two criteria releases, and whether the version number says so. Exit 1 when the diff finds errors.',
      ja: '2つの基準のリリース間の変更と、版番号が変更内容に見合うかを表示します。差分にエラーがあれば終了コード 1。',
    },
    description: {
      en: 'FROM and TO are shipped versions, release files or source directories. Errors: the version bump is not honoured,\nthe change log does not match the changes, an ID was removed, the schemes differ.',
      ja: 'FROM と TO には同梱の版、リリースファイル、ソースのディレクトリを指定できます。エラー: 版上げが不足、\n変更履歴と変更が一致しない、ID の削除、制度が異なる。',
    },
    options: [['--format text|json|markdown|html', { en: 'output format (default: text)', ja: '出力形式（既定: text）' }], ...OUT_OPTIONS, LANG_OPTION, HELP_OPTION],
    examples: [['sisc diff 1.0.0-draft.1 packages/criteria/data/1.0.0-draft.1', { en: 'compare the shipped draft with its sources', ja: '同梱の草案とソースを比較' }]],
  },
  migrate: {
    brief: { en: 'carry an assessment over to another release', ja: '評価票を別の版へ移行' },
    usage: ['sisc migrate FILE --to V [--format yaml|json] [--out FILE]'],
    summary: {
      en: 'Carry an assessment over to another criteria release; what must be answered again is reported on standard error.',
      ja: '評価票を別の基準の版に移行します。再回答が必要な項目は標準エラー出力に表示します。',
    },
    options: [
      ['--to V', { en: 'the release to migrate to: a version, release file or source directory', ja: '移行先の基準: 版・リリースファイル・ソース' }],
      ['--from V', { en: 'the release the assessment is for (default: the shipped one it names)', ja: '評価票の現在の基準（既定: 評価票が指定する同梱の版）' }],
      ['--format yaml|json', { en: 'output format (default: that of FILE)', ja: '出力形式（既定: FILE と同じ）' }],
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [['sisc migrate assessment.yaml --to 1.0.0 --out assessment-1.0.0.yaml', { en: 'move an assessment to release 1.0.0', ja: '評価票を 1.0.0 に移行' }]],
  },
  schema: {
    brief: { en: 'print a JSON Schema', ja: 'JSON Schema の出力' },
    usage: ['sisc schema NAME [--criteria V] [--out FILE]'],
    summary: {
      en: 'Print a JSON Schema: criteria, assessment, result, diff, issue, criteria-release-file or criteria-category-file.',
      ja: 'JSON Schema を出力します: criteria, assessment, result, diff, issue, criteria-release-file, criteria-category-file。',
    },
    options: [
      ['--criteria V', { en: 'with assessment: the schema typed for that release (its requirement IDs)', ja: 'assessment と併用: その版用の型付きスキーマ（要求事項 ID 入り）' }],
      ...OUT_OPTIONS,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [['sisc schema assessment --out assessment.schema.json', { en: 'the assessment schema, for an editor', ja: 'エディタ用に評価票のスキーマを保存' }]],
  },
  keygen: {
    brief: { en: 'a key pair to sign declarations with', ja: '宣言に署名するための鍵ペアの作成' },
    usage: ['sisc keygen --out NAME'],
    summary: {
      en: 'Make a new Ed25519 key pair: NAME.key (the private key, PKCS#8 PEM, readable by you only) and NAME.pub (the public key, SPKI PEM, to publish).',
      ja: 'Ed25519 の鍵ペアを作成します: NAME.key（秘密鍵、PKCS#8 PEM、本人だけが読める設定）と NAME.pub（公開鍵、SPKI PEM、公開用）。',
    },
    description: {
      en: 'Never overwrites a file: exit 2 when NAME.key or NAME.pub exists. The key ID (SHA-256 of the public key) is printed.',
      ja: 'ファイルは上書きしません。NAME.key か NAME.pub が既にあれば終了コード 2。鍵ID（公開鍵の SHA-256）を表示します。',
    },
    options: [['-o, --out NAME', { en: 'the file name without extension (required)', ja: '拡張子を除いたファイル名（必須）' }], LANG_OPTION, HELP_OPTION],
    examples: [['sisc keygen --out minato-2026', { en: 'writes minato-2026.key and minato-2026.pub', ja: 'minato-2026.key と minato-2026.pub を作成' }]],
  },
  sign: {
    brief: { en: 'sign a declaration (the evaluated claim of an assessment)', ja: '宣言（評価票の評価結果）への署名' },
    usage: ['sisc sign FILE --key NAME.key [--as-of DATE] [--out FILE]'],
    summary: {
      en: 'Evaluate an assessment and sign the claim: a DSSE envelope holding an in-toto statement whose subject is FILE as written and whose predicate is the achieved level, conformance, criteria and attestation.',
      ja: '評価票を評価し、その結果に署名します。出力は DSSE 形式の署名ファイルで、in-toto の声明（対象は FILE そのもの、内容は達成レベル・適合・基準・宣言者）を含みます。',
    },
    description: {
      en: 'Publish the envelope with the assessment and NAME.pub; anyone can then check it with "sisc verify". Exit 2 when FILE is not a valid assessment or the key cannot be used.',
      ja: '署名ファイルは評価票と NAME.pub とともに公開してください。誰でも「sisc verify」で確認できます。FILE が評価票として正しくない、または鍵を使えなければ終了コード 2。',
    },
    options: [
      ['--key NAME.key', { en: 'the private key (from sisc keygen; required)', ja: '秘密鍵（sisc keygen で作成。必須）' }],
      AS_OF_OPTION,
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [['sisc sign docs/examples/level1-small-vendor.yaml --key minato-2026.key --as-of 2026-04-01 --out declaration.dsse.json', { en: 'sign a Level 1 declaration', ja: 'レベル1の自己適合宣言に署名' }]],
  },
  verify: {
    brief: { en: 'check a signed declaration, recomputing its claim', ja: '署名された宣言の検証（宣言内容の再計算を含む）' },
    usage: ['sisc verify ENVELOPE --key NAME.pub [--assessment FILE] [--as-of DATE] [--format text|json]'],
    summary: {
      en: 'Check a signed declaration: the signature, that FILE is the assessment signed, that the criteria release is known and unchanged, that re-evaluating the answers gives the declared level and conformance, and that it is still valid at DATE.',
      ja: '署名された宣言を検証します: 署名、FILE が署名された評価票であること、基準の版が既知で内容が同じこと、回答を再評価して宣言どおりのレベルと適合になること、DATE の時点で有効であること。',
    },
    description: {
      en: 'Without --assessment the assessment and the re-evaluation are not checked; without --as-of the validity is not. Exit 0 when every check passes, 1 when one fails, 2 when an input cannot be read.',
      ja: '--assessment がなければ評価票と再評価は、--as-of がなければ有効期限は確認しません。すべて合格なら終了コード 0、不合格があれば 1、入力を読み取れなければ 2。',
    },
    options: [
      ['--key NAME.pub', { en: 'the signer\'s public key (required)', ja: '署名者の公開鍵（必須）' }],
      ['--assessment FILE', { en: 'the published assessment (JSON or YAML)', ja: '公開された評価票（JSON または YAML）' }],
      ['--as-of DATE', { en: 'check the declaration is still valid at DATE, YYYY-MM-DD', ja: 'DATE（YYYY-MM-DD）の時点で宣言が有効かを確認' }],
      ['--format text|json', { en: 'output format (default: text); json lists every check', ja: '出力形式（既定: text）。json はすべての確認項目' }],
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc verify declaration.dsse.json --key minato-2026.pub --assessment level1-small-vendor.yaml --as-of 2026-05-01', { en: 'check everything', ja: 'すべての項目を確認' }],
    ],
  },
  export: {
    brief: { en: 'the criteria or an assessment as NIST OSCAL 1.2 or CycloneDX 1.6', ja: '基準や評価票を NIST OSCAL 1.2・CycloneDX 1.6 で出力' },
    usage: [
      'sisc export oscal-catalog|oscal-mapping|cyclonedx [--criteria V] [--as-of DATE] [--out FILE]',
      'sisc export oscal-profile [--level N] [--criteria V] [--as-of DATE] [--out FILE]',
      'sisc export oscal-assessment-results|oscal-assessment-plan|cyclonedx FILE [--criteria V] [--as-of DATE] [--out FILE]',
    ],
    summary: {
      en: 'Write the criteria (an OSCAL catalog, a profile per level, the mapping to other frameworks, a CycloneDX standard) or an assessment and its evaluation (OSCAL assessment results and plan, CycloneDX declarations) as JSON for GRC and supply-chain tools.',
      ja: '基準（OSCAL のカタログ、レベルごとのプロファイル、他の枠組みとの対応付け、CycloneDX の標準）や、評価票とその評価結果（OSCAL の評価結果・評価計画、CycloneDX の宣言）を、GRC ツールやサプライチェーンのツール向けに JSON で出力します。',
    },
    description: {
      en: 'One document per language (--lang): OSCAL has no language field. The same input gives the same bytes: UUIDs are derived from the content and dates come from the documents (the release\'s dates, the assessment\'s audit or declaration date) or --as-of, never the clock. Read OSCAL assessment results back with sisc import.',
      ja: '言語（--lang）ごとに1つの文書です（OSCAL には言語の項目がありません）。同じ入力からは同じバイト列ができます。UUID は内容から導き、日付は文書（基準の日付、評価票の審査日・宣言日）または --as-of から取り、実行時の時計は使いません。OSCAL の評価結果は sisc import で読み戻せます。',
    },
    options: [
      ['--criteria V', { en: 'criteria version, release file or source directory (default: the newest; for FILE, the release it names)', ja: '基準の版・リリースファイル・ソース（既定: 最新の版。FILE があればその評価票が指定する版）' }],
      ['-l, --level N', { en: 'oscal-profile: the level whose requirements it selects (default: 1)', ja: 'oscal-profile: 要求事項を選ぶレベル（既定: 1）' }],
      ['--as-of DATE', { en: 'the date of the document, YYYY-MM-DD, when the release or assessment gives none (a draft)', ja: '基準や評価票に日付がない場合（草案など）の文書の日付 YYYY-MM-DD' }],
      ...OUT_OPTIONS,
      MAX_BYTES_OPTION,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc export oscal-catalog --criteria 1.0.0-draft.1 --as-of 2026-04-01 --lang en --out catalog.json', { en: 'the English OSCAL catalog of the draft', ja: '草案の英語の OSCAL カタログ' }],
      ['sisc export oscal-profile --level 2 --criteria 1.0.0-draft.1 --as-of 2026-04-01 --out profile-level2.json', { en: 'the requirements of Level 2 as an OSCAL profile', ja: 'レベル2の要求事項を OSCAL のプロファイルで出力' }],
      ['sisc export oscal-assessment-results docs/examples/level1-small-vendor.yaml --out results.json', { en: 'a self-declaration as OSCAL assessment results', ja: '自己適合宣言を OSCAL の評価結果で出力' }],
      ['sisc export cyclonedx docs/examples/level2-infrastructure-audit.yaml --out attestation.cdx.json', { en: 'an audit as a CycloneDX 1.6 attestation', ja: '審査を CycloneDX 1.6 の証明（attestation）で出力' }],
    ],
  },
  criteria: {
    brief: { en: 'the committee\'s commands: new draft, check, stamp translations, release', ja: '委員会用: 草案の作成・検査・英訳の記録・公開' },
    usage: [
      'sisc criteria new VERSION [--from VERSION]',
      'sisc criteria check [DIR|VERSION] [--format text|json]',
      'sisc criteria stamp VERSION',
      'sisc criteria release VERSION --effective-from DATE [--version X.Y.Z]',
    ],
    summary: {
      en: 'Edit the criteria data (packages/criteria/data): make the next draft, check everything, publish a draft. Exit 1 when the check finds errors.',
      ja: '基準のデータ（packages/criteria/data）を編集するためのコマンドです。次の草案の作成、全体の検査、草案の公開を行います。検査でエラーがあれば終了コード 1。',
    },
    description: {
      en: 'new: copies the newest release (or --from) to a new draft with an empty change log; refuses an existing version.\ncheck: every problem with file:line: YAML and schema, release rules, IDs never removed or reused (across all releases),\nthe change log against the changes, the version number, translations, frozen releases.\nstamp: records which Japanese text each new English text was made from (enSource).\nrelease: turns a checked draft with complete English into a release (1.0.0-draft.2 → 1.0.0) and freezes its digest in released.json.\nAfter new and release, run "pnpm generate" (docs/criteria-authoring.md).',
      ja: 'new: 最新のリリース（または --from）を写して、変更履歴が空の新しい草案を作ります。既にある版は作りません。\ncheck: すべての問題をファイル名:行番号つきで表示します（YAML とスキーマ、リリースの規則、ID の削除・再利用（全リリースを通して）、\n変更履歴と実際の変更、版番号、英訳、凍結された版）。\nstamp: 新しい英文がどの日本語から翻訳されたか（enSource）を記録します。\nrelease: 検査に合格し英訳がそろった草案を公開版にし（1.0.0-draft.2 → 1.0.0）、ダイジェストを released.json に記録して凍結します。\nnew と release の後は「pnpm generate」を実行してください（docs/criteria-authoring.md）。',
    },
    options: [
      ['--from VERSION', { en: 'new: the release to copy (default: the newest)', ja: 'new: 写すリリース（既定: 最新）' }],
      ['--effective-from DATE', { en: 'release: the date from which the release is in force, YYYY-MM-DD', ja: 'release: 発効日 YYYY-MM-DD' }],
      ['--version X.Y.Z', { en: 'release: the release\'s version (default: the draft\'s without "-draft.N")', ja: 'release: 公開版の版番号（既定: 草案の版から「-draft.N」を除いたもの）' }],
      ['--format text|json', { en: 'check: output format (default: text)', ja: 'check: 出力形式（既定: text）' }],
      ['--data DIR', { en: 'the criteria data directory (default: packages/criteria/data of the repository)', ja: '基準のデータのディレクトリ（既定: リポジトリの packages/criteria/data）' }],
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      ['sisc criteria new 1.0.0-draft.2', { en: 'start the next draft from the newest release', ja: '最新のリリースから次の草案を作成' }],
      ['sisc criteria check 1.0.0-draft.2', { en: 'check the draft (and its history)', ja: '草案を（過去の版との関係も含めて）検査' }],
      ['sisc criteria release 1.0.0-draft.2 --effective-from 2027-04-01', { en: 'publish the draft as 1.0.0', ja: '草案を 1.0.0 として公開' }],
    ],
  },
};

export const COMMANDS = Object.keys(COMMAND_HELP);

function columns(rows: readonly [string, string][], indent: string): string {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `${indent}${a.padEnd(width)}  ${b}`.trimEnd()).join('\n');
}

export function commandHelp(name: string, lang: Lang): string {
  const h = COMMAND_HELP[name]!;
  const ja = lang === 'ja';
  const parts = [
    `${ja ? '使い方' : 'Usage'}:\n${h.usage.map((u) => `  ${u}`).join('\n')}`,
    h.summary[lang] + (h.description ? `\n${h.description[lang]}` : ''),
    `${ja ? 'オプション' : 'Options'}:\n${columns(
      h.options.map(([o, t]) => [o, t[lang]]),
      '  ',
    )}`,
    `${ja ? '例' : 'Examples'}:\n${h.examples.map(([cmd, t]) => `  ${cmd}\n      ${t[lang]}`).join('\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

export function mainHelp(lang: Lang, version: string): string {
  const ja = lang === 'ja';
  const head = ja
    ? `sisc ${version} — SIセキュリティ認定制度の要求事項をコードとして扱うツール`
    : `sisc ${version} — the SI Security Certification (SIセキュリティ認定制度) criteria as code`;
  const cmds = columns(
    COMMANDS.map((c) => [c, COMMAND_HELP[c]!.brief[lang]]),
    '  ',
  );
  const exit = ja
    ? '終了コード: 0 成功 / 1 検査で不合格（validate のエラー、evaluate --require-level 未達、diff のエラー、verify の不合格） / 2 使い方の誤り・読み込めない入力'
    : 'Exit codes: 0 ok / 1 a check failed (validate errors, evaluate --require-level not reached, diff errors, verify failures) / 2 usage error or unusable input';
  return `${[
    head,
    `${ja ? '使い方' : 'Usage'}:\n  sisc <command> [options]\n  sisc <command> --help\n  sisc --version`,
    `${ja ? 'コマンド' : 'Commands'}:\n${cmds}`,
    `${ja ? '共通オプション' : 'Common options'}:\n${columns(
      [
        [LANG_OPTION[0], LANG_OPTION[1][lang]],
        [HELP_OPTION[0], HELP_OPTION[1][lang]],
        ['-V, --version', ja ? 'バージョンを表示' : 'show the version'],
      ],
      '  ',
    )}`,
    `${ja ? '例' : 'Example'}:\n  sisc evaluate docs/examples/level1-small-vendor.yaml --as-of 2026-04-01`,
    `${exit}\n${ja ? '詳しくは docs/cli.md を参照してください。' : 'See docs/cli.md for more.'}`,
  ].join('\n\n')}\n`;
}
