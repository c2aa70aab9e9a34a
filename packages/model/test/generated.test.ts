import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFiles, REPO_ROOT } from '../scripts/_model-files.js';

describe('generated files', () => {
  it('are up to date (run `pnpm generate` when this fails)', async () => {
    const stale: string[] = [];
    for (const [path, content] of await modelFiles()) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(relative(REPO_ROOT, path));
    }
    expect(stale, `stale generated files — run \`pnpm generate\`: ${stale.join(', ')}`).toEqual([]);
  });
});
