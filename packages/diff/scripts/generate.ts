// Writes the semver policy table of packages/diff/README.md from src/bump-rules.ts. Run through
// `pnpm generate` at the repository root; test/readme.test.ts fails when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { README, withBumpTable } from './_readme.js';

const before = readFileSync(README, 'utf8');
const after = withBumpTable(before);
if (after !== before) {
  writeFileSync(README, after);
  console.log(`wrote ${relative(process.cwd(), README)}`);
}
