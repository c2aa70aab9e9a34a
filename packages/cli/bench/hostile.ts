/**
 * `pnpm bench`: the worst shapes of input found while attacking the readers, each read the way
 * `sisc validate` reads a file (parse within the input budget, then the model's checks), beside
 * the plain parsers on the same bytes, in the same run. Target (docs/cli.md, "input limits"): any
 * input up to the byte limit is answered within 2× what the parser needs plus 0.5 s; a crafted
 * alias bomb of a few bytes in well under a second; peak memory under 10× the input plus 100 MiB.
 * The parser is timed in its fastest mode (no duplicate-key check, which is quadratic in the yaml
 * library). Memory is measured in a child process per shape: the growth of its peak resident set
 * from just before the reading (the text already in memory) to the end. Prints figures; nothing
 * fails a build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as yamlParse } from 'yaml';
import { safeParseAssessment } from '@sisc/model';
import { parseText } from '../src/_documents.js';

const VENDOR = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'examples', 'level1-small-vendor.yaml'), 'utf8');

function time(fn: () => void, rounds = 3): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    try {
      fn();
    } catch {
      // The plain parsers throw on some shapes (deep nesting, alias limits); the time still counts.
    }
    best = Math.min(best, performance.now() - t);
  }
  return best / 1000;
}

const keys = (n: number) => VENDOR.replace(/^answers:\n/m, `answers:\n${Array.from({ length: n }, (_, i) => `  K${i}: {status: met}\n`).join('')}`);
const shapes: [string, () => string, 'yaml' | 'json'][] = [
  ['many keys (130,000)', () => keys(130_000), 'yaml'],
  ['within budget (14,900 keys)', () => keys(14_900), 'yaml'],
  ['many keys, JSON', () => JSON.stringify(yamlParse(keys(130_000))), 'json'],
  ['huge list (1.5 M items)', () => `${VENDOR}extra: [${Array.from({ length: 1_500_000 }, () => '1').join(',')}]\n`, 'yaml'],
  ['huge list, JSON', () => `{"criteria": {"scheme": "si-security-certification", "version": "1.0.0-draft.1"}, "extra": [${Array.from({ length: 1_500_000 }, () => '1').join(',')}]}`, 'json'],
  ['deep flow (10,000 levels)', () => `criteria: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'yaml'],
  ['deep block (10,000 levels)', () => `a:\n${'- '.repeat(10_000)}x\n`, 'yaml'],
  ['deep, JSON (10,000 levels)', () => `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'json'],
  ['alias fan-out (99 × 15,000)', () => `big: &b [${Array.from({ length: 15_000 }, () => '1').join(',')}]\nx: [${Array.from({ length: 99 }, () => '*b').join(',')}]\n`, 'yaml'],
  ['alias bomb (self-reference)', () => 'criteria: &a\n  x: *a\n  y: *a\n', 'yaml'],
  ['alias bomb (exponential)', () => `a0: &a0 [x, x]\n${Array.from({ length: 30 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`).join('\n')}\n`, 'yaml'],
];

/** Reads a text the way `sisc validate` does; returns the first issue's code, or ok. */
function read(text: string, format: 'yaml' | 'json'): string {
  const doc = parseText(`bench.${format}`, text, format);
  const issues = doc.value === undefined ? doc.syntaxIssues : safeParseAssessment(doc.value).issues;
  return issues[0]?.code ?? 'ok';
}

const MiB = 1024 * 1024;

if (process.argv[2] === '--memory') {
  // The child: build the text, settle, then read it once; print the growth of the peak RSS.
  const [, make, format] = shapes[Number(process.argv[3])]!;
  const text = make();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  read(text, format);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ grew: Math.max(0, peak - Math.max(before, peakBefore)) }));
  process.exit(0);
}

/** The peak memory the reading of shape `i` adds, in bytes, measured in a fresh process. */
function peakGrowth(i: number): number {
  const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--memory', String(i)], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return (JSON.parse(line) as { grew: number }).grew;
  } catch {
    return NaN;
  }
}

console.log('\nhostile input: sisc validate\'s reading (parse within the budget + model checks) beside the plain parser');
console.log(`${'shape'.padEnd(30)} ${'size'.padStart(9)} ${'parser'.padStart(9)} ${'sisc'.padStart(9)} ${'s/MiB'.padStart(7)} ${'target'.padStart(9)} ${'+peak'.padStart(9)} ${'target'.padStart(9)}  verdict`);
shapes.forEach(([name, make, format], i) => {
  const text = make();
  const bytes = Buffer.byteLength(text);
  const mib = bytes / MiB;
  const parser = time(() => (format === 'json' ? JSON.parse(text) : yamlParse(text, { maxAliasCount: 100, uniqueKeys: false })), 1);
  let outcome = '';
  const ours = time(() => {
    outcome = read(text, format);
  });
  const target = 2 * parser + 0.5;
  const grew = peakGrowth(i);
  const memoryTarget = 10 * bytes + 100 * MiB;
  const size = mib >= 0.1 ? `${mib.toFixed(1)} MiB` : `${bytes} B`;
  const pass = ours <= target && grew <= memoryTarget;
  console.log(
    `${name.padEnd(30)} ${size.padStart(9)} ${`${parser.toFixed(2)} s`.padStart(9)} ${`${ours.toFixed(2)} s`.padStart(9)} ${(ours / Math.max(mib, 1e-6)).toFixed(2).padStart(7)} ${`${target.toFixed(2)} s`.padStart(9)} ${`${(grew / MiB).toFixed(0)} MiB`.padStart(9)} ${`${(memoryTarget / MiB).toFixed(0)} MiB`.padStart(9)}  ${pass ? 'PASS' : 'FAIL'} (${outcome})`,
  );
});
