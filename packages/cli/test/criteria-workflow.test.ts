/**
 * The committee's workflow with `sisc criteria`, as docs/criteria-authoring.md tells it, on a
 * temporary copy of the data: new draft, edit the YAML, stamp, check, release, frozen afterwards,
 * and a retired ID reused two releases later refused with file:line.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDraft2 } from '../../criteria/test/_draft2.js';
import { REPO_ROOT, sisc, tempDir } from './_harness.js';

/** Every `sisc` command line the tests below run, to compare with the guide's. */
const ran = new Set<string>();

function repoCopy(): string {
  const root = tempDir();
  mkdirSync(join(root, 'packages', 'criteria', 'data'), { recursive: true });
  cpSync(join(REPO_ROOT, 'packages', 'criteria', 'data', '1.0.0-draft.1'), join(root, 'packages', 'criteria', 'data', '1.0.0-draft.1'), { recursive: true });
  writeFileSync(join(root, 'packages', 'criteria', 'released.json'), '{}\n');
  return root;
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

function lineOf(path: string, needle: string): number {
  return readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('sisc criteria, end to end on a copy of the data', () => {
  it('new → edit → stamp → check → release → frozen → a reused retired ID refused', { timeout: 120_000 }, async () => {
    const root = repoCopy();
    const data = join(root, 'packages', 'criteria', 'data');
    const run = (args: string[], lang: 'en' | 'ja' = 'en') => {
      ran.add(['criteria', ...args].join(' '));
      return sisc(['criteria', ...args, '--lang', lang], { cwd: root });
    };

    // 1. A new draft from the newest release.
    const created = await run(['new', '1.0.0-draft.2']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created packages/criteria/data/1.0.0-draft.2: draft 1.0.0-draft.2, copied from 1.0.0-draft.1');
    expect(readFileSync(join(data, '1.0.0-draft.2', 'release.yaml'), 'utf8')).toMatch(/^changeLog:\n {2}from: 1\.0\.0-draft\.1\n {2}entries: \[\]$/m);
    expect((await run(['new', '1.0.0-draft.2'])).code).toBe(2);

    // 2. Nothing declared yet: the check says which changes to declare (none so far: exit 0).
    expect((await run(['check', '1.0.0-draft.2'])).code).toBe(0);

    // 3. The edits, by hand: BLD-02.02 revised, OPS-03.05 added, GOV-03.03 retired, all declared.
    editDraft2(join(data, '1.0.0-draft.2'));
    const unstamped = await run(['check', '1.0.0-draft.2']);
    expect(unstamped.code).toBe(0);
    expect(unstamped.stdout).toMatch(/^packages\/criteria\/data\/1\.0\.0-draft\.2\/BLD\.yaml:\d+:\d+ {2}warning {2}.*\(run: sisc criteria stamp\)$/m);
    const stamped = await run(['stamp', '1.0.0-draft.2']);
    expect(stamped.stdout).toContain('BLD.yaml: recorded the Japanese source of 1 translation');
    const clean = await run(['check', '1.0.0-draft.2']);
    expect(clean.stdout).toContain('1.0.0-draft.2 (draft): 0 errors, 0 warnings');
    expect(clean.code).toBe(0);

    // An undeclared change is an error with file:line, in Japanese too.
    const ops = join(data, '1.0.0-draft.2', 'OPS.yaml');
    edit(ops, 'ja: 問い合わせ窓口を顧客に周知する。', 'ja: 問い合わせ窓口を顧客に周知し、文書化する。');
    edit(join(data, '1.0.0-draft.2', 'BLD.yaml'), 'ja: 設定のチェックリスト', 'ja: 設定のチェックリストの作成');
    const undeclared = await run(['check', '1.0.0-draft.2'], 'ja');
    expect(undeclared.code).toBe(1);
    expect(undeclared.stdout).toMatch(/^packages\/criteria\/data\/1\.0\.0-draft\.2\/release\.yaml:\d+:\d+ {2}エラー {2}\$\.changeLog\.entries {2}.*BLD-02\.01/m);
    edit(join(data, '1.0.0-draft.2', 'BLD.yaml'), 'ja: 設定のチェックリストの作成', 'ja: 設定のチェックリスト');
    edit(ops, 'ja: 問い合わせ窓口を顧客に周知し、文書化する。', 'ja: 問い合わせ窓口を顧客に周知する。');

    // The rendered diff to review, as the guide shows it.
    const diffArgs = ['diff', 'packages/criteria/data/1.0.0-draft.1', 'packages/criteria/data/1.0.0-draft.2', '--format', 'html', '--out', 'diff.html'];
    ran.add(diffArgs.join(' '));
    const diff = await sisc(diffArgs, { cwd: root });
    expect(diff.code).toBe(0);
    const page = readFileSync(join(root, 'diff.html'), 'utf8');
    for (const text of ['BLD-02.02', 'OPS-03.05', 'GOV-03.03', '検査結果の記録を求めることにした。']) expect(page).toContain(text);

    // 4. Release: refused while English is missing (the reasons are in Japanese only).
    const refused = await run(['release', '1.0.0-draft.2', '--effective-from', '2027-04-01']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/1\.0\.0-draft\.2 cannot be released yet/);
    expect(refused.stderr).toMatch(/release\.yaml:\d+:\d+ {2}error {2}\$\.changeLog\.entries\[0\]\.reason {2}the English translation/);
    expect(existsSync(join(data, '1.0.0'))).toBe(false);
    for (const [file, ja] of [
      ['release.yaml', '検査結果の記録を求めることにした。'],
      ['release.yaml', '問い合わせ窓口の周知を要求事項に加えた。'],
      ['release.yaml', 'GOV-03.02 に統合した。'],
      ['GOV.yaml', 'GOV-03.02 に統合した。'],
    ] as const) {
      const path = join(data, '1.0.0-draft.2', file);
      const t = readFileSync(path, 'utf8');
      const m = new RegExp(`^( *)ja: ${ja.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`, 'm').exec(t)!;
      writeFileSync(path, t.replace(m[0], `${m[0]}${m[1]}en: The reason, in English.\n`));
    }
    await run(['stamp', '1.0.0-draft.2']);
    const released = await run(['release', '1.0.0-draft.2', '--effective-from', '2027-04-01']);
    expect(released.stderr).toBe('');
    expect(released.code).toBe(0);
    expect(released.stdout).toContain('released 1.0.0 (from the draft 1.0.0-draft.2), effective from 2027-04-01');
    expect(existsSync(join(data, '1.0.0-draft.2'))).toBe(false);
    const frozen = JSON.parse(readFileSync(join(root, 'packages', 'criteria', 'released.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(frozen)).toEqual(['1.0.0']);
    expect(frozen['1.0.0']).toMatch(/^[0-9a-f]{64}$/);
    const after = await run(['check']);
    expect(after.stdout).toContain('1.0.0 (effective, released and frozen): 0 errors, 0 warnings');
    expect(after.code).toBe(0);

    // 5. Frozen: a later edit of the release fails the check, naming the file and line.
    const bld = join(data, '1.0.0', 'BLD.yaml');
    edit(bld, 'en: Completion inspection', 'en: Completion check');
    const changed = await run(['check']);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(`packages/criteria/data/1.0.0/release.yaml:${lineOf(join(data, '1.0.0', 'release.yaml'), 'version: 1.0.0')}:1  error  $.version  1.0.0 is released and frozen, but its content changed`);
    expect((await run(['stamp', '1.0.0'])).code).toBe(2);
    edit(bld, 'en: Completion check', 'en: Completion inspection');

    // 6. Two releases later, GOV-03.03 (retired in 1.0.0) used for something else: refused with file:line.
    expect((await run(['new', '1.1.0-draft.1'])).code).toBe(0);
    expect((await run(['new', '1.1.0-draft.2'])).code).toBe(0);
    const gov = join(data, '1.1.0-draft.2', 'GOV.yaml');
    const text = readFileSync(gov, 'utf8');
    const start = text.indexOf('      - id: GOV-03.03');
    writeFileSync(
      gov,
      `${text.slice(0, start)}      - id: GOV-03.03\n        level: 2\n        kind: detailed-requirement\n        text:\n          ja: 古いIDで別の要求事項を追加する。\n${text.slice(text.indexOf('\n\n', start) + 1)}`,
    );
    const reused = await run(['check', '1.1.0-draft.2']);
    expect(reused.code).toBe(1);
    expect(reused.stdout).toContain(`packages/criteria/data/1.1.0-draft.2/GOV.yaml:${lineOf(gov, '- id: GOV-03.03')}:9  error  $.items[2].requirements[2].id  GOV-03.03 was retired in 1.0.0 and is used again in 1.1.0-draft.2`);
    const ja = await run(['check', '1.1.0-draft.2'], 'ja');
    expect(ja.stdout).toMatch(/GOV\.yaml:\d+:9 {2}エラー {2}\S+ {2}GOV-03\.03 は 1\.0\.0 で廃止されたIDですが、1\.1\.0-draft\.2 で/);
  });

  it('names what is wrong with the arguments, exit 2', async () => {
    const root = repoCopy();
    const cases: [string[], RegExp][] = [
      [['criteria'], /missing what to do: one of new, check, stamp, release/],
      [['criteria', 'publish'], /unknown criteria command "publish"/],
      [['criteria', 'new', 'next'], /"next" is not a version/],
      [['criteria', 'new', '1.0.0'], /must be a draft/],
      [['criteria', 'check', '9.9.9'], /unknown criteria version "9\.9\.9"; known versions: 1\.0\.0-draft\.1/],
      [['criteria', 'release', '1.0.0-draft.1'], /missing --effective-from DATE/],
      [['criteria', 'release', '1.0.0-draft.1', '--effective-from', '2027-13-01'], /--effective-from must be a calendar date/],
      [['criteria', 'check', '--effective-from', '2027-04-01'], /the option --effective-from is only for: sisc criteria release/],
    ];
    for (const [args, message] of cases) {
      const out = await sisc(args, { cwd: root });
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toMatch(message);
    }
    const elsewhere = await sisc(['criteria', 'check'], { cwd: tempDir() });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('cannot find the criteria data');
  });

  it('runs every sisc command of docs/criteria-authoring.md (pnpm generate and pnpm test are the repository\'s own)', () => {
    const guide = readFileSync(join(REPO_ROOT, 'docs', 'criteria-authoring.md'), 'utf8');
    const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l !== '');
    const sisc = commands.filter((c) => c.startsWith('pnpm -s sisc ')).map((c) => c.slice('pnpm -s sisc '.length));
    expect(sisc.length).toBeGreaterThanOrEqual(5);
    expect(sisc.filter((c) => !ran.has(c))).toEqual([]);
    expect(commands.filter((c) => !c.startsWith('pnpm -s sisc ')).sort()).toEqual(['pnpm generate', 'pnpm generate', 'pnpm test', 'pnpm test']);
  });
});
