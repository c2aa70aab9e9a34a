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
