// Records which Japanese text each English translation was made from: sets `enSource` on every
// text that has `en` but no `enSource`. It never touches an existing enSource: a stale one must be
// checked by a person (see docs/criteria-authoring.md). Usage (from the repository root):
//   pnpm --filter @sisc/criteria stamp [data/<version>]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { textDigest } from '@sisc/model';

const ROOT = join(import.meta.dirname, '..');
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((d) => join(ROOT, d)) : readdirSync(join(ROOT, 'data')).map((d) => join(ROOT, 'data', d));
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (doc.errors.length > 0) {
      console.error(`${relative(ROOT, path)}: not stamped, fix the YAML first (${doc.errors[0]!.message.split('\n')[0]})`);
      process.exitCode = 1;
      continue;
    }
    let stamped = 0;
    visit(doc, {
      Map(_, map) {
        if (!isMap(map)) return;
        const ja = map.get('ja', true);
        if (!isScalar(ja) || typeof ja.value !== 'string' || !map.has('en') || map.has('enSource')) return;
        map.set('enSource', textDigest(ja.value));
        stamped++;
      },
    });
    if (stamped > 0) {
      writeFileSync(path, doc.toString({ lineWidth: 0 }));
      console.log(`${relative(ROOT, path)}: stamped ${stamped} translation${stamped === 1 ? '' : 's'}`);
    }
  }
}
