// Writes the engine's conformance vectors (packages/engine/vectors). Run through `pnpm generate`
// at the repository root. Each expected.json is the engine's answer; test/vectors.test.ts checks
// it against the facts worked out by hand in scripts/_vector-cases.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { vectorFiles } from './_vector-files.js';
import { VECTORS_DIR } from './_vectors.js';

const files = vectorFiles();
for (const [path, content] of files) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${relative(process.cwd(), path)}`);
}
// Case directories no longer in the recipes go.
const keep = new Set([...files.keys()].map((p) => relative(VECTORS_DIR, p).split(/[\\/]/)[0]));
for (const entry of readdirSync(VECTORS_DIR, { withFileTypes: true })) {
  if (entry.isDirectory() && !keep.has(entry.name)) {
    rmSync(join(VECTORS_DIR, entry.name), { recursive: true });
    console.log(`removed ${relative(process.cwd(), join(VECTORS_DIR, entry.name))}`);
  }
}
