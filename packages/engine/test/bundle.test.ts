/**
 * The engine in a browser bundle that imports only `evaluate` (and the shipped releases): zod is
 * left out of the initial load, behind loadDiagnostics(). What such a bundle does before and after
 * loading the full checks, run for real on an esbuild bundle of the sources.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCriteria as getCriteriaHere } from '@sisc/criteria';
import { evaluate as evaluateHere } from '@sisc/engine';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sisc-engine-bundle-'));
let bundle: {
  evaluate: typeof evaluateHere;
  loadDiagnostics: () => Promise<void>;
  getCriteria: typeof getCriteriaHere;
};
let initial = '';

beforeAll(async () => {
  const result = await build({
    stdin: { contents: "export { evaluate, loadDiagnostics } from '@sisc/engine';\nexport { getCriteria } from '@sisc/criteria';", resolveDir: root, loader: 'ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@sisc/source'],
    outdir: dir,
    entryNames: 'entry',
    metafile: true,
    logLevel: 'silent',
  });
  const entry = Object.keys(result.metafile.outputs).find((o) => result.metafile.outputs[o]!.entryPoint !== undefined)!;
  for (const imp of [entry, ...result.metafile.outputs[entry]!.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]) initial += readFileSync(join(root, imp), 'utf8');
  bundle = await import(pathToFileURL(join(dir, 'entry.js')).href);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AS_OF = '2026-05-01';
const assessment = (): Record<string, unknown> => ({
  criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1' },
  organization: { name: '株式会社バンドル' },
  targetLevel: 1,
  mode: 'self-declaration',
  declaration: { signatory: { name: '山田 太郎', role: '代表取締役' }, date: '2026-04-01' },
  answers: { 'GOV-01.01': { status: 'met', evidence: [{ title: '方針', date: '2026-01-10' }] } },
});

describe('a bundle of evaluate and getCriteria', () => {
  it('leaves zod out of its initial load', () => {
    expect(initial).toContain('GOV-01.01'); // the shipped release is in it
    expect(initial).not.toMatch(/zod|ZodError|\$ZodType/);
  });

  it('evaluates a valid assessment against a shipped release before the checks are loaded, as the library does', () => {
    const ours = bundle.evaluate(bundle.getCriteria('1.0.0-draft.1'), assessment(), { asOf: AS_OF });
    expect(ours).toEqual(evaluateHere(getCriteriaHere('1.0.0-draft.1'), assessment(), { asOf: AS_OF }));
  });

  it('before loading: one issue for an invalid assessment, and a release document refused', () => {
    const bad = { ...assessment(), targetLevel: 'one' };
    const out = bundle.evaluate(bundle.getCriteria('1.0.0-draft.1'), bad, { asOf: AS_OF });
    expect(out.success).toBe(false);
    expect(out.issues.map((i) => [i.code, i.path])).toEqual([['invalid-value', '$']]);
    expect(out.issues[0]!.message).toContain('loadDiagnostics()');
    const document = structuredClone(bundle.getCriteria('1.0.0-draft.1'));
    expect(() => bundle.evaluate(document, assessment(), { asOf: AS_OF })).toThrow(expect.objectContaining({ code: 'checks-not-loaded' }));
  });

  it('after loadDiagnostics(): every problem listed, and a release document checked in full, as the library does', async () => {
    await bundle.loadDiagnostics();
    const bad = { ...assessment(), targetLevel: 'one', mode: 'exam' };
    expect(bundle.evaluate(bundle.getCriteria('1.0.0-draft.1'), bad, { asOf: AS_OF })).toEqual(evaluateHere(getCriteriaHere('1.0.0-draft.1'), bad, { asOf: AS_OF }));
    const document = structuredClone(getCriteriaHere('1.0.0-draft.1'));
    expect(bundle.evaluate(structuredClone(document), assessment(), { asOf: AS_OF })).toEqual(evaluateHere(document, assessment(), { asOf: AS_OF }));
    expect(() => bundle.evaluate({ ...document, levels: 'none' }, assessment(), { asOf: AS_OF })).toThrow(expect.objectContaining({ code: 'invalid-criteria' }));
  });
});
