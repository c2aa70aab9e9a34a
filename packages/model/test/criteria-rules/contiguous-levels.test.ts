import { describe } from 'vitest';
import { contiguousLevels } from '../../src/criteria-rules/contiguous-levels.js';
import { ruleTable } from './_table.js';

describe('contiguous-levels', () => {
  ruleTable(contiguousLevels, [
    ['levels 1 and 2', () => {}, []],
    ['a gap: 1 and 3', (r) => (r.levels[1].level = 3), ['error non-contiguous-levels $.levels[1].level']],
    ['starting at 2', (r) => (r.levels[0].level = 2), ['error non-contiguous-levels $.levels[0].level']],
    ['out of order: 2 then 1', (r) => r.levels.reverse(), ['error non-contiguous-levels $.levels[0].level', 'error non-contiguous-levels $.levels[1].level']],
    ['one level only', (r) => r.levels.pop(), []],
  ]);
});
