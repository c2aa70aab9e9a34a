// Writes docs/app/index.html, the self-assessment page (committed; a test fails when it is stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './build.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'app', 'index.html');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await buildPage());
