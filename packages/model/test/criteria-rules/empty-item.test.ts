import { describe } from 'vitest';
import { emptyItem } from '../../src/criteria-rules/empty-item.js';
import { gov01, ruleTable } from './_table.js';

const retire = (req: any) => Object.assign(req, { status: 'retired', retired: { since: '0.9.0', reason: { ja: '統合' }, replacedBy: [] } });

describe('empty-item', () => {
  ruleTable(emptyItem, [
    ['three active requirements', () => {}, []],
    ['one of three retired', (r) => retire(gov01(r).requirements[0]), []],
    ['all three retired', (r) => gov01(r).requirements.forEach(retire), ['warning empty-item $.categories[0].items[0].requirements']],
  ]);
});
