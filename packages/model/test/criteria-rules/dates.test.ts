import { describe } from 'vitest';
import { dates } from '../../src/criteria-rules/dates.js';
import { ruleTable } from './_table.js';

describe('dates', () => {
  ruleTable(dates, [
    ['a draft without dates', () => {}, []],
    ['an effective release without an effective date', (r) => Object.assign(r, { status: 'effective', version: '0.9.0' }), ['error invalid-dates $.dates.effectiveFrom']],
    ['an effective release with an effective date', (r) => Object.assign(r, { status: 'effective', version: '0.9.0', dates: { effectiveFrom: '2026-04-01' } }), []],
    ['accepting until before the effective date', (r) => (r.dates = { effectiveFrom: '2026-04-01', acceptUntil: '2026-03-31' }), ['error invalid-dates $.dates.acceptUntil']],
    ['accepting until the effective date itself', (r) => (r.dates = { effectiveFrom: '2026-04-01', acceptUntil: '2026-04-01' }), []],
  ]);
});
