/**
 * The adversarial suite: generated hostile documents — YAML alias graphs (shared, fanned out,
 * self-referencing), nesting deep and wide, long lists, control and bidi characters — through
 * every command that reads a document and through the library functions behind them. Whatever
 * arrives, the answer is an exit code of the command's contract and issues in words: never an
 * exception, a stack trace, "unexpected error", or a raw control character on the terminal.
 */
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCriteria, readJson, readYaml } from '@sisc/criteria';
import { evaluate } from '@sisc/engine';
import { diffCriteria } from '@sisc/diff';
import { INPUT_BUDGET, safeParseAssessment, safeParseCriteria } from '@sisc/model';
import { renderReport } from '@sisc/render';
import { REPO_ROOT, sisc, tempDir } from './_harness.js';

const VENDOR = readFileSync(join(REPO_ROOT, 'docs/examples/level1-small-vendor.yaml'), 'utf8');
const CONTROL = ['\u0000', '\u0007', '\u001b[2J', '\u001b]8;;http://evil.example/\u0007', '\u202e', '\u2066', '\u0085', '\u009b'];

/** A YAML scalar that holds any text, control characters included, written as YAML escapes. */
const hostileText = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL)), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** Anchors that each refer to earlier ones several times: values grow exponentially with the anchors. */
const aliasGraph = fc.record({ anchors: fc.integer({ min: 1, max: 40 }), fanOut: fc.integer({ min: 1, max: 12 }), selfRef: fc.boolean() }).map(({ anchors, fanOut, selfRef }) => {
  const lines = ['a0: &a0 [x, y, z]'];
  for (let i = 1; i < anchors; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: fanOut }, () => `*a${i - 1}`).join(', ')}]`);
  if (selfRef) lines.push('loop: &loop\n  again: *loop');
  return `${VENDOR}extra:\n${lines.map((l) => `  ${l.replace(/\n/g, '\n  ')}`).join('\n')}\n`;
});

/** Nesting of any depth, in flow or block style, of lists or mappings. */
const nesting = fc.record({ depth: fc.integer({ min: 1, max: 5_000 }), style: fc.constantFrom('flow-seq', 'flow-map', 'block-seq', 'block-map', 'mixed') }).map(({ depth, style }) => {
  switch (style) {
    case 'flow-seq':
      return `criteria: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    case 'flow-map':
      return `criteria: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    case 'block-seq':
      return `criteria:\n${'- '.repeat(depth)}x\n`;
    case 'block-map':
      return `criteria:\n${Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
    default:
      return `criteria: ${'[{a: '.repeat(depth)}1${'}]'.repeat(depth)}\n`;
  }
});

/** Wide: many keys or a long list, somewhere in an otherwise valid assessment. */
const width = fc.record({ n: fc.integer({ min: 0, max: 3_000 }), where: fc.constantFrom('answers', 'extra-list', 'evidence') }).map(({ n, where }) => {
  if (where === 'answers') return VENDOR.replace(/^answers:\n/m, `answers:\n${Array.from({ length: n }, (_, i) => `  GOV-${String(i).padStart(2, '0')}.${String(i % 100).padStart(2, '0')}: {status: met}\n`).join('')}`);
  if (where === 'extra-list') return `${VENDOR}extra: [${Array.from({ length: n }, (_, i) => i).join(', ')}]\n`;
  return VENDOR.replace(/^answers:\n {2}# [^\n]*\n {2}GOV-01\.01:\n {4}status: met\n/m, `answers:\n  GOV-01.01:\n    status: met\n    evidence:\n${Array.from({ length: n }, (_, i) => `      - {title: e${i}, date: 2026-01-01}\n`).join('')}`);
});

/** Control characters in the organisation's name and in answer keys. */
const controls = fc.tuple(hostileText, hostileText).map(([name, key]) => VENDOR.replace('name: 株式会社みなとネットソリューションズ', `name: ${JSON.stringify(name)}`).replace(/^answers:\n/m, `answers:\n  ${JSON.stringify(key || 'k')}: {status: met}\n`));

const hostileYaml = fc.oneof(aliasGraph, nesting, width, controls);

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function saneOutput(out: { code: number; stdout: string; stderr: string }, codes: readonly number[]) {
  expect(codes).toContain(out.code);
  expect(out.stdout + out.stderr).not.toMatch(/unexpected error|Maximum call stack|\n\s+at .+:\d+:\d+\)?\n/);
  expect(out.stdout + out.stderr).not.toMatch(RAW_CONTROL);
}

describe('hostile YAML through every command that reads a document', () => {
  const dir = tempDir();
  const commands: [string, (file: string) => string[], number[]][] = [
    ['validate', (f) => ['validate', f], [0, 1]],
    ['evaluate', (f) => ['evaluate', f, '--as-of', '2026-04-01'], [0, 2]],
    ['evaluate --format md', (f) => ['evaluate', f, '--as-of', '2026-04-01', '--format', 'md'], [0, 2]],
    ['render report', (f) => ['render', 'report', f, '--as-of', '2026-04-01', '--format', 'html'], [0, 2]],
    ['render declaration', (f) => ['render', 'declaration', f, '--as-of', '2026-04-01'], [0, 2]],
    ['migrate', (f) => ['migrate', f, '--to', '1.0.0-draft.1'], [0, 1, 2]],
    ['diff (as a criteria release)', (f) => ['diff', '1.0.0-draft.1', f], [0, 1, 2]],
  ];
  it.each(commands)('%s answers within its exit codes, in words, terminal-safe', async (_name, args, codes) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileYaml, async (text) => {
        const file = `doc${n++}.yaml`;
        writeFileSync(join(dir, file), text);
        saneOutput(await sisc(args(file), { cwd: dir }), codes);
      }),
      { numRuns: 25 },
    );
  });
});

describe('hostile data through the library', () => {
  const release = getCriteria('1.0.0-draft.1');

  it('readYaml answers every generated shape with data or problems, never an exception, never past the budget', () => {
    fc.assert(
      fc.property(hostileYaml, (text) => {
        const read = readYaml(text);
        expect(read.value === undefined).toBe(read.problems.some((p) => p.severity === 'error'));
        for (const p of read.problems) expect(p.line).toBeGreaterThan(0);
        if (read.value !== undefined) {
          const parsed = safeParseAssessment(read.value);
          for (const i of parsed.issues) if (i.code === 'too-big' || i.code === 'too-deep') expect(i.params?.budget).toBeDefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  /** Object graphs JSON cannot hold: shared and cyclic references, long lists, deep nesting. */
  const graphs = fc.record({ depth: fc.integer({ min: 0, max: 200 }), share: fc.integer({ min: 1, max: 40 }), cycle: fc.boolean(), long: fc.integer({ min: 0, max: 150_000 }) }).map(({ depth, share, cycle, long }) => {
    let shared: unknown = ['x'];
    for (let i = 0; i < share; i++) shared = [shared, shared];
    let deep: unknown = 1;
    for (let i = 0; i < depth; i++) deep = { d: deep };
    const a: Record<string, unknown> = { scheme: 'si-security-certification', version: '1.0.0-draft.1' };
    if (cycle) a.self = a;
    return { criteria: a, organization: { name: 'x' }, targetLevel: 1, mode: 'self-declaration', answers: {}, shared, deep, long: new Array(long).fill(0) };
  });

  it('safeParse*, evaluate, render and diff answer any object graph with issues or a caller error', () => {
    fc.assert(
      fc.property(graphs, (doc) => {
        const a = safeParseAssessment(doc);
        expect(a.success).toBe(false);
        expect(a.issues.length).toBeGreaterThan(0);
        expect(a.issues.length).toBeLessThan(1_000);
        expect(safeParseCriteria(doc).success).toBe(false);
        for (const call of [() => evaluate(release, doc as never, { asOf: '2026-04-01' }), () => renderReport(doc as never, release, { lang: 'ja', format: 'html' }), () => diffCriteria(release, doc as never)]) {
          try {
            call();
          } catch (err) {
            // The documented caller error: a ValidationError (or TypeError for a wrong argument), with issues in words.
            expect((err as Error).name).toMatch(/ValidationError|SiscError|TypeError/);
            expect(String((err as Error).message)).not.toMatch(/Maximum call stack/);
          }
        }
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('the budget in the model is the one the readers apply', () => {
    const items = Array.from({ length: INPUT_BUDGET.arrayLength + 1 }, () => 0).join(',');
    const read = readJson(`{"criteria": {"scheme": "si-security-certification", "version": "1.0.0-draft.1"}, "extra": [${items}]}`);
    expect(read.value).toBeDefined();
    const parsed = safeParseAssessment(read.value);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'too-big', path: '$.extra', params: expect.objectContaining({ budget: 'arrayLength', limit: INPUT_BUDGET.arrayLength }) })]);
    // YAML stops earlier, at its own limit of values written.
    expect(readYaml(`${VENDOR}extra: [${items}]\n`).problems).toEqual([expect.objectContaining({ code: 'TOO_BIG', budget: expect.objectContaining({ limit: 'yamlNodes', value: INPUT_BUDGET.yamlNodes }) })]);
    expect(readYaml(`${VENDOR}extra: [${Array.from({ length: INPUT_BUDGET.yamlNodes - 1_000 }, () => 0).join(',')}]\n`).problems).toEqual([]);
    expect(readYaml('x: 1\n'.padEnd(INPUT_BUDGET.bytes + 1, '#')).problems).toEqual([expect.objectContaining({ code: 'TOO_BIG', budget: expect.objectContaining({ limit: 'bytes' }) })]);
    expect(readJson('[1]'.padEnd(INPUT_BUDGET.bytes + 1, ' ')).problems).toEqual([expect.objectContaining({ code: 'TOO_BIG', budget: expect.objectContaining({ limit: 'bytes' }) })]);
  });
});
