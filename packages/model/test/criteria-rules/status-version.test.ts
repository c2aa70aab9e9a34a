import { describe } from 'vitest';
import { statusVersion } from '../../src/criteria-rules/status-version.js';
import { ruleTable } from './_table.js';

describe('status-version', () => {
  ruleTable(statusVersion, [
    ['a draft with a prerelease version', () => {}, []],
    ['a draft with a released version', (r) => (r.version = '0.9.0'), ['error status-version-mismatch $.version']],
    ['an effective release with a prerelease version', (r) => (r.status = 'effective'), ['error status-version-mismatch $.version']],
    ['an effective release with a released version', (r) => Object.assign(r, { status: 'effective', version: '0.9.0' }), []],
    ['a superseded release with a released version', (r) => Object.assign(r, { status: 'superseded', version: '0.9.0' }), []],
  ]);
});
