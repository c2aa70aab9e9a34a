import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteriaFiles, PACKAGE_ROOT } from '../scripts/_criteria-files.js';

describe('generated files', async () => {
  const files = await criteriaFiles();
  it.each([...files.keys()].map((p) => relative(PACKAGE_ROOT, p)))('%s is up to date (else run pnpm generate)', (path) => {
    const absolute = `${PACKAGE_ROOT}/${path}`;
    const committed = existsSync(absolute) ? readFileSync(absolute, 'utf8') : '(missing)';
    expect(committed === files.get(absolute), `${path} is stale: run pnpm generate`).toBe(true);
  });

  it('has no generated file left over from a release that no longer exists (else run pnpm generate)', () => {
    const present = ['src/generated', 'src/generated/releases', 'schemas'].flatMap((dir) =>
      readdirSync(join(PACKAGE_ROOT, dir), { withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => join(PACKAGE_ROOT, dir, f.name)),
    );
    expect(present.filter((p) => !files.has(p)).map((p) => relative(PACKAGE_ROOT, p))).toEqual([]);
  });

  it('banners say the files are generated, where the format allows', () => {
    for (const [path, content] of files) {
      if (path.endsWith('.ts')) expect(content.split('\n')[0], path).toMatch(/Do not edit: run `pnpm generate`/);
    }
  });
});
