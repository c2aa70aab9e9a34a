// Writes the model's generated files. Run through `pnpm generate` at the repository root.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { modelFiles, REPO_ROOT } from './_model-files.js';

for (const [path, content] of await modelFiles()) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${relative(REPO_ROOT, path)}`);
}
