/**
 * `pnpm bench`: how fast evaluation is, next to JSON.parse of the same documents, measured in the
 * same run; and how its cost grows with the size of the release (1,000 → 10,000 requirements).
 * Prints figures only; nothing here passes or fails.
 */
import { getCriteria } from '@sisc/criteria';
import type { CriteriaReleaseInput } from '@sisc/model';
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

/** A small deterministic PRNG, so every run benchmarks the same documents. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const draft = getCriteria('1.0.0-draft.1');
const ids = draft.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((r) => ({ id: r.id, level: r.level, na: r.naPolicy.allowed }))));
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function realisticAssessment(k: number): unknown {
  const rand = rng(k + 1);
  const audit = k % 3 === 0;
  const answers: Record<string, unknown> = {};
  for (const r of ids) {
    if (!audit && r.level > 1 && rand() < 0.7) continue;
    const x = rand();
    const status = x < 0.85 ? 'met' : x < 0.95 || !r.na ? 'not-met' : 'not-applicable';
    const evidence = Array.from({ length: audit ? 1 + Math.floor(rand() * 3) : Math.floor(rand() * 2) }, (_, i) => ({
      title: `${r.id} 証跡 ${i + 1}: 規程・記録・議事録の写し`,
      uri: `https://intra.example.co.jp/isms/${r.id}/${i + 1}.pdf`,
      date: day(Math.floor(rand() * 480)),
    }));
    answers[r.id] = { status, ...(status === 'not-applicable' ? { justification: '該当する委託先・協力体制がない。' } : {}), evidence, ...(rand() < 0.3 ? { note: '年次レビューで確認済み。次回は下期に実施予定。' } : {}) };
  }
  return {
    $schema: 'https://sisc.dev/schemas/v1/assessment.schema.json',
    criteria: { scheme: draft.scheme.id, version: draft.version },
    organization: { name: `株式会社ベンチマーク${k}`, corporateNumber: '7990412345678' },
    targetLevel: audit ? 2 : 1,
    mode: audit ? 'audit' : 'self-declaration',
    declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-04-01' },
    ...(audit ? { audit: { auditor: { name: '佐藤 花子' }, body: { name: '一般社団法人サンプル認定機構' }, date: '2026-04-20', reference: `SISC-2026-${k}` } } : {}),
    answers,
  };
}

const BATCH = 300;
const texts = Array.from({ length: BATCH }, (_, k) => JSON.stringify(realisticAssessment(k)));
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

console.log(`Realistic assessments against ${draft.scheme.id} ${draft.version} (${ids.length} requirements): ${BATCH} documents, ${(bytes / BATCH / 1024).toFixed(1)} KB each on average`);
console.log(`  JSON.parse (text → value)                        ${fmt(parseUs)}`);
console.log(`  evaluate, validation included (prepared release) ${fmt(evalUs)}   ${(evalUs / parseUs).toFixed(2)}× JSON.parse  (target ≤ 1×)`);
console.log(`  evaluate, release as getCriteria gives it        ${fmt(frozenUs)}   (deeply frozen: prepared once, then remembered)`);
console.log(`  evaluate, release as a plain object              ${fmt(unpreparedUs)}   (checked on every call: use prepareCriteria for batches)`);

// ---------------------------------------------------------------------------------------------
// 2. Growth with the size of the release

function syntheticRelease(requirements: number): CriteriaReleaseInput {
  const t = (ja: string) => ({ ja });
  const perItem = 10;
  const itemsPerCategory = 100;
  const categories: CriteriaReleaseInput['categories'] = [];
  let n = 0;
  for (let c = 0; n < requirements; c++) {
    const cid = `C${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`;
    const items: CriteriaReleaseInput['categories'][number]['items'] = [];
    for (let i = 1; i <= itemsPerCategory && n < requirements; i++) {
      const iid = `${cid}-${String(i).padStart(3, '0')}`;
      const reqs: CriteriaReleaseInput['categories'][number]['items'][number]['requirements'] = [];
      for (let r = 1; r <= perItem && n < requirements; r++, n++) {
        reqs.push({
          id: `${iid}.${String(r).padStart(2, '0')}`,
          level: r <= 3 ? 1 : 2,
          kind: r <= 2 ? 'level-requirement' : 'detailed-requirement',
          text: t(`要求事項 ${iid}.${r}`),
          ...(r === 5 ? { naPolicy: { allowed: true, justificationRequired: true } } : {}),
          ...(r === 1 ? { recurrence: 'P1Y' } : {}),
        });
      }
      items.push({ id: iid, name: t(`中項目 ${iid}`), intent: t('内容'), requirements: reqs });
    }
    categories.push({ id: cid, name: t(`大項目 ${cid}`), items });
  }
  return {
    scheme: { id: 'si-security-certification', name: t('SIセキュリティ認定制度') },
    version: `9.9.${requirements}-synthetic.1`,
    status: 'draft',
    title: t('合成リリース'),
    publisher: t('ベンチマーク'),
    provenance: { source: t('合成') },
    levels: [
      { level: 1, name: t('レベル1'), audience: t('個別'), assurance: 'self-declared', declarationValidity: 'P1Y' },
      { level: 2, name: t('レベル2'), audience: t('基盤'), assurance: 'audited' },
    ],
    categories,
  };
}

function syntheticAssessment(release: CriteriaReleaseInput): unknown {
  const rand = rng(release.categories.length);
  const answers: Record<string, unknown> = {};
  for (const c of release.categories)
    for (const i of c.items)
      for (const r of i.requirements) answers[r.id] = { status: rand() < 0.97 ? 'met' : 'not-met', evidence: [{ title: `${r.id} 記録`, date: day(Math.floor(rand() * 480)) }] };
  return {
    criteria: { scheme: release.scheme.id, version: release.version },
    organization: { name: '株式会社合成' },
    targetLevel: 2,
    mode: 'audit',
    declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-04-01' },
    audit: { auditor: { name: '佐藤 花子' }, body: { name: '認定機構' }, date: '2026-04-20' },
    answers,
  };
}

console.log('\nGrowth with the size of the release (audit answering every requirement, one evidence item each)');
const rows: { n: number; prepareMs: number; evalUs: number; parseUs: number }[] = [];
for (const n of [1_000, 10_000]) {
  const release = syntheticRelease(n);
  const a = syntheticAssessment(release);
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
