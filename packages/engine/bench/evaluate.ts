/**
 * `pnpm bench`: how fast evaluation is, next to JSON.parse of the same documents, measured in the
 * same run; and how its cost grows with the size of the release (1,000 → 10,000 requirements).
 * Prints figures only; nothing here passes or fails.
 */
import { getCriteria } from '@sisc/criteria';
import { engineAssessment, engineRelease, realisticAssessment } from '../../../scripts/_bench-fixtures.js';
import { evaluate, prepareCriteria } from '../src/index.js';

const AS_OF = '2026-05-01';

/**
 * Microseconds per item of `fn` (one round over `items` items): the best of several rounds after a
 * warm-up, so that a busy machine or a garbage collection in one round does not skew the figure.
 */
function measure(items: number, fn: () => void, minMs = 1500): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  let best = Infinity;
  let rounds = 0;
  const start = performance.now();
  do {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
    rounds++;
  } while (performance.now() - start < minMs || rounds < 5);
  return (best * 1000) / items;
}

const fmt = (us: number) => `${us.toFixed(1).padStart(9)} µs/doc ${Math.round(1e6 / us).toLocaleString('en-US').padStart(10)} docs/s`;

// ---------------------------------------------------------------------------------------------
// 1. Realistic assessments against the draft

const draft = getCriteria('1.0.0-draft.1');


const BATCH = 300;
const texts = Array.from({ length: BATCH }, (_, k) => JSON.stringify(realisticAssessment(draft, k)));
const docs = texts.map((t) => JSON.parse(t));
const bytes = texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
const prepared = prepareCriteria(draft);

let sink = 0;
const parseUs = measure(BATCH, () => {
  for (const t of texts) sink += (JSON.parse(t) as { targetLevel: number }).targetLevel;
});
const evalUs = measure(BATCH, () => {
  for (const d of docs) {
    const out = evaluate(prepared, d, { asOf: AS_OF });
    if (!out.success) throw new Error('a benchmark assessment is invalid');
    sink += out.result.achievedLevel;
  }
});
const thawed = structuredClone(draft); // a plain object: checked on every call
const unpreparedUs = measure(
  50,
  () => {
    for (let i = 0; i < 50; i++) sink += evaluate(thawed, docs[i]!, { asOf: AS_OF }).success ? 1 : 0;
  },
  1000,
);
const frozenUs = measure(BATCH, () => {
  for (const d of docs) sink += evaluate(draft, d, { asOf: AS_OF }).success ? 1 : 0;
});

console.log(`Realistic assessments against ${draft.scheme.id} ${draft.version} (${draft.categories.flatMap((c) => c.items.flatMap((i) => i.requirements)).length} requirements): ${BATCH} documents, ${(bytes / BATCH / 1024).toFixed(1)} KB each on average`);
console.log(`  JSON.parse (text → value)                        ${fmt(parseUs)}`);
console.log(`  evaluate, validation included (prepared release) ${fmt(evalUs)}   ${(evalUs / parseUs).toFixed(2)}× JSON.parse  (target ≤ 1×)`);
console.log(`  evaluate, release as getCriteria gives it        ${fmt(frozenUs)}   (deeply frozen: prepared once, then remembered)`);
console.log(`  evaluate, release as a plain object              ${fmt(unpreparedUs)}   (checked on every call: use prepareCriteria for batches)`);

// ---------------------------------------------------------------------------------------------
// 2. Growth with the size of the release



console.log('\nGrowth with the size of the release (audit answering every requirement, one evidence item each)');
const rows: { n: number; prepareMs: number; evalUs: number; parseUs: number }[] = [];
for (const n of [1_000, 10_000]) {
  const release = engineRelease(n);
  const a = engineAssessment(release);
  const text = JSON.stringify(a);
  let p = prepareCriteria(release);
  const prepareMs = measure(1, () => void (p = prepareCriteria(release)), 1500) / 1000;
  const e = measure(1, () => void (sink += evaluate(p, a, { asOf: AS_OF }).success ? 1 : 0), 2000);
  const j = measure(1, () => void (sink += (JSON.parse(text) as { targetLevel: number }).targetLevel), 1000);
  rows.push({ n, prepareMs, evalUs: e, parseUs: j });
  console.log(
    `  ${n.toLocaleString('en-US').padStart(6)} requirements: prepareCriteria ${prepareMs.toFixed(1).padStart(7)} ms   evaluate ${(e / 1000).toFixed(2).padStart(7)} ms   JSON.parse of the assessment ${(j / 1000).toFixed(2).padStart(6)} ms   (${(text.length / 1024).toFixed(0)} KB)`,
  );
}
const [small, big] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.log(
  `  10× the requirements → evaluate ×${(big.evalUs / small.evalUs).toFixed(1)} (${(small.evalUs / 1_000).toFixed(2)} → ${(big.evalUs / 10_000).toFixed(2)} µs per requirement), prepareCriteria ×${(big.prepareMs / small.prepareMs).toFixed(1)}, JSON.parse ×${(big.parseUs / small.parseUs).toFixed(1)}  (linear: ×10)`,
);
if (sink === Number.MIN_SAFE_INTEGER) console.log(sink); // keeps the work observable
