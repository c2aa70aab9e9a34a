// Compiles every data/<version>/ into src/generated/ and schemas/. Run through `pnpm generate` at
// the repository root. Fails, listing every problem with file and line, when a source is broken,
// and when a released (frozen) version changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkReleased, compileAll, criteriaFiles, PACKAGE_ROOT, readReleased } from './_criteria-files.js';

let compiled: ReturnType<typeof compileAll>;
try {
  compiled = compileAll();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const problems = checkReleased(readReleased(), compiled);
if (problems.length > 0) {
  console.error(`Released criteria versions are frozen:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const files = await criteriaFiles(compiled);
for (const [path, content] of files) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${relative(PACKAGE_ROOT, path)}`);
}
// Remove generated files of releases that no longer exist (only drafts can go: released ones are checked above).
for (const dir of [join(PACKAGE_ROOT, 'src', 'generated', 'releases'), join(PACKAGE_ROOT, 'src', 'generated'), join(PACKAGE_ROOT, 'schemas')]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (/^(assessment-.+\.(ts|schema\.json)|\d.+\.json)$/.test(f) && !files.has(path)) {
      rmSync(path);
      console.log(`removed ${relative(PACKAGE_ROOT, path)}`);
    }
  }
}
for (const c of compiled) {
  console.log(`criteria ${c.version} (${c.release.status}) sha256:${c.digest}`);
  for (const w of c.warnings) console.log(`  ${w.severity}: ${w.message}`);
}
