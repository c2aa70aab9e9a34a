import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const LIBRARIES = ['model', 'criteria', 'engine', 'diff', 'render', 'spreadsheet', 'attest', 'interop'];
const PACKAGES = [...LIBRARIES, 'cli'];
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

describe('workspace', () => {
  it('pins the package manager exactly', () => {
    expect(json('package.json').packageManager).toBe('pnpm@10.34.9');
  });

  it.each(PACKAGES)('@sisc/%s is an ESM + CJS package behind an exports map, free of side effects', (name) => {
    const pkg = json(`packages/${name}/package.json`);
    expect(pkg.name).toBe(`@sisc/${name}`);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js');
    expect(pkg.exports['.'].require.default).toBe('./dist/index.cjs');
    expect(pkg.exports['.']['@sisc/source']).toBe('./src/index.ts');
    // Only the entry point and data files are exported: internal modules (`_*.ts`) cannot be imported by path.
    for (const key of Object.keys(pkg.exports)) expect(key).toMatch(/^\.(\/package\.json|\/ledger\.json|\/(diagnostics|core)|\/(schemas|releases|vectors)\/.*)?$/);
  });
});

describe.each(LIBRARIES)('@sisc/%s sources', (name) => {
  const files = sources(join(root, 'packages', name, 'src'));

  it('never touch Node.js built-ins or the process (they run in browsers)', () => {
    const offenders = files.filter((f) => /from\s+['"]node:|require\(['"]node:|\bprocess\.(env|argv|exit|cwd)|from\s+['"](fs|path|os|child_process)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('never re-export internal modules wholesale', () => {
    const index = readFileSync(join(root, 'packages', name, 'src', 'index.ts'), 'utf8');
    expect(index).not.toMatch(/export \* from '\.\/_/);
  });

  it('follow the dependency direction (engine, diff, render and attest never import criteria)', () => {
    if (name === 'criteria' || name === 'model') return;
    // The edges between siblings: the spreadsheet is another format of render's checklist table
    // (checklistTable), so its words and rows are render's, not a copy; attest re-evaluates a
    // signed claim, so it uses the engine (the releases are still passed in).
    const forbidden =
      name === 'spreadsheet'
        ? /from\s+['"]@sisc\/(criteria|cli|engine|diff|attest)['"]/
        : name === 'attest'
          ? /from\s+['"]@sisc\/(criteria|cli|diff|render|spreadsheet)['"]/
          : /from\s+['"]@sisc\/(criteria|cli|engine|diff|render|spreadsheet|attest)['"]/;
    const offenders = files.filter((f) => forbidden.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
