/**
 * Checks what is published, not the sources: packs every package, runs publint and attw on the
 * tarballs, installs them into a scratch consumer project and imports them from ESM, CJS and a
 * strict TypeScript file. `pnpm test` builds the packages before this runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMessage } from 'publint/utils';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const PACKAGES = ['model', 'criteria', 'engine', 'diff', 'render', 'spreadsheet', 'attest', 'interop', 'cli'];
const work = mkdtempSync(join(tmpdir(), 'sisc-pack-'));
const tarballs = new Map<string, string>();

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);
    if (!existsSync(join(dir, 'dist', 'index.js'))) run('pnpm', ['build'], dir);
    const before = new Set(readdirSync(work));
    run('pnpm', ['pack', '--pack-destination', work], dir);
    const file = readdirSync(work).find((f) => !before.has(f) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @sisc/${name}`);
    tarballs.set(name, join(work, file));
  }
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(PACKAGES)('@sisc/%s tarball', (name) => {
  it('passes publint', async () => {
    const tarball = readFileSync(tarballs.get(name)!);
    const { messages, pkg } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, level: 'suggestion' });
    expect(messages.map((m) => formatMessage(m, pkg) ?? m.code)).toEqual([]);
  });

  it('passes attw (are the types wrong)', () => {
    const bin = join(root, 'node_modules', '.bin', 'attw');
    let output = '';
    let ok = true;
    try {
      output = run(bin, [tarballs.get(name)!, '--format', 'ascii', '--no-color'], root);
    } catch (err) {
      ok = false;
      output = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(ok, output).toBe(true);
  });

  it('ships no node: import in library code', () => {
    if (name === 'cli') return;
    const listing = run('tar', ['-xzOf', tarballs.get(name)!, 'package/dist/index.js', 'package/dist/index.cjs'], work);
    expect(listing).not.toMatch(/from\s*["']node:|require\(["']node:/);
  });
});

describe('a consumer project', () => {
  const consumer = join(work, 'consumer');
  beforeAll(() => {
    cpSync(join(import.meta.dirname, 'consumer'), consumer, { recursive: true });
    const deps = Object.fromEntries(PACKAGES.map((n) => [`@sisc/${n}`, `file:${tarballs.get(n)}`]));
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: deps, overrides: deps }, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], consumer);
  }, 300_000);

  it('imports every package from ESM', () => {
    expect(run('node', ['esm.mjs'], consumer)).toMatch(/^esm ok/);
  });
  it('requires every package from CJS', () => {
    expect(run('node', ['cjs.cjs'], consumer)).toMatch(/^cjs ok/);
  });
  it('type-checks a strict TypeScript file against the published types', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      output = run('node', [tsc, '-p', 'tsconfig.json'], consumer);
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? err);
      expect.fail(output);
    }
    expect(output).toBe('');
  });
  it('runs the sisc binary', () => {
    expect(run(join(consumer, 'node_modules', '.bin', 'sisc'), ['--version'], consumer).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
