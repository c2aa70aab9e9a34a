/** The sisc command in a checkout of the repository, as docs/cli.md has a contributor run it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './_harness.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'cli', 'package.json'), 'utf8'));
const tracked = spawnSync('git', ['ls-files', 'packages/cli/bin'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.split('\n');

describe('sisc in a checkout', () => {
  it('links a committed bin file (pnpm links it even when the install runs before the build), which runs the built command', () => {
    const bin = `packages/cli/${pkg.bin.sisc.replace(/^\.\//, '')}`;
    expect(pkg.bin.sisc).not.toMatch(/dist\//);
    expect(tracked).toContain(bin);
    expect(pkg.files).toContain('bin');
    const r = spawnSync(process.execPath, [join(REPO_ROOT, bin), '--version'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('`pnpm sisc FILE` reads FILE from the directory pnpm was called in (INIT_CWD), not the repository root', () => {
    const r = spawnSync(process.execPath, ['scripts/sisc.mjs', 'validate', 'level1-small-vendor.yaml', '--lang', 'en'], {
      cwd: REPO_ROOT,
      env: { ...process.env, INIT_CWD: join(REPO_ROOT, 'docs', 'examples') },
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/not found|no such file/i);
    expect(r.status).toBe(0);
  });
});
