import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === 'generated' || entry === 'node_modules' || entry === 'dist') continue;
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

// A comparison with one release status or assurance kind, in code: what the status or kind means
// belongs in its record in @sisc/model (policies.ts), which code asks instead.
const SPREAD = [
  /(===|!==)\s*'(draft|effective|superseded|withdrawn)'/,
  /'(draft|effective|superseded|withdrawn)'\s*(===|!==)/,
  /\.assurance\s*(===|!==)\s*'/,
];

describe('policies as data', () => {
  it('no package compares a release status or an assurance kind: it asks the policy records', () => {
    const files = readdirSync(join(root, 'packages')).flatMap((p) => sources(join(root, 'packages', p, 'src')));
    const found: string[] = [];
    for (const file of files) {
      if (file.endsWith(join('model', 'src', 'policies.ts'))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trimStart().startsWith('//') || line.trimStart().startsWith('*')) return;
          if (SPREAD.some((re) => re.test(line))) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
