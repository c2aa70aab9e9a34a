import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Runs every `packages/<name>/<dir>/*.ts` (or one file) with tsx on sources; stops at the first failure. */
export function runEach(kind: 'bench' | 'scripts', file?: string, args: string[] = []): void {
  const root = join(import.meta.dirname, '..');
  // Dependencies first; packages added later run after these, the web page last (it bundles the rest).
  const first = ['model', 'criteria', 'engine', 'diff', 'render'];
  const rest = readdirSync(join(root, 'packages')).filter((p) => !first.includes(p) && p !== 'cli' && p !== 'web').sort();
  const order = [...first, ...rest, 'cli', 'web'];
  for (const pkg of order) {
    const dir = join(root, 'packages', pkg, kind);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((f) => (file ? f === file : f.endsWith('.ts') && !f.startsWith('_') && !f.endsWith('.test.ts')))
      .sort();
    for (const f of files) {
      console.log(`\n▶ ${pkg}/${kind}/${f}`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@sisc/source', join(dir, f), ...args], {
        stdio: 'inherit',
        cwd: root,
      });
      if (r.status !== 0) {
        console.error(`✖ ${pkg}/${kind}/${f} failed (exit ${r.status ?? r.signal})`);
        process.exit(r.status ?? 1);
      }
    }
  }
}
