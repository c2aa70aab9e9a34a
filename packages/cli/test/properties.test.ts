/**
 * Bad input never crashes the CLI: whatever document arrives on standard input, validate and
 * evaluate answer with an exit code of their contract and never report an unexpected error.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sisc } from './_harness.js';

const vendor = JSON.parse(JSON.stringify((await import('yaml')).parse(readFileSync(join(REPO_ROOT, 'docs/examples/level1-small-vendor.yaml'), 'utf8'))));

/** Any JSON value, and the vendor example with any part of it replaced by any JSON value. */
const documents = fc.oneof(
  fc.jsonValue(),
  fc.tuple(fc.constantFrom('criteria', 'organization', 'targetLevel', 'mode', 'declaration', 'answers', 'audit', '__proto__'), fc.jsonValue()).map(([key, value]) => ({ ...vendor, [key]: value })),
  fc.tuple(fc.constantFrom('GOV-01.01', 'BLD-02.01', 'XYZ-99.99', 'bad id'), fc.jsonValue()).map(([id, value]) => ({ ...vendor, answers: { ...vendor.answers, [id]: value } })),
);

describe('any document on standard input', () => {
  it('validate: exit 0 or 1, never an unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.boolean(), async (doc, yaml) => {
        const out = await sisc(['validate', '-', '--as-of', '2026-04-01'], { stdin: yaml ? toYaml(doc) : JSON.stringify(doc) });
        expect([0, 1]).toContain(out.code);
        expect(out.stderr).not.toMatch(/unexpected error/);
        expect(out.stdout).toMatch(/ in 1 file\n$/);
      }),
      { numRuns: 150 },
    );
  });

  it('evaluate: exit 0 with a result or exit 2 with the problems, never an unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const out = await sisc(['evaluate', '-', '--as-of', '2026-04-01', '--format', 'json'], { stdin: JSON.stringify(doc) });
        expect(out.stderr).not.toMatch(/unexpected error/);
        if (out.code === 0) expect(JSON.parse(out.stdout).basis.asOf).toBe('2026-04-01');
        else {
          expect(out.code).toBe(2);
          expect(out.stdout).toBe('');
          expect(out.stderr).toMatch(/^sisc: error: /);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any text at all: validate never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        const out = await sisc(['validate', '-'], { stdin: text });
        expect([0, 1]).toContain(out.code);
        expect(out.stderr).not.toMatch(/unexpected error/);
      }),
      { numRuns: 150 },
    );
  });
});
