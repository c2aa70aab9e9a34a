// Records which Japanese text each English translation was made from: sets `enSource` on every
// text that has `en` but no `enSource` (stampTranslations in src/stamp.ts; `sisc criteria stamp`
// does the same). Usage (from the repository root):
//   pnpm --filter @sisc/criteria stamp [data/<version>]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stampTranslations } from '../src/stamp.js';

const ROOT = join(import.meta.dirname, '..');
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((d) => join(ROOT, d)) : readdirSync(join(ROOT, 'data')).map((d) => join(ROOT, 'data', d));
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, name);
    const result = stampTranslations(readFileSync(path, 'utf8'));
    if (result.error !== undefined) {
      console.error(`${relative(ROOT, path)}: not stamped, fix the YAML first (${result.error})`);
      process.exitCode = 1;
      continue;
    }
    if (result.stamped > 0) {
      writeFileSync(path, result.text);
      console.log(`${relative(ROOT, path)}: stamped ${result.stamped} translation${result.stamped === 1 ? '' : 's'}`);
    }
  }
}
