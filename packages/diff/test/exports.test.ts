import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@sisc/diff exports', () => {
  it('exports the public API only, never internal modules', () => {
    expect(Object.keys(api).sort()).toEqual(['BUMP_MEANINGS', 'BUMP_RULES', 'bumpOf', 'diffCriteria', 'maxBump', 'migrateAssessment', 'promisesNothing', 'requiredBump', 'semverVerdict', 'versionBump']);
  });
});
