// Part of `pnpm generate`: the published documents in docs/standard/ (the same as `pnpm run docs`).
import { writeDocs } from '../../../scripts/docs.js';

const { written, removed } = writeDocs();
console.log(`docs/standard: wrote ${written} files${removed.length > 0 ? `, removed ${removed.join(', ')}` : ''}`);
