import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '@sisc/engine';

describe('@sisc/engine public API', () => {
  it('exports exactly the documented names (internal modules stay internal)', () => {
    expect(Object.keys(engine).sort()).toEqual(['ENGINE_NAME', 'ENGINE_VERSION', 'SCORING_RULES_VERSION', 'evaluate', 'evaluateOrThrow', 'isPreparedCriteria', 'loadDiagnostics', 'prepareCriteria']);
  });

  it('names itself with the name and version of its package.json', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    expect([engine.ENGINE_NAME, engine.ENGINE_VERSION]).toEqual([pkg.name, pkg.version]);
  });

  it('implements the scoring rules version that docs/scoring.md states', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'scoring.md'), 'utf8');
    expect(doc.split('\n')[0]).toBe(`# Scoring rules ${engine.SCORING_RULES_VERSION}`);
    expect(doc).toContain(`**Version of these rules: ${engine.SCORING_RULES_VERSION}.**`);
    const index = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'vectors', 'index.json'), 'utf8'));
    expect(index.scoringRules).toBe(engine.SCORING_RULES_VERSION);
  });
});

describe('references to the scoring rules in the engine', () => {
  it('name sections docs/scoring.md has, and each names the section of the rule it implements', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'scoring.md'), 'utf8');
    const headings = new Map<string, string>();
    for (const m of doc.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? (.*)$/gm)) headings.set(m[1]!, m[2]!);
    const src = join(import.meta.dirname, '..', 'src');
    const missing: string[] = [];
    for (const file of ['_levels.ts', '_verdicts.ts', 'evaluate.ts', 'prepare.ts', '_read-assessment.ts', '_dates.ts']) {
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/§(\d+(?:\.\d+)*)/g)) if (!headings.has(m[1]!)) missing.push(`${file}: §${m[1]}`);
    }
    expect(missing).toEqual([]);
    // The sections the attestation checks cite are the ones about them.
    expect(headings.get('3.1')).toMatch(/declaration/);
    expect(headings.get('3.2')).toMatch(/audit/);
    const levels = readFileSync(join(src, '_levels.ts'), 'utf8');
    expect(levels).toMatch(/§3\.1 \(self-declared levels\) and §3\.2 \(audited levels\)/);
  });
});
