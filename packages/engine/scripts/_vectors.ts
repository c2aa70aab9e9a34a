/**
 * Conformance vectors (packages/engine/vectors): reading a case, applying its release patch, and
 * the conformance form of an answer, exactly as vectors/README.md describes them. Used by
 * scripts/generate.ts and by the tests; another implementation does the same in its own language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSiscError } from '@sisc/model';
import { evaluate, type EvaluateOutcome } from '../src/index.js';

export const VECTORS_DIR = join(import.meta.dirname, '..', 'vectors');

/** input.json of a case. */
export interface VectorInput {
  description: string;
  /** The rules of docs/scoring.md the case exercises, e.g. "§3.1". */
  rules: string[];
  asOf: string;
  /** Path of the release document, relative to the case's directory. */
  criteria: string;
  /** RFC 6902 operations applied to that release before evaluating; absent when none. */
  criteriaPatch?: PatchOperation[];
}

export type PatchOperation = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

export interface LoadedVector {
  name: string;
  input: VectorInput;
  criteria: unknown;
  assessment: unknown;
  expected: unknown;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The case directories, in code-point order. */
export function vectorNames(dir = VECTORS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'input.json')))
    .map((d) => d.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function loadVector(name: string, dir = VECTORS_DIR): LoadedVector {
  const caseDir = join(dir, name);
  const input = readJson(join(caseDir, 'input.json')) as VectorInput;
  const base = readJson(join(caseDir, input.criteria));
  return {
    name,
    input,
    criteria: applyPatch(base, input.criteriaPatch ?? []),
    assessment: readJson(join(caseDir, 'assessment.json')),
    expected: readJson(join(caseDir, 'expected.json')),
  };
}

/** RFC 6902 add / replace / remove (the operations vectors use), on a copy. */
export function applyPatch(document: unknown, operations: readonly PatchOperation[]): unknown {
  const doc = structuredClone(document);
  for (const op of operations) {
    const tokens = op.path
      .split('/')
      .slice(1)
      .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = tokens.pop();
    if (last === undefined) throw new Error(`patch path "${op.path}" names the whole document`);
    let parent: any = doc;
    for (const t of tokens) {
      parent = Array.isArray(parent) ? parent[Number(t)] : parent?.[t];
      if (parent === undefined || parent === null || typeof parent !== 'object') throw new Error(`patch path "${op.path}" does not exist`);
    }
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(i, 0, structuredClone(op.value));
      else if (op.op === 'replace') parent[i] = structuredClone(op.value);
      else parent.splice(i, 1);
    } else {
      if (op.op !== 'add' && !Object.hasOwn(parent, last)) throw new Error(`patch path "${op.path}" does not exist`);
      if (op.op === 'remove') delete parent[last];
      else parent[last] = structuredClone(op.value);
    }
  }
  return doc;
}

/**
 * The conformance form of what `evaluate` gives: the normative content only. Dropped, because they
 * are informative and may differ between implementations: `$schema`, `basis.engine`, and the
 * `message` and `params` of every issue and blocker. A caller error becomes `{ error: { code } }`.
 */
export function conformanceForm(outcome: EvaluateOutcome | { error: string }): unknown {
  if ('error' in outcome) return { error: { code: outcome.error } };
  if (!outcome.success) return { success: false, issues: outcome.issues.map(stripIssue) };
  const r: Record<string, any> = structuredClone(outcome.result);
  delete r.$schema;
  delete r.basis.engine;
  for (const level of r.levels) for (const b of level.blockers) {
    delete b.message;
    delete b.params;
  }
  r.issues = r.issues.map(stripIssue);
  return { success: true, result: r };
}

function stripIssue<T extends { message: string; params?: unknown }>(i: T): Omit<T, 'message' | 'params'> {
  const { message: _m, params: _p, ...rest } = i;
  return rest;
}

/** Evaluates a vector with this engine and gives the conformance form of the answer. */
export function runVector(v: Pick<LoadedVector, 'criteria' | 'assessment' | 'input'>): unknown {
  try {
    return conformanceForm(evaluate(v.criteria, v.assessment, { asOf: v.input.asOf }));
  } catch (err) {
    if (isSiscError(err)) return conformanceForm({ error: err.code });
    throw err;
  }
}
