import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCriteriaDigest } from '@sisc/criteria';
import { BLOCKER_CODES, REASON_CODES, sha256Hex, stableStringify, VERDICTS } from '@sisc/model';
import { DRAFT_VERSION, RELEASE_FILE, VECTOR_CASES, type Facts } from '../scripts/_vector-cases.js';
import { vectorFiles } from '../scripts/_vector-files.js';
import { applyPatch, loadVector, runVector, vectorNames, VECTORS_DIR } from '../scripts/_vectors.js';

type Expected = { success?: boolean; result?: any; issues?: any[]; error?: { code: string } };
const names = vectorNames();
const expectedOf = (name: string) => loadVector(name).expected as Expected;

describe('conformance vectors', () => {
  it('are up to date (run `pnpm generate` when this fails)', () => {
    const files = vectorFiles();
    const stale = [...files].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content).map(([path]) => relative(VECTORS_DIR, path));
    expect(stale).toEqual([]);
    expect(names).toEqual(VECTOR_CASES.map((c) => c.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const name of names) expect(readdirSync(join(VECTORS_DIR, name)).sort()).toEqual(['assessment.json', 'expected.json', 'input.json']);
  });

  it.each(names)('%s: the engine gives the expected answer', (name) => {
    const v = loadVector(name);
    expect(runVector(v)).toEqual(v.expected);
  });

  it('ship the draft exactly as @sisc/criteria has it (same digest)', () => {
    const release = JSON.parse(readFileSync(join(VECTORS_DIR, RELEASE_FILE), 'utf8'));
    const { $schema: _s, ...content } = release;
    expect(sha256Hex(stableStringify(content))).toBe(getCriteriaDigest(DRAFT_VERSION));
  });

  it.each(names.filter((n) => expectedOf(n).success))('%s: basis.criteria.digest is the SHA-256 of the patched release in canonical JSON', (name) => {
    const v = loadVector(name);
    const { $schema: _s, ...content } = applyPatch(v.criteria, []) as Record<string, unknown>;
    expect(expectedOf(name).result.basis.criteria.digest).toBe(sha256Hex(stableStringify(content)));
  });
});

/** Checks blockers against the `code`, `code:ID`, `code xN` notation of Facts.blockers. */
function matchBlockers(actual: { code: string; requirementId?: string }[], facts: string[]): void {
  const rendered = actual.map((b) => (b.requirementId ? `${b.code}:${b.requirementId}` : b.code));
  let i = 0;
  for (const fact of facts) {
    const run = /^(\S+) x(\d+)$/.exec(fact);
    if (run) {
      const n = Number(run[2]);
      const slice = actual.slice(i, i + n);
      expect(slice.length, `${fact} at ${i} in ${rendered.join(', ')}`).toBe(n);
      for (const b of slice) expect(b.code).toBe(run[1]), expect(b.requirementId).toBeDefined();
      i += n;
    } else {
      expect(rendered[i], `blocker ${i} in ${rendered.join(', ')}`).toBe(fact);
      i++;
    }
  }
  expect(i, `more blockers than the facts list: ${rendered.slice(i).join(', ')}`).toBe(actual.length);
}

describe.each(VECTOR_CASES.map((c) => [c.name, c.expect] as const))('vector %s agrees with the facts worked out by hand', (name, facts: Facts) => {
  const expected = expectedOf(name);

  it('outcome', () => {
    if (facts.outcome === 'criteria-mismatch') expect(expected).toEqual({ error: { code: 'criteria-mismatch' } });
    else expect(expected.success).toBe((facts.outcome ?? 'result') === 'result');
  });
  if (!expected.success) {
    if (facts.issues) it('issues', () => expect(expected.issues!.map((i) => `${i.code}@${i.path}`)).toEqual(facts.issues));
    return;
  }
  const r = expected.result;
  it('level', () => {
    if (facts.achievedLevel !== undefined) expect(r.achievedLevel).toBe(facts.achievedLevel);
    if (facts.conformant !== undefined) expect(r.conformant).toBe(facts.conformant);
    if (facts.provisional !== undefined) expect(r.basis.provisional).toBe(facts.provisional);
    // The derived rules hold in every vector.
    expect(r.conformant).toBe(r.achievedLevel >= r.targetLevel);
    for (const l of r.levels) expect(l.achieved).toBe(l.blockers.length === 0);
  });
  it('blockers and validity', () => {
    for (const [level, list] of Object.entries(facts.blockers ?? {})) matchBlockers(r.levels.find((l: any) => l.level === Number(level)).blockers, list);
    for (const [level, until] of Object.entries(facts.validUntil ?? {})) expect(r.levels.find((l: any) => l.level === Number(level)).validUntil ?? null).toBe(until);
  });
  it('verdicts', () => {
    for (const [id, [verdict, ...reasons]] of Object.entries(facts.verdicts ?? {})) {
      expect(r.requirements.find((q: any) => q.id === id)).toMatchObject({ verdict, reasons });
    }
    if (facts.verdictCounts) {
      const counts: Record<string, number> = {};
      for (const q of r.requirements) counts[q.verdict] = (counts[q.verdict] ?? 0) + 1;
      expect(counts).toEqual(facts.verdictCounts);
    }
  });
  it('issues', () => {
    if (facts.issues) expect(r.issues.map((i: any) => `${i.code}@${i.path}`)).toEqual(facts.issues);
    for (const [key, severity] of Object.entries(facts.severities ?? {})) expect(r.issues.find((i: any) => `${i.code}@${i.path}` === key)?.severity).toBe(severity);
  });
  it('counts', () => {
    for (const [id, [applicable, satisfied, ratio]] of Object.entries(facts.counts ?? {})) {
      const row = id === 'total' ? r.total : [...r.items, ...r.categories].find((x: any) => x.id === id);
      expect(row).toMatchObject({ applicable, satisfied, ratio });
    }
  });
});

describe('the vectors cover every rule', () => {
  const results = names.map(expectedOf).filter((e) => e.success).map((e) => e.result);
  const seen = (f: (r: any) => string[]) => new Set(results.flatMap(f));

  it('every verdict and every reason', () => {
    expect([...seen((r) => r.requirements.map((q: any) => q.verdict))].sort()).toEqual([...VERDICTS].sort());
    expect([...seen((r) => r.requirements.flatMap((q: any) => q.reasons))].sort()).toEqual([...REASON_CODES].sort());
  });
  it('every blocker', () => {
    expect([...seen((r) => r.levels.flatMap((l: any) => l.blockers.map((b: any) => b.code)))].sort()).toEqual([...BLOCKER_CODES].sort());
  });
  it('every issue evaluation raises (docs/scoring.md §6.1)', () => {
    const table = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'scoring.md'), 'utf8').split('### 6.1')[1]!;
    const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(10);
    const raised = seen((r) => r.issues.map((i: any) => i.code));
    expect(documented.filter((c) => !raised.has(c))).toEqual([]);
  });
  it('every lifecycle status, both modes, and the three kinds of answer', () => {
    const statuses = new Set(VECTOR_CASES.map((c) => (c.criteriaPatch?.find((p) => p.path === '/status') as { value?: string } | undefined)?.value ?? 'draft'));
    expect([...statuses].sort()).toEqual(['draft', 'effective', 'superseded', 'withdrawn']);
    expect([...seen((r) => [r.mode])].sort()).toEqual(['audit', 'self-declaration']);
    expect(new Set(names.map((n) => (expectedOf(n).error ? 'error' : String(expectedOf(n).success))))).toEqual(new Set(['true', 'false', 'error']));
  });
});
