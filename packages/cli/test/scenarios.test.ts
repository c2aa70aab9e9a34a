/**
 * Golden scenarios, run against the BUILT binary (node packages/cli/dist/bin.js) as a user runs it:
 * each test/scenarios/*.scenario gives the arguments, optional environment and standard input, and
 * the expected exit code, standard output and standard error.
 *
 * Format: sections introduced by a line "%%% <name>": about, args, env (KEY=VALUE lines), stdin,
 * exit, stdout, stderr. A section's text is everything up to the next header; a header ending in
 * "(no newline at end)" marks text without a final newline. Arguments are split on spaces, with
 * "double" or 'single' quotes around arguments that contain spaces.
 *
 * Every scenario runs with LANG=en_US.UTF-8 and NO_COLOR=1 unless its env section says otherwise,
 * from the repository root, and passes --as-of where a date matters, so the output is the same on
 * every machine. SISC_UPDATE_SCENARIOS=1 rewrites the expectations from the actual output: review
 * the diff before committing it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './_harness.js';
import { formatScenario, parseScenario, scenarioEnv, splitArgs, withOutcome, type Scenario } from './_scenario-file.js';

const SCENARIOS = join(import.meta.dirname, 'scenarios');
const BIN = join(REPO_ROOT, 'packages', 'cli', 'dist', 'bin.js');
const UPDATE = process.env.SISC_UPDATE_SCENARIOS === '1';
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json|yaml)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The packages the binary runs, in build order, and whether each one's dist is older than its sources. */
const PACKAGES = ['model', 'criteria', 'engine', 'diff', 'render', 'cli'];
function isStale(name: string): boolean {
  const dist = join(REPO_ROOT, 'packages', name, 'dist', name === 'cli' ? 'bin.js' : 'index.js');
  return !existsSync(dist) || newestSource(join(REPO_ROOT, 'packages', name, 'src')) > statSync(dist).mtimeMs;
}

beforeAll(() => {
  // `pnpm test` builds everything first; run on its own, this builds what is out of date.
  // (Dependencies are not bundled into the binary, so only the stale packages need building.)
  for (const name of PACKAGES) {
    if (isStale(name)) execFileSync('pnpm', ['build'], { cwd: join(REPO_ROOT, 'packages', name), stdio: 'ignore' });
  }
}, 600_000);

const files = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.scenario'))
  .sort();

describe('scenario format', () => {
  it('round-trips, including text without a final newline', () => {
    const s: Scenario = { order: ['args', 'stdout', 'stderr'], sections: new Map([['args', 'x\n'], ['stdout', 'a\r\nb'], ['stderr', '']]) };
    expect(formatScenario(parseScenario(formatScenario(s)))).toBe(formatScenario(s));
    expect(parseScenario(formatScenario(s)).sections.get('stdout')).toBe('a\r\nb');
    expect(splitArgs(`init --org "株式会社 サンプル" --lang 'ja'`)).toEqual(['init', '--org', '株式会社 サンプル', '--lang', 'ja']);
  });
});

describe.each(files)('%s', (file) => {
  const path = join(SCENARIOS, file);
  const scenario = parseScenario(readFileSync(path, 'utf8'));
  const args = splitArgs((scenario.sections.get('args') ?? '').trim());
  const env = scenarioEnv(scenario);

  it(scenario.sections.get('about')?.trim() || args.join(' '), () => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      input: scenario.sections.get('stdin') ?? '',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    const actual = { exit: `${result.status}\n`, stdout: result.stdout, stderr: result.stderr };
    if (UPDATE) {
      writeFileSync(path, withOutcome(scenario, actual));
      return;
    }
    expect(actual).toEqual({ exit: scenario.sections.get('exit') ?? '0\n', stdout: scenario.sections.get('stdout') ?? '', stderr: scenario.sections.get('stderr') ?? '' });
  });
});
