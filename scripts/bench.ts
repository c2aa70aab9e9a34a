// `pnpm bench`: runs every packages/<name>/bench/*.ts; each prints its own figures. Then the
// targets of issue #13, side by side with PASS/FAIL (scripts/bench-targets.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runEach } from './_run-each.js';

runEach('bench');
console.log('\n▶ scripts/bench-targets.ts');
const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@sisc/source', join(import.meta.dirname, 'bench-targets.ts')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
