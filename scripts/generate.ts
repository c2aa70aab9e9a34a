// `pnpm generate`: writes every generated, committed file (JSON Schemas, types, compiled
// criteria, the ID ledger, published documents and release notes). Each package's
// scripts/generate.ts does its own part. Then, so that a new criteria release needs no other step:
// @sisc/criteria and the sisc binary are rebuilt (the binary bundles the compiled releases), the CLI
// scenarios whose output lists every shipped release (a "generated" section) are rewritten, and
// the per-release golden files of render and interop are written for a release that has none (the
// goldens of existing releases are never rewritten here: a change to them is reviewed with -u).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEach } from './_run-each.js';

runEach('scripts', 'generate.ts');

const root = join(import.meta.dirname, '..');
// The sisc binary bundles the libraries, compiled releases included: it is rebuilt too.
const build = spawnSync('pnpm', ['--filter', '@sisc/criteria', '--filter', '@sisc/cli', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('✖ building @sisc/criteria and @sisc/cli failed');
  process.exit(build.status ?? 1);
}
console.log('\n▶ built @sisc/criteria and @sisc/cli (sisc sees every release)');

// The scenarios run in-process on the sources: the releases just compiled are what they list.
const { run } = await import('../packages/cli/src/run.js');
const { GENERATED_SECTION, parseScenario, scenarioEnv, splitArgs, withOutcome } = await import('../packages/cli/test/_scenario-file.js');
const dir = join(root, 'packages', 'cli', 'test', 'scenarios');
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.scenario')).sort() : []) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const scenario = parseScenario(text);
  if (!scenario.sections.has(GENERATED_SECTION)) continue;
  let stdout = '';
  let stderr = '';
  const code = await run(splitArgs((scenario.sections.get('args') ?? '').trim()), {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => scenario.sections.get('stdin') ?? '',
    env: scenarioEnv(scenario),
    cwd: root,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  const next = withOutcome(scenario, { exit: `${code}\n`, stdout, stderr });
  if (next !== text) {
    writeFileSync(path, next);
    console.log(`wrote packages/cli/test/scenarios/${file}`);
  }
}

// Per-release goldens: those of releases no longer shipped go; a new release's are written by the
// golden tests themselves (vitest writes a missing file outside CI; it never overwrites one).
const { criteriaVersions } = await import('../packages/criteria/src/index.js');
const shipped = new Set(criteriaVersions());
const goldens = ['packages/render/test/__golden__', 'packages/interop/test/__golden__'];
const missing = new Set<string>();
for (const g of goldens) {
  const at = join(root, g);
  if (!existsSync(at)) continue;
  for (const name of readdirSync(at)) {
    if (!/^\d+\.\d+\.\d+/.test(name)) continue;
    if (!shipped.has(name)) {
      rmSync(join(at, name), { recursive: true, force: true });
      console.log(`removed ${g}/${name}`);
    }
  }
  for (const v of shipped) if (!existsSync(join(at, v))) missing.add(`${g}/${v}`);
}
if (missing.size > 0) {
  const env = { ...process.env };
  delete env.CI;
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'packages/render/test/golden.test.ts', 'packages/interop/test/golden.test.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('✖ writing the golden files of a new release failed (run: npx vitest run packages/render packages/interop)');
    process.exit(r.status ?? 1);
  }
  for (const m of missing) if (existsSync(join(root, m))) console.log(`wrote ${m}/`);
}
