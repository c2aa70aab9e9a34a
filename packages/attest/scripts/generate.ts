// Writes the attest package's generated files. Run through `pnpm generate` at the repository root.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { attestFiles, REPO_ROOT } from './_attest-files.js';

for (const [path, content] of attestFiles()) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${relative(REPO_ROOT, path)}`);
}
