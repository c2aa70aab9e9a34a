import { describe } from 'vitest';
import { itemPrefix } from '../../src/criteria-rules/item-prefix.js';
import { gov01, ruleTable } from './_table.js';

describe('item-prefix', () => {
  ruleTable(itemPrefix, [
    ['GOV-01 in GOV', () => {}, []],
    ['OPS-01 in GOV', (r) => (gov01(r).id = 'OPS-01'), ['warning id-prefix-mismatch $.categories[0].items[0].id']],
    ['GOVX-01 in GOV (a longer ID that starts with the category)', (r) => (gov01(r).id = 'GOVX-01'), ['warning id-prefix-mismatch $.categories[0].items[0].id']],
  ]);
});
