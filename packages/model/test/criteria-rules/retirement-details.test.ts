import { describe } from 'vitest';
import { retirementDetails } from '../../src/criteria-rules/retirement-details.js';
import { gov01, ruleTable } from './_table.js';

const details = { since: '0.9.0', reason: { ja: '統合' }, replacedBy: [] };

describe('retirement-details', () => {
  ruleTable(retirementDetails, [
    ['active requirements without details', () => {}, []],
    ['retired with details', (r) => Object.assign(gov01(r).requirements[2], { status: 'retired', retired: details }), []],
    ['retired without details', (r) => (gov01(r).requirements[2].status = 'retired'), ['error retired-without-details $.categories[0].items[0].requirements[2].retired (GOV-01.03)']],
    ['active with details', (r) => (gov01(r).requirements[0].retired = details), ['error retired-details-on-active $.categories[0].items[0].requirements[0].retired (GOV-01.01)']],
  ]);
});
