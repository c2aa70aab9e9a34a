import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const published = readdirSync(join(root, 'packages')).filter((p) => JSON.parse(readFileSync(join(root, 'packages', p, 'package.json'), 'utf8')).private !== true);

describe.each(published)('the README of @sisc/%s', (name) => {
  const path = join(root, 'packages', name, 'README.md');

  it('exists (npm shows it on the package page)', () => {
    expect(existsSync(path)).toBe(true);
  });

  it('has only links that work on the npm registry: absolute URLs or anchors, no paths into the repository', () => {
    // No package.json names a repository, so npm cannot resolve a relative link: it would break there.
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const relative = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^(https?:|mailto:|#)/.test(href));
    expect(relative).toEqual([]);
  });
});
