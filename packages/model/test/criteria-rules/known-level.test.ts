import { describe } from 'vitest';
import { knownLevel } from '../../src/criteria-rules/known-level.js';
import { gov01, ruleTable } from './_table.js';

describe('known-level', () => {
  ruleTable(knownLevel, [
    ['levels 1 and 2 used', () => {}, []],
    ['a requirement at level 3', (r) => (gov01(r).requirements[0].level = 3), ['error unknown-level $.categories[0].items[0].requirements[0].level (GOV-01.01)']],
    [
      'level 2 renumbered 3',
      (r) => (r.levels[1].level = 3),
      ['error unknown-level $.categories[0].items[0].requirements[1].level (GOV-01.02)', 'error unknown-level $.categories[0].items[0].requirements[2].level (GOV-01.03)'],
    ],
  ]);
});
