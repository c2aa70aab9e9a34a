import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): any {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

export function brokenFixtures(prefix: string): [string, unknown][] {
  return readdirSync(join(dir, 'broken'))
    .filter((f) => f.startsWith(prefix))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, 'broken', f), 'utf8'))]);
}
