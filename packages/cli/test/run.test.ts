/** The CLI in-process: arguments, exit codes, files, languages, colour, errors. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { criteriaVersions, getCriteria, listCriteria } from '@sisc/criteria';
import { safeParseAssessment, safeParseDiff, safeParseResult, SCHEMA_NAMES } from '@sisc/model';
import { langFromEnv } from '../src/_lang.js';
import { COMMANDS } from '../src/_help.js';
import { FIXTURES, REPO_ROOT, sisc, tempDir } from './_harness.js';

const VENDOR = 'docs/examples/level1-small-vendor.yaml';
const GAPS = 'docs/examples/level1-with-gaps.json';
const AUDIT = 'docs/examples/level2-infrastructure-audit.yaml';
const AS_OF = ['--as-of', '2026-04-01'];
const release = getCriteria('1.0.0-draft.1');
const active = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements)).filter((r) => r.status === 'active');
const ANSI = /\u001b\[/;

describe('language', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja' }, 'ja'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: 'ja_JP' }, 'ja'],
    [{ LANG: 'jam' }, 'en'],
  ] as const)('%o → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('takes the locale by default and --lang over it', async () => {
    const ja = await sisc(['versions'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(ja.stdout).toContain('状態');
    const en = await sisc(['versions', '--lang', 'en'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(en.stdout).toContain('Status');
    const before = await sisc(['--lang=ja', 'versions'], { env: { LANG: 'C' } });
    expect(before.stdout).toContain('状態');
  });

  it('refuses an unknown --lang, naming the valid ones', async () => {
    const out = await sisc(['versions', '--lang', 'fr']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('"ja", "en"');
  });

  it('gives usage errors in the chosen language', async () => {
    const out = await sisc(['evaluate', '--lang', 'ja', '--bogus']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--bogus というオプションはありません/);
  });
});

describe('help and version', () => {
  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const out = await sisc([flag]);
      expect(out).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  it.each(COMMANDS)('sisc %s --help shows usage, options and an example, in both languages', async (cmd) => {
    for (const lang of ['en', 'ja']) {
      const out = await sisc([cmd, '--help', '--lang', lang]);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain(`sisc ${cmd}`);
      expect(out.stdout).toMatch(lang === 'ja' ? /使い方:[\s\S]*オプション:[\s\S]*例:\n {2}sisc / : /Usage:[\s\S]*Options:[\s\S]*Examples:\n {2}sisc /);
      expect(out.stderr).toBe('');
    }
    expect((await sisc(['help', cmd])).stdout).toBe((await sisc([cmd, '-h'])).stdout);
  });

  it('lists every command in the main help; no command is a usage error', async () => {
    const help = await sisc(['--help']);
    expect(help.code).toBe(0);
    for (const cmd of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^ {2}${cmd} `, 'm'));
    const none = await sisc([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });
});

describe('usage errors: exit 2, one line, no stack trace', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"; the commands are: versions, init/],
    [['--frob'], /unknown option --frob/],
    [['evaluate'], /missing the assessment FILE/],
    [['evaluate', VENDOR, 'extra'], /unexpected argument "extra"/],
    [['evaluate', VENDOR, '--as-of'], /--as-of needs a value/],
    [['evaluate', VENDOR, '--as-of', '2026-02-30'], /--as-of must be a calendar date written YYYY-MM-DD/],
    [['evaluate', VENDOR, '--format', 'pdf'], /--format must be one of "text", "json", "markdown", "html", but found "pdf"/],
    [['evaluate', VENDOR, '--require-level', 'two'], /--require-level must be a level number/],
    [['versions', '--help=yes'], /--help takes no value/],
    [['init', '--level', '7'], /--level 7 is not a level of this release \(levels: 1, 2\)/],
    [['schema', 'nope'], /NAME must be one of "criteria", "assessment", "result", "diff", "issue", "criteria-release-file", "criteria-category-file"/],
    [['render', 'poster'], /must be one of "standard", "checklist", "declaration", "report", "changelog"/],
    [['render', 'standard', '--format', 'csv'], /--format must be one of "markdown", "html", "pdf"/],
    [['render', 'standard', '--format', 'pdf'], /a pdf file is not text and is not written to a terminal: name a file with --out FILE/],
    [['render', 'changelog', '1.0.0-draft.1'], /missing TO/],
    [['render', 'changelog', '1.0.0-draft.1', '1.0.0-draft.1', '--as-of', '2026-04-01'], /the option --as-of is only for: declaration, report/],
    [['render', 'report', VENDOR, 'extra'], /unexpected argument "extra"/],
    [['migrate', VENDOR], /missing --to V/],
    [['evaluate', 'no/such/file.yaml'], /cannot read no\/such\/file.yaml: there is no such file/],
    [['evaluate', 'docs'], /cannot read docs: it is a directory/],
    [['init', '--criteria', '9.9.9'], /unknown criteria version "9.9.9"; known versions: 1.0.0-draft.1/],
    [['schema', 'assessment', '--force'], /--force only makes sense with --out FILE/],
    [['evaluate', 'packages/criteria/data/1.0.0-draft.1/GOV.yaml'], /GOV\.yaml is criteria, not an assessment\. To check it, run "sisc validate /],
    [['render', 'standard', '--as-of', '2026-04-01'], /the option --as-of is only for: declaration, report/],
  ])('%j', async (args, message) => {
    const out = await sisc(args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toMatch(/^sisc: error: /);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an unexpected error briefly, and the stack only with SISC_DEBUG=1', async () => {
    const boom = { stdout: () => {
      throw new Error('disk on fire');
    } };
    const quiet = await sisc(['versions'], { io: boom });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toMatch(/^sisc: unexpected error: disk on fire \(run again with SISC_DEBUG=1/);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const loud = await sisc(['versions'], { io: boom, env: { SISC_DEBUG: '1' } });
    expect(loud.stderr).toMatch(/\n\s+at /);
  });

  it('refuses a file that is not UTF-8, saying so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sjis.yaml'), Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a]));
    const out = await sisc(['validate', 'sjis.yaml'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/not UTF-8 text/);
  });
});

describe('output files', () => {
  it('writes --out atomically, refuses to overwrite, replaces with --force', async () => {
    const dir = tempDir();
    const first = await sisc(['evaluate', join(REPO_ROOT, VENDOR), ...AS_OF, '--format', 'json', '--out', 'result.json'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('wrote result.json\n');
    const written = readFileSync(join(dir, 'result.json'), 'utf8');
    expect(safeParseResult(JSON.parse(written)).success).toBe(true);

    writeFileSync(join(dir, 'result.json'), 'keep me');
    const again = await sisc(['evaluate', join(REPO_ROOT, VENDOR), ...AS_OF, '--format', 'json', '--out', 'result.json'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/result.json already exists, and sisc never overwrites a file it was not told to: .*--force/);
    expect(readFileSync(join(dir, 'result.json'), 'utf8')).toBe('keep me');

    const forced = await sisc(['evaluate', join(REPO_ROOT, VENDOR), ...AS_OF, '--format', 'json', '--out', 'result.json', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'result.json'), 'utf8')).toBe(written);
    // No temporary files are left behind.
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('writes the same bytes to a file as to standard output, without colour', async () => {
    const dir = tempDir();
    const tty = await sisc(['evaluate', join(REPO_ROOT, GAPS), ...AS_OF], { cwd: dir, stdoutIsTTY: true, env: {} });
    expect(tty.stdout).toMatch(ANSI);
    await sisc(['evaluate', join(REPO_ROOT, GAPS), ...AS_OF, '-o', 'r.txt'], { cwd: dir, stdoutIsTTY: true, env: {} });
    const piped = await sisc(['evaluate', join(REPO_ROOT, GAPS), ...AS_OF], { cwd: dir, env: {} });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(piped.stdout);
  });

  it('creates missing directories for --out', async () => {
    const dir = tempDir();
    const out = await sisc(['schema', 'issue', '--out', 'a/b/issue.schema.json'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(existsSync(join(dir, 'a/b/issue.schema.json'))).toBe(true);
  });
});

describe('colour', () => {
  const args = ['evaluate', GAPS, ...AS_OF];
  it('only on a terminal', async () => {
    expect((await sisc(args, { stdoutIsTTY: true, env: {} })).stdout).toMatch(ANSI);
    expect((await sisc(args, { stdoutIsTTY: false, env: {} })).stdout).not.toMatch(ANSI);
  });
  it('never with NO_COLOR or TERM=dumb; anywhere with FORCE_COLOR', async () => {
    expect((await sisc(args, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await sisc(args, { stdoutIsTTY: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
    expect((await sisc(args, { stdoutIsTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });
  it('on standard error only when it is a terminal', async () => {
    const out = await sisc(['evaluate', 'missing.json'], { stderrIsTTY: true, stdoutIsTTY: false, env: {} });
    expect(out.stderr).toMatch(ANSI);
    expect((await sisc(['evaluate', 'missing.json'], { env: {} })).stderr).not.toMatch(ANSI);
  });
  it('never in JSON', async () => {
    expect((await sisc(['evaluate', GAPS, ...AS_OF, '--format', 'json'], { stdoutIsTTY: true, env: {} })).stdout).not.toMatch(ANSI);
  });
});

describe('--as-of', () => {
  it('defaults to today in UTC, and says so', async () => {
    // 23:30 in Tokyo on 1 April is still 31 March in UTC.
    const out = await sisc(['evaluate', VENDOR, '--format', 'json'], { now: new Date('2026-04-01T23:30:00+09:00') });
    expect(JSON.parse(out.stdout).basis.asOf).toBe('2026-04-01');
    const early = await sisc(['evaluate', VENDOR, '--format', 'json'], { now: new Date('2026-04-01T08:59:59+09:00') });
    expect(JSON.parse(early.stdout).basis.asOf).toBe('2026-03-31');
    const text = await sisc(['evaluate', VENDOR], { now: new Date('2026-04-01T12:00:00Z') });
    expect(text.stdout).toMatch(/Evaluated as of +2026-04-01 \(today in UTC; --as-of not given\)/);
    const given = await sisc(['evaluate', VENDOR, ...AS_OF]);
    expect(given.stdout).toMatch(/Evaluated as of +2026-04-01\n/);
  });

  it('changes the result: a declaration dated after --as-of does not count', async () => {
    const before = await sisc(['evaluate', VENDOR, '--as-of', '2026-03-15', '--format', 'json']);
    expect(JSON.parse(before.stdout).achievedLevel).toBe(0);
    expect(JSON.parse(before.stdout).issues.map((i: { code: string }) => i.code)).toContain('declaration-in-future');
  });
});

describe('standard input', () => {
  it('reads JSON and YAML from "-"', async () => {
    const json = readFileSync(join(REPO_ROOT, GAPS), 'utf8');
    const yaml = readFileSync(join(REPO_ROOT, VENDOR), 'utf8');
    const a = await sisc(['evaluate', '-', ...AS_OF, '--format', 'json'], { stdin: json });
    expect(JSON.parse(a.stdout).achievedLevel).toBe(0);
    const b = await sisc(['evaluate', '-', ...AS_OF, '--format', 'json'], { stdin: yaml });
    expect(JSON.parse(b.stdout).achievedLevel).toBe(1);
    const v = await sisc(['validate', '-', ...AS_OF], { stdin: json });
    expect(v.stdout).toMatch(/^<stdin>:\d+:\d+ {2}error/m);
  });
  it('hints how to end input when standard input is a terminal', async () => {
    const out = await sisc(['validate', '-'], { stdin: '{}', io: { stdinIsTTY: true } });
    expect(out.stderr).toMatch(/Ctrl-D/);
  });
});

describe('versions', () => {
  it('lists every shipped release with status and dates, as text and JSON', async () => {
    const text = await sisc(['versions']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\.0\.0-draft\.1 +draft +- +- +- +SI Security Certification requirements \(draft\)$/m);
    // One line per shipped release, whichever are shipped.
    for (const l of listCriteria()) expect(text.stdout).toMatch(new RegExp(`^${l.version.replace(/\./g, '\\.')} +${l.status} `, 'm'));
    const json = JSON.parse((await sisc(['versions', '--format', 'json'])).stdout);
    expect(json).toEqual(listCriteria().map((l) => expect.objectContaining({ version: l.version, status: l.status, dates: l.dates })));
    expect(json).toContainEqual(expect.objectContaining({ version: '1.0.0-draft.1', status: 'draft', dates: {} }));
  });
});

describe('schema', () => {
  it.each(SCHEMA_NAMES)('%s is exactly the published schemas/v1 file', async (name) => {
    const file = { criteria: 'criteria-release', assessment: 'assessment', result: 'evaluation-result', diff: 'criteria-diff', issue: 'issue' }[name];
    const out = await sisc(['schema', name]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(REPO_ROOT, 'schemas', 'v1', `${file}.schema.json`), 'utf8'));
  });
  it('gives the typed assessment schema of a release and the editor schemas of the sources', async () => {
    const typed = await sisc(['schema', 'assessment', '--criteria', '1.0.0-draft.1']);
    expect(typed.stdout).toBe(readFileSync(join(REPO_ROOT, 'packages/criteria/schemas/assessment-1.0.0-draft.1.schema.json'), 'utf8'));
    for (const name of ['criteria-release-file', 'criteria-category-file']) {
      const out = await sisc(['schema', name]);
      expect(out.stdout).toBe(readFileSync(join(REPO_ROOT, `packages/criteria/schemas/${name}.schema.json`), 'utf8'));
    }
    expect((await sisc(['schema', 'assessment', '--criteria', '0.0.1'])).code).toBe(2);
    expect((await sisc(['schema', 'result', '--criteria', '1.0.0-draft.1'])).code).toBe(2);
  });
});

describe('init', () => {
  it.each([1, 2])('level %i: a YAML skeleton with every applicable requirement and its text', async (level) => {
    const out = await sisc(['init', '--level', String(level), '--criteria', '1.0.0-draft.1', '--lang', 'ja', '--org', '株式会社テスト']);
    expect(out.code).toBe(0);
    // A release named with --criteria needs no notice of which release is used.
    expect(out.stderr).not.toMatch(/を使用します/);
    const value = parseYaml(out.stdout);
    const parsed = safeParseAssessment(value);
    const applicable = active.filter((r) => r.level <= level);
    expect(Object.keys(value.answers)).toEqual(applicable.map((r) => r.id));
    for (const r of applicable) {
      expect(value.answers[r.id]).toEqual({ status: 'not-met', evidence: [] });
      // The requirement's text is in the comment right above its answer.
      expect(out.stdout).toContain(`# ${r.id} [レベル${r.level}] ${r.text.ja}\n`);
    }
    expect(value.organization.name).toBe('株式会社テスト');
    expect(value.mode).toBe(level === 1 ? 'self-declaration' : 'audit');
    expect(out.stdout).toMatch(/^# declaration:$/m);
    // An audit skeleton is not valid until the auditor fills in the audit; a self-declaration is.
    expect(parsed.success).toBe(level === 1);
  });

  it('JSON: the text in each note; the skeleton claims nothing and evaluates to level 0', async () => {
    const dir = tempDir();
    const out = await sisc(['init', '--criteria', '1.0.0-draft.1', '--format', 'json', '--out', 'a.json'], { cwd: dir });
    expect(out.code).toBe(0);
    const value = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    for (const r of active.filter((x) => x.level === 1)) expect(value.answers[r.id].note).toBe(r.text.en);
    const evaluated = await sisc(['evaluate', 'a.json', ...AS_OF, '--format', 'json'], { cwd: dir });
    expect(evaluated.code).toBe(0);
    const result = JSON.parse(evaluated.stdout);
    expect(result.achievedLevel).toBe(0);
    expect(result.total.satisfied).toBe(0);
  });

  it('validate on a fresh skeleton asks only for the declaration', async () => {
    const dir = tempDir();
    await sisc(['init', '--criteria', '1.0.0-draft.1', '--out', 'a.yaml'], { cwd: dir });
    const out = await sisc(['validate', 'a.yaml', ...AS_OF], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^a\.yaml:\d+:1 {2}error {2}\$\.declaration {2}the self-declaration \(signatory name, role and date\) is missing\.$/m);
    expect(out.stdout).toMatch(/1 error, 0 warnings in 1 file/);
  });
});

describe('validate', () => {
  it('points at the line of each problem in YAML and JSON', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.yaml'),
      ['criteria:', '  scheme: si-security-certification', '  version: 1.0.0-draft.1', 'organization:', '  name: 株式会社テスト', '  corporateNumber: 1234567890123', 'targetLevel: 1', 'mode: self-declaration', 'answers:', '  GOV-01.01:', '    status: done', ''].join('\n'),
    );
    const out = await sisc(['validate', 'a.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^a\.yaml:6:3 {2}error {2}\$\.organization\.corporateNumber {2}/m);
    expect(out.stdout).toMatch(/^a\.yaml:11:5 {2}error {2}\$\.answers\["GOV-01\.01"\]\.status {2}/m);
  });

  it('reports a syntax error with its line, and a hint', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'criteria:\n  scheme: x\norganization:\n  name: 株式会社テスト（担当: 総務）\n');
    const out = await sisc(['validate', 'a.yaml', '--lang', 'ja'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^a\.yaml:4:\d+ {2}エラー {2}\$ {2}ファイルを読み取れません（YAML: .*）。 ヒント: 値に「: 」/m);
    writeFileSync(join(dir, 'b.json'), '{\n  "criteria": {\n    "scheme": "x",\n  }\n}\n');
    const json = await sisc(['validate', 'b.json'], { cwd: dir });
    expect(json.stdout).toMatch(/^b\.json:4:3 {2}error {2}\$ {2}the file cannot be read \(JSON: /m);
  });

  it('names an unknown criteria version and scheme, listing the known ones', async () => {
    const dir = tempDir();
    const a = JSON.parse(readFileSync(join(REPO_ROOT, GAPS), 'utf8'));
    writeFileSync(join(dir, 'v.json'), JSON.stringify({ ...a, criteria: { scheme: a.criteria.scheme, version: '2.0.0' } }, null, 2));
    writeFileSync(join(dir, 's.json'), JSON.stringify({ ...a, criteria: { scheme: 'other-scheme', version: '1.0.0' } }, null, 2));
    const out = await sisc(['validate', 'v.json', 's.json'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(new RegExp(`^v\\.json:4:5 {2}error {2}\\$\\.criteria\\.version {2}"2\\.0\\.0" is not a criteria release sisc knows; known versions: ${criteriaVersions().join(', ').replace(/\./g, '\\.')}\\.$`, 'm'));
    expect(out.stdout).toMatch(/^s\.json:3:5 {2}error {2}\$\.criteria\.scheme {2}expected "si-security-certification", but found "other-scheme"\.$/m);
  });

  it('checks criteria sources, with file and line, whether given the directory or one of its files', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, '1.0.0-draft.2'), join(dir, '1.0.0-draft.2'), { recursive: true });
    const good = await sisc(['validate', '1.0.0-draft.2'], { cwd: dir });
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/1\.0\.0-draft\.2: valid criteria sources \(si-security-certification 1\.0\.0-draft\.2\)/);
    const gov = join(dir, '1.0.0-draft.2', 'GOV.yaml');
    writeFileSync(gov, readFileSync(gov, 'utf8').replace('      - id: GOV-01.02\n        level: 2', '      - id: GOV-01.01\n        level: 2'));
    for (const target of ['1.0.0-draft.2', '1.0.0-draft.2/GOV.yaml']) {
      const bad = await sisc(['validate', target], { cwd: dir });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/^1\.0\.0-draft\.2\/GOV\.yaml:\d+:\d+ {2}error {2}\S+ {2}the requirement ID "GOV-01\.01" is already used/m);
    }
  });

  it('checks a compiled release file', async () => {
    const out = await sisc(['validate', 'packages/criteria/src/generated/releases/1.0.0-draft.1.json']);
    expect(out.stdout).toMatch(/valid criteria release \(si-security-certification 1\.0\.0-draft\.1\)/);
    expect(out.code).toBe(0);
  });

  it('lists issues as JSON with --format json', async () => {
    const out = await sisc(['validate', GAPS, VENDOR, ...AS_OF, '--format', 'json']);
    expect(out.code).toBe(1);
    const files = JSON.parse(out.stdout);
    expect(files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      [GAPS, false],
      [VENDOR, true],
    ]);
    expect(files[0].issues[0]).toMatchObject({ file: GAPS, line: expect.any(Number), code: expect.any(String) });
  });
});

describe('evaluate', () => {
  it('refuses an assessment that is not valid: exit 2, every problem listed', async () => {
    const out = await sisc(['evaluate', '-', ...AS_OF], { stdin: '{"criteria":{"scheme":"si-security-certification","version":"1.0.0-draft.1"},"answers":{"GOV-01.01":{"status":"yes"}}}' });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^sisc: error: <stdin> is not a valid assessment, so it cannot be evaluated\. The problems:$/m);
    expect(out.stderr).toMatch(/\$\.organization/);
    expect(out.stderr).toMatch(/\$\.answers\["GOV-01\.01"\]\.status/);
    expect(out.stderr).toMatch(/Run "sisc validate -"/);
  });

  it('names an unknown release version, listing the known ones', async () => {
    const a = JSON.parse(readFileSync(join(REPO_ROOT, GAPS), 'utf8'));
    const out = await sisc(['evaluate', '-', ...AS_OF], { stdin: JSON.stringify({ ...a, criteria: { ...a.criteria, version: '0.0.1' } }) });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`unknown criteria version "0.0.1"; known versions: ${criteriaVersions().join(', ')}.`);
  });

  it('gives the same result JSON as the engine, deterministically', async () => {
    const a = await sisc(['evaluate', AUDIT, ...AS_OF, '--format', 'json']);
    const b = await sisc(['evaluate', AUDIT, ...AS_OF, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.endsWith('}\n')).toBe(true);
    expect(safeParseResult(JSON.parse(a.stdout)).success).toBe(true);
  });

  it('renders the report as Markdown and HTML', async () => {
    const md = await sisc(['evaluate', GAPS, ...AS_OF, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# /);
    const html = await sisc(['evaluate', GAPS, ...AS_OF, '--format', 'html', '--lang', 'ja']);
    expect(html.stdout).toMatch(/<html lang="ja"/);
  });

  it('evaluates against a release given by --criteria (sources) when it is the one named', async () => {
    const out = await sisc(['evaluate', VENDOR, ...AS_OF, '--criteria', 'packages/criteria/data/1.0.0-draft.1', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).achievedLevel).toBe(1);
    const other = await sisc(['evaluate', VENDOR, ...AS_OF, '--criteria', 'packages/cli/test/fixtures/1.0.0-draft.2']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/assessment is for si-security-certification 1\.0\.0-draft\.1 but the release passed in is si-security-certification 1\.0\.0-draft\.2/);
  });
});

describe('render', () => {
  it.each([
    [['render', 'standard'], /^# /],
    [['render', 'standard', '--format', 'html'], /^<!DOCTYPE html>/],
    [['render', 'checklist', '--level', '2', '--format', 'csv'], /^\uFEFF"ID"/],
    [['render', 'declaration', VENDOR, ...AS_OF], /^# /],
    [['render', 'report', AUDIT, ...AS_OF, '--format', 'html'], /^<!DOCTYPE html>/],
    [['render', 'changelog', '1.0.0-draft.1', '1.0.0-draft.1'], /^# /],
  ])('%j', async (args, start) => {
    const out = await sisc(args);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(start);
  });
  it('needs an assessment for a declaration or a report', async () => {
    expect((await sisc(['render', 'report'])).code).toBe(2);
    expect((await sisc(['render', 'standard', VENDOR])).code).toBe(2);
  });
});

describe('diff', () => {
  it('of a release with itself: no changes, exit 0', async () => {
    const out = await sisc(['diff', '1.0.0-draft.1', 'packages/criteria/data/1.0.0-draft.1']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^No changes\.$/m);
  });
  it('lists the changes as text and JSON', async () => {
    const text = await sisc(['diff', '1.0.0-draft.1', 'packages/cli/test/fixtures/1.0.0-draft.2']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/requirement GOV-02\.01: text changed \(text\.ja\)/);
    expect(text.stdout).toMatch(/\+ requirement OPS-02\.05: added/);
    const json = await sisc(['diff', '1.0.0-draft.1', 'packages/cli/test/fixtures/1.0.0-draft.2', '--format', 'json']);
    const diff = safeParseDiff(JSON.parse(json.stdout));
    expect(diff.success).toBe(true);
  });
  it('exits 1 when the version number does not honour the changes', async () => {
    const out = await sisc(['diff', 'packages/cli/test/fixtures/1.0.0-draft.2', '1.0.0-draft.1', '--format', 'json']);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).semver.honoured).toBe(false);
  });
});

describe('migrate', () => {
  it('carries a YAML assessment over, keeping its comments, and reports what was dropped', async () => {
    const out = await sisc(['migrate', VENDOR, '--to', 'packages/cli/test/fixtures/1.0.0-draft.2']);
    expect(out.code).toBe(0);
    const original = readFileSync(join(REPO_ROOT, VENDOR), 'utf8');
    expect(out.stdout).toContain('# 例: レベル1（自己適合宣言）を満たす小規模な事業者の評価票');
    const value = parseYaml(out.stdout);
    expect(value.criteria.version).toBe('1.0.0-draft.2');
    expect(Object.keys(value.answers)).toEqual(Object.keys(parseYaml(original).answers).filter((id) => id !== 'GOV-02.01'));
    expect(out.stderr).toMatch(/11 answers carried over, 1 dropped, 1 requirement to answer \(again\)/);
    expect(out.stderr).toMatch(/GOV-02\.01 \(its meaning changed\)/);
  });
  it('writes JSON for JSON', async () => {
    const out = await sisc(['migrate', GAPS, '--to', 'packages/cli/test/fixtures/1.0.0-draft.2']);
    expect(JSON.parse(out.stdout).criteria.version).toBe('1.0.0-draft.2');
  });
});

describe('documentation and coverage', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'cli.md'), 'utf8');
  const scenarios = readdirSync(join(import.meta.dirname, 'scenarios'))
    .filter((f) => f.endsWith('.scenario'))
    .map((f) => readFileSync(join(import.meta.dirname, 'scenarios', f), 'utf8'));
  it.each(COMMANDS)('%s is documented in docs/cli.md and has a golden scenario', (cmd) => {
    expect(doc.match(new RegExp(`^### \`sisc ${cmd}\`$`, 'gm'))?.length, 'a section in each language').toBe(2);
    expect(scenarios.some((s) => new RegExp(`^%%% args\\n${cmd}\\b`, 'm').test(s))).toBe(true);
  });
});

describe('hostile files', () => {
  it('answers a 29-byte YAML alias that refers to itself at once, naming the lines', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.yaml'), 'criteria: &a\n  x: *a\n  y: *a\n');
    for (const command of ['validate', 'evaluate']) {
      const out = await sisc([command, 'bomb.yaml', ...AS_OF.slice(command === 'validate' ? 2 : 0)], { cwd: dir });
      expect(out.code).toBeGreaterThan(0);
      expect(out.stdout + out.stderr).toContain('bomb.yaml:2:3');
      expect(out.stdout + out.stderr).toMatch(/contains itself/);
      expect(out.stdout + out.stderr).not.toMatch(/unexpected error|Maximum call stack/);
    }
  });

  it('refuses JSON with a key written twice in one object, naming both places', async () => {
    const dir = tempDir();
    const text = readFileSync(join(REPO_ROOT, GAPS), 'utf8').replace('"answers": {', '"answers": {\n    "GOV-01.01": { "status": "not-met" },');
    writeFileSync(join(dir, 'dup.json'), text);
    const out = await sisc(['validate', 'dup.json'], { cwd: dir });
    expect(out.code).toBeGreaterThan(0);
    expect(out.stdout).toMatch(/dup\.json:\d+:\d+ +error +\$ .*"GOV-01\.01" appears twice in the same object, at line \d+ column \d+ and at line \d+ column \d+/);
  });

  it('shows control and bidi characters from a document as \\uXXXX in text output, never raw', async () => {
    const dir = tempDir();
    const data = JSON.parse(readFileSync(join(REPO_ROOT, GAPS), 'utf8'));
    data.organization.name = 'Evil\u001b]8;;http://evil.example/\u0007link\u001b[2J\u202eabc\u0000';
    writeFileSync(join(dir, 'ctl.json'), JSON.stringify(data));
    const text = await sisc(['evaluate', 'ctl.json', ...AS_OF], { cwd: dir });
    expect(text.stdout).toContain('Evil\\u001b]8;;http://evil.example/\\u0007link\\u001b[2J\\u202eabc\\u0000');
    expect(text.stdout + text.stderr).not.toMatch(/[\u0000\u0007\u001b\u202e]/);
    data.answers['X\u001b[2JY'] = { status: 'met' };
    writeFileSync(join(dir, 'ctl.json'), JSON.stringify(data));
    const invalid = await sisc(['validate', 'ctl.json'], { cwd: dir });
    expect(invalid.stdout).toContain('X\\u001b[2JY');
    expect(invalid.stdout + invalid.stderr).not.toMatch(/[\u0000\u0007\u001b\u202e]/);
    // JSON output stays exact.
    const json = await sisc(['validate', 'ctl.json', '--format', 'json'], { cwd: dir });
    expect(json.stdout).toContain('X\\u001b[2JY');
    expect(JSON.parse(json.stdout)[0].issues.map((i: { path: string }) => i.path)).toContain(`$.answers[${JSON.stringify('X\u001b[2JY')}]`);
  });
  const example = () => readFileSync(join(REPO_ROOT, 'docs/examples/level1-small-vendor.yaml'), 'utf8');
  const noCrash = (out: { stdout: string; stderr: string }) => expect(out.stdout + out.stderr).not.toMatch(/unexpected error|Maximum call stack|parseAllDocuments|\n\s+at /);

  it('answers an object of 130,000 keys with the keys limit, at the line of the object (it crashed after minutes); YAML stops earlier, at its own limit', async () => {
    const dir = tempDir();
    const keys = Array.from({ length: 130_000 }, (_, i) => `  GOV-${String(i).padStart(6, '0')}: {status: met}\n`).join('');
    writeFileSync(join(dir, 'keys.yaml'), example().replace(/^answers:\n/m, `answers:\n${keys}`));
    const data = parseYaml(example()) as { answers: Record<string, unknown> };
    for (let i = 0; i < 130_000; i++) data.answers[`GOV-${String(i).padStart(6, '0')}`] = { status: 'met' };
    writeFileSync(join(dir, 'keys.json'), JSON.stringify(data, null, 1));
    const out = await sisc(['validate', 'keys.json'], { cwd: dir });
    expect(out.code).toBe(1);
    noCrash(out);
    expect(out.stdout).toMatch(/keys\.json:\d+:\d+ +error +\$\.answers +this object has 130,012 keys, more than the 100,000/);
    const ja = await sisc(['validate', 'keys.json', '--lang', 'ja'], { cwd: dir });
    expect(ja.stdout).toContain('このオブジェクトには 130,012 個の項目があり、上限の 100,000 個を超えています');
    const yaml = await sisc(['validate', 'keys.yaml'], { cwd: dir });
    expect(yaml.code).toBe(1);
    noCrash(yaml);
    expect(yaml.stdout).toMatch(/keys\.yaml:\d+:\d+ +error +\$ +the file holds more than 60,000 values written as YAML \(keys included\); it was not read further\. Write a document this large as JSON/);
    const yamlJa = await sisc(['validate', 'keys.yaml', '--lang', 'ja'], { cwd: dir });
    expect(yamlJa.stdout).toContain('YAMLで書かれた値の数（キーを含む）が上限の 60,000 個を超えています');
  });

  it('shows at most 200 issues as text and counts the rest; JSON lists them all', async () => {
    const dir = tempDir();
    const keys = Array.from({ length: 1_000 }, (_, i) => `  GOV-${String(i).padStart(6, '0')}: {status: met}\n`).join('');
    writeFileSync(join(dir, 'many.yaml'), example().replace(/^answers:\n/m, `answers:\n${keys}`));
    const out = await sisc(['validate', 'many.yaml'], { cwd: dir });
    expect(out.stdout.split('\n').filter((l) => l.startsWith('many.yaml:'))).toHaveLength(200);
    expect(out.stdout).toContain('… and 800 more issues, not shown (--format json lists them all).');
    const json = await sisc(['validate', 'many.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)[0].issues).toHaveLength(1_000);
  });

  it('refuses a list of 1.5 million items by its length, naming the line, without building it (JSON and YAML)', async () => {
    const dir = tempDir();
    const items = Array.from({ length: 1_500_000 }, () => '1').join(',');
    writeFileSync(join(dir, 'big.json'), `{"criteria": {"scheme": "si-security-certification", "version": "1.0.0-draft.1"},\n "extra": [${items}]}`);
    writeFileSync(join(dir, 'big.yaml'), `${example()}extra: [${items}]\n`);
    const json = await sisc(['validate', 'big.json'], { cwd: dir });
    noCrash(json);
    expect(json.stdout).toMatch(/big\.json:2:2 +error +\$\.extra +this list has 1,500,000 items, more than the 100,000/);
    const yaml = await sisc(['validate', 'big.yaml'], { cwd: dir });
    noCrash(yaml);
    expect(yaml.stdout).toMatch(/big\.yaml:\d+:\d+ +error +\$ +the file holds more than 60,000 values written as YAML/);
  });

  it('refuses YAML nested 10,000 levels deep (flow or block) at the place it goes past 64 levels', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'flow.yaml'), `criteria: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    writeFileSync(join(dir, 'block.yaml'), `a:\n${'- '.repeat(10_000)}x\n`);
    writeFileSync(join(dir, 'deep.json'), `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    for (const [file, at] of [['flow.yaml', 'flow.yaml:1:'], ['block.yaml', 'block.yaml:2:'], ['deep.json', 'deep.json:1:']] as const) {
      const out = await sisc(['validate', file], { cwd: dir });
      expect(out.code).toBe(1);
      noCrash(out);
      expect(out.stdout).toContain(at);
      expect(out.stdout).toContain('nested more than 64 levels deep');
    }
  });

  it('says in words that a file holds several YAML documents', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'two.yaml'), `${example()}---\nfoo: 1\n`);
    const out = await sisc(['validate', 'two.yaml', '--lang', 'ja'], { cwd: dir });
    noCrash(out);
    expect(out.stdout).toMatch(/two\.yaml:\d+:1 +エラー .*several YAML documents.*ヒント: 「---」の行より後ろにある2つ目以降の文書を削除/);
  });

  it('refuses a file over the byte budget before reading it, and --max-bytes changes the budget', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.yaml'), example());
    const small = await sisc(['validate', 'ok.yaml', '--max-bytes', '1KiB'], { cwd: dir });
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/cannot read ok\.yaml: it is [\d,]+ bytes, more than the 1,024 sisc reads from one file.*--max-bytes/);
    expect((await sisc(['validate', 'ok.yaml', '--max-bytes', '1MiB'], { cwd: dir })).code).toBe(0);
    const bad = await sisc(['validate', 'ok.yaml', '--max-bytes', 'lots'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-bytes takes a size in bytes');
    // Over the default budget: 21 MiB of comment lines.
    writeFileSync(join(dir, 'huge.yaml'), `${example()}${'#'.repeat(1023)}\n`.repeat(1).concat(`${'#'.repeat(1023)}\n`.repeat(21 * 1024)));
    const huge = await sisc(['validate', 'huge.yaml'], { cwd: dir });
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/more than the 20,971,520 sisc reads from one file/);
  });

  it('points a duplicate YAML key at both places, quickly even in a mapping of 24,000 keys', async () => {
    const dir = tempDir();
    const keys = Array.from({ length: 24_000 }, (_, i) => `  K${i}: 1\n`).join('');
    writeFileSync(join(dir, 'dup.yaml'), `${example()}extra:\n${keys}  K5: 2\n`);
    const out = await sisc(['validate', 'dup.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/dup\.yaml:\d+:3 +error +\$ +the file cannot be read \(YAML: the key "K5" appears twice in the same mapping, at line \d+ column 3 and at line \d+ column 3; keep one\)/);
  });
});

describe('the audit report', () => {
  it('names the auditor, the body, the audit date and reference, and lists every evidence item of the Level 2 example', async () => {
    const out = await sisc(['render', 'report', AUDIT, '--lang', 'ja', ...AS_OF]);
    expect(out.code).toBe(0);
    for (const text of ['審査員：審査 真理子', '認定審査機関：一般社団法人サンプル認定審査機構', '審査日：2026-03-27', '審査番号：SISC-L2-2026-0042', '署名者：東 誠一郎']) {
      expect(out.stdout).toContain(text);
    }
    const data = parseYaml(readFileSync(join(REPO_ROOT, AUDIT), 'utf8')) as { answers: Record<string, { evidence?: { title: string }[] }> };
    const titles = Object.values(data.answers).flatMap((a) => (a.evidence ?? []).map((e) => e.title));
    expect(titles.length).toBeGreaterThan(20);
    const section = out.stdout.slice(out.stdout.indexOf('要求事項ごとの証跡'));
    // Titles are escaped as untrusted Markdown: compare with the escapes taken out.
    const plain = section.replace(/\\(.)/g, '$1');
    for (const t of titles) expect(plain).toContain(t);
  });
});
