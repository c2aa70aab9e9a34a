// `pnpm generate`: writes every generated, committed file (JSON Schemas, types, compiled
// criteria, published documents). Each package's scripts/generate.ts does its own part.
import { runEach } from './_run-each.js';

runEach('scripts', 'generate.ts');
