/**
 * The figures of issue #13 side by side, each with its target and PASS/FAIL, measured in one run:
 * ratios in this process (interleaved rounds, medians), whole-process timings against `node -e 0`
 * spawned alternately, bundle sizes with esbuild + gzip -9, the peak heap in a child process.
 * Run by `pnpm bench` (scripts/bench.ts) after the per-package benches; alone:
 *   tsx --conditions=@sisc/source scripts/bench-targets.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getCriteria } from '@sisc/criteria';
import { diffCriteria } from '@sisc/diff';
import { evaluate, prepareCriteria } from '@sisc/engine';
import type { CriteriaRelease } from '@sisc/model';
import { renderStandard } from '@sisc/render';
import { syntheticRelease as renderRelease } from '../packages/render/bench/render.js';
import { engineAssessment, engineRelease, realisticAssessment } from './_bench-fixtures.js';

const root = join(import.meta.dirname, '..');
const AS_OF = '2026-05-01';
const quick = process.argv.includes('--quick');
/** `--only=evaluate,growth,diff,render,cli,bundle,heap`: a subset of the figures, while working on one. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (part: string) => only === undefined || only.includes(part);
let sink = 0;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Runs every function once per round, in turn, for `rounds` rounds (after one warm-up round); medians in ms. */
function interleaved(fns: (() => void)[], rounds: number): number[] {
  for (const f of fns) f();
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) fns.forEach((f, i) => times[i]!.push(time(f)));
  return times.map(median);
}

interface Row {
  figure: string;
  value: number;
  shown: string;
  target: number;
  unit: string;
}
const rows: Row[] = [];
const ratio = (figure: string, value: number, target: number, detail = '') =>
  rows.push({ figure, value, shown: `${value.toFixed(2)}×${detail ? ` ${detail}` : ''}`, target, unit: '×' });

// ---------------------------------------------------------------------------------------------
// 1–2. evaluate of a realistic assessment ÷ JSON.parse of its text

const draft = getCriteria('1.0.0-draft.1');


if (want('evaluate')) {
  const BATCH = 100;
  const texts = Array.from({ length: BATCH }, (_, k) => JSON.stringify(realisticAssessment(draft, k)));
  const valid = texts.map((t) => JSON.parse(t) as Record<string, unknown>);
  // One error each: an evidence date that is not a date, in the first answer.
  const broken = texts.map((t) => {
    const d = JSON.parse(t) as { answers: Record<string, { evidence: { date: string }[] }> };
    const first = Object.values(d.answers).find((a) => a.evidence.length > 0)!;
    first.evidence[0]!.date = '2026-13-01';
    return d;
  });
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / BATCH / 1024;
  const prepared = prepareCriteria(draft);
  for (const d of valid) if (!evaluate(prepared, d, { asOf: AS_OF }).success) throw new Error('a valid benchmark assessment is invalid');
  for (const d of broken) if (evaluate(prepared, d, { asOf: AS_OF }).success) throw new Error('a broken benchmark assessment is valid');
  const [parse, ok, bad] = interleaved(
    [
      () => {
        for (const t of texts) sink += (JSON.parse(t) as { targetLevel: number }).targetLevel;
      },
      () => {
        for (const d of valid) sink += evaluate(prepared, d, { asOf: AS_OF }).success ? 1 : 0;
      },
      () => {
        for (const d of broken) sink += evaluate(prepared, d, { asOf: AS_OF }).success ? 1 : 0;
      },
    ],
    quick ? 15 : 60,
  ) as [number, number, number];
  const us = (ms: number) => `${((ms * 1000) / BATCH).toFixed(0)} µs`;
  ratio(`evaluate of a valid parsed assessment (${kb.toFixed(0)} KB), validation included, ÷ JSON.parse of its text`, ok / parse, 0.5, `(${us(ok)} ÷ ${us(parse)})`);
  ratio('the same for an assessment with one error', bad / parse, 2, `(${us(bad)} ÷ ${us(parse)})`);
}

// ---------------------------------------------------------------------------------------------
// 3–5. growth from 1,000 to 10,000 requirements

if (want('growth')) {
  const [small, big] = [1_000, 10_000].map((n) => {
    const release = engineRelease(n);
    return { prepared: prepareCriteria(release), assessment: engineAssessment(release) };
  }) as [{ prepared: ReturnType<typeof prepareCriteria>; assessment: unknown }, { prepared: ReturnType<typeof prepareCriteria>; assessment: unknown }];
  const [a, b] = interleaved(
    [
      () => void (sink += evaluate(small.prepared, small.assessment, { asOf: AS_OF }).success ? 1 : 0),
      () => void (sink += evaluate(big.prepared, big.assessment, { asOf: AS_OF }).success ? 1 : 0),
    ],
    quick ? 9 : 25,
  ) as [number, number];
  ratio('evaluate (prepared release, full audit), time at 10,000 requirements ÷ time at 1,000', b / a, 11, `(${a.toFixed(2)} → ${b.toFixed(1)} ms)`);
}

/** The releases of packages/diff/bench/diff.ts: 10 categories, 10 requirements per item; the revision changes 5 %. */
function diffPair(size: number): [CriteriaRelease, CriteriaRelease] {
  const t = (ja: string) => ({ ja, en: `EN ${ja}` });
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const base: CriteriaRelease = {
    scheme: { id: 'si-security-certification', name: t('SIセキュリティ認定制度') },
    version: '1.0.0',
    status: 'effective',
    dates: { effectiveFrom: '2026-04-01' },
    title: t('ベンチマーク用基準'),
    publisher: t('ベンチマーク'),
    provenance: { source: t('合成データ') },
    notes: [],
    levels: [
      { level: 1, name: t('レベル1'), audience: t('個別'), assurance: 'self-declared' },
      { level: 2, name: t('レベル2'), audience: t('基盤'), assurance: 'audited' },
    ],
    documents: [],
    frameworks: [],
    categories: ['CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'].map((c) => ({
      id: c,
      name: t(`大項目 ${c}`),
      items: Array.from({ length: size / 100 }, (_, i) => {
        const itemId = `${c}-${pad(i + 1, 3)}`;
        return {
          id: itemId,
          name: t(`中項目 ${itemId}`),
          intent: t(`内容 ${itemId}`),
          requirements: Array.from({ length: 10 }, (_, j) => ({
            id: `${itemId}.${pad(j + 1, 2)}`,
            level: j < 3 ? 1 : 2,
            kind: j < 2 ? ('level-requirement' as const) : ('detailed-requirement' as const),
            text: t(`要求事項 ${itemId}.${pad(j + 1, 2)} を文書化し、定期的に見直す。`),
            naPolicy: { allowed: j === 9, justificationRequired: true },
            evidence: j % 3 === 0 ? [t('規程'), t('記録')] : [],
            status: 'active' as const,
            references: [],
            mappings: [],
          })),
        };
      }),
    })),
  };
  const next = structuredClone(base);
  next.version = '2.0.0';
  const entries: NonNullable<CriteriaRelease['changeLog']>['entries'] = [];
  let n = 0;
  for (const it of next.categories.flatMap((c) => c.items))
    for (const q of it.requirements)
      if (++n % 20 === 0) {
        q.text = t(`${q.text.ja}（改訂）`);
        entries.push({ id: q.id, change: 'modified', reason: t('改訂'), related: [] });
      }
  next.changeLog = { from: base.version, entries };
  return [base, next];
}

if (want('diff')) {
  // Fresh objects for every call, so that the releases are checked every time (as a caller's are).
  const pairs = (size: number, k: number) => Array.from({ length: k }, () => diffPair(size));
  const rounds = quick ? 5 : 11;
  const small = pairs(1_000, rounds + 1);
  const big = pairs(10_000, rounds + 1);
  let i = 0;
  let j = 0;
  const [a, b] = interleaved([() => void (sink += diffCriteria(...small[i++]!).changes.length), () => void (sink += diffCriteria(...big[j++]!).changes.length)], rounds) as [number, number];
  ratio('diffCriteria, the same growth', b / a, 11, `(${a.toFixed(1)} → ${b.toFixed(0)} ms)`);
}
if (want('render')) {
  const rounds = quick ? 3 : 7;
  const small = Array.from({ length: rounds + 1 }, () => renderRelease(1_000));
  const big = Array.from({ length: rounds + 1 }, () => renderRelease(10_000));
  let i = 0;
  let j = 0;
  const [a, b] = interleaved(
    [() => void (sink += renderStandard(small[i++]!, { lang: 'ja', format: 'html' }).length), () => void (sink += renderStandard(big[j++]!, { lang: 'ja', format: 'html' }).length)],
    rounds,
  ) as [number, number];
  ratio('renderStandard HTML, the same growth', b / a, 11, `(${a.toFixed(0)} → ${b.toFixed(0)} ms)`);
}

// ---------------------------------------------------------------------------------------------
// 6–7. whole processes against `node -e 0`, spawned alternately

function spawnMs(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0 && !(args.includes('evaluate') && r.status === 1)) throw new Error(`${args.join(' ')} failed: ${r.stderr.toString()}`);
  return ms;
}
if (want('cli')) {
  // The installed command: the committed stub, which loads the built dist/bin.js.
  const bin = join(root, 'packages', 'cli', 'bin', 'sisc.js');
  const built = new Date(statSync(join(root, 'packages', 'cli', 'dist', 'bin.js')).mtimeMs).toISOString().slice(0, 16).replace('T', ' ');
  const file = 'docs/examples/level1-small-vendor.yaml';
  const n = quick ? 9 : 21;
  const base: number[] = [];
  const ev: number[] = [];
  const ver: number[] = [];
  for (let k = 0; k < n + 1; k++) {
    const times = [spawnMs(['-e', '0']), spawnMs([bin, 'evaluate', file, '--as-of', AS_OF]), spawnMs(['-e', '0']), spawnMs([bin, '--version'])];
    if (k === 0) continue; // warm the file cache
    base.push(times[0]!, times[2]!);
    ev.push(times[1]!);
    ver.push(times[3]!);
  }
  const b = median(base);
  ratio(`\`sisc evaluate ${file}\` cold start ÷ \`node -e 0\` (packages/cli/bin/sisc.js → dist, built ${built} UTC)`, median(ev) / b, 1.3, `(${median(ev).toFixed(0)} ÷ ${b.toFixed(0)} ms)`);
  ratio('`sisc --version` ÷ `node -e 0`', median(ver) / b, 1.15, `(${median(ver).toFixed(0)} ÷ ${b.toFixed(0)} ms)`);
}

// ---------------------------------------------------------------------------------------------
// 8–9. the browser's initial load: esbuild, minified, gzip -9, chunks behind import() left out

async function initialLoad(source: string): Promise<number> {
  const outdir = mkdtempSync(join(tmpdir(), 'sisc-bundle-'));
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['@sisc/source'],
      outdir,
      metafile: true,
      write: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint !== undefined)!;
    // The entry and whatever it imports statically; import() chunks load later.
    const seen = new Set<string>();
    const stack = [entry];
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const imp of outputs[o]!.imports) if (imp.kind === 'import-statement' && !imp.external) stack.push(imp.path);
    }
    let bytes = 0;
    for (const o of seen) bytes += gzipSync(readFileSync(join(root, o)), { level: 9 }).length;
    return bytes / 1000;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
if (want('bundle')) {
  const kb = (n: number) => `${n.toFixed(1)} KB`;
  const a = await initialLoad(`export { evaluate } from '@sisc/engine';`);
  rows.push({ figure: 'browser initial load of `evaluate` (model + engine; esbuild, minified, gzip -9; chunks behind import() excluded)', value: a, shown: kb(a), target: 12, unit: 'KB' });
  const b = await initialLoad(`import { getCriteria } from '@sisc/criteria';\nimport { evaluate } from '@sisc/engine';\nexport const run = (a: unknown) => evaluate(getCriteria('1.0.0-draft.1'), a, { asOf: '2026-05-01' });`);
  rows.push({ figure: 'the same with `getCriteria` and one bilingual release (1.0.0-draft.1)', value: b, shown: kb(b), target: 30, unit: 'KB' });
}

// ---------------------------------------------------------------------------------------------
// 10. peak heap of prepareCriteria + evaluate at 10,000 requirements, in a child (--trace-gc)

if (want('heap')) {
  const child = `
    import { prepareCriteria, evaluate, loadDiagnostics } from '@sisc/engine';
    import { engineRelease, engineAssessment } from './scripts/_bench-fixtures.ts';
    const release = engineRelease(10000);
    const assessment = engineAssessment(release);
    await loadDiagnostics(); // the release is a document: checked in full
    const MiB = 1024 * 1024;
    globalThis.gc(); globalThis.gc();
    console.log('BEGIN ' + process.memoryUsage().heapUsed / MiB);
    const out = evaluate(prepareCriteria(release), assessment, { asOf: '${AS_OF}' });
    console.log('END ' + process.memoryUsage().heapUsed / MiB + ' ' + out.success);
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--import', 'tsx', '--conditions=@sisc/source', '--input-type=module', '-e', child], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = r.stdout.toString().split('\n');
  const begin = lines.findIndex((l) => l.startsWith('BEGIN '));
  const end = lines.findIndex((l) => l.startsWith('END '));
  if (begin < 0 || end < 0 || !lines[end]!.endsWith(' true')) throw new Error(`the heap measurement failed: ${r.stderr.toString()}`);
  const baseline = Number(lines[begin]!.split(' ')[1]);
  let peak = Number(lines[end]!.split(' ')[1]);
  // "Scavenge 12.3 (14.5) -> 11.2 (15.5) MB": the heap in use just before each collection.
  for (const l of lines.slice(begin + 1, end)) {
    const m = /:\s+(?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Sweep)[^\d]*?([\d.]+) \([\d.]+\) ->/.exec(l);
    if (m) peak = Math.max(peak, Number(m[1]));
  }
  const grew = peak - baseline;
  rows.push({ figure: '`prepareCriteria` + `evaluate` of a 10,000-requirement release, peak heap', value: grew, shown: `+${grew.toFixed(0)} MiB`, target: 40, unit: 'MiB' });
}

// ---------------------------------------------------------------------------------------------

const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\nIssue #13 targets, measured side by side in this run (${quick ? 'quick' : 'full'}; Node ${process.version})`);
let failed = 0;
for (const r of rows) {
  const pass = r.value <= r.target;
  if (!pass) failed++;
  const target = r.unit === '×' ? `≤ ${r.target}×` : r.unit === 'KB' ? `≤ ${r.target} KB` : `≤ ${r.target} MiB`;
  console.log(`  ${r.figure.padEnd(width)}  ${r.shown.padEnd(26)} target ${target.padEnd(9)} ${pass ? 'PASS' : 'FAIL'}`);
}
console.log(failed === 0 ? '  all targets met' : `  ${failed} of ${rows.length} targets not met`);
if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
