import { describe } from 'vitest';
import { replacements } from '../../src/criteria-rules/replacements.js';
import { gov01, ruleTable } from './_table.js';

const retire = (req: any, replacedBy: string[]) => Object.assign(req, { status: 'retired', retired: { since: '0.9.0', reason: { ja: '統合' }, replacedBy } });
const p = '$.categories[0].items[0].requirements[2].retired.replacedBy';

describe('replacements', () => {
  ruleTable(replacements, [
    ['nothing retired', () => {}, []],
    ['replaced by an active requirement', (r) => retire(gov01(r).requirements[2], ['GOV-01.02']), []],
    ['replaced by none', (r) => retire(gov01(r).requirements[2], []), []],
    ['replaced by itself', (r) => retire(gov01(r).requirements[2], ['GOV-01.03']), [`error invalid-replacement ${p}[0] (GOV-01.03)`]],
    ['replaced by an ID not in the release', (r) => retire(gov01(r).requirements[2], ['GOV-01.01', 'GOV-09.01']), [`error dangling-reference ${p}[1] (GOV-01.03)`]],
    [
      'replaced by a retired requirement',
      (r) => {
        retire(gov01(r).requirements[1], []);
        retire(gov01(r).requirements[2], ['GOV-01.02']);
      },
      [`error invalid-replacement ${p}[0] (GOV-01.03)`],
    ],
    ['an active requirement with replacements (checked all the same)', (r) => (gov01(r).requirements[2].retired = { since: '0.9.0', reason: { ja: '統合' }, replacedBy: ['GOV-09.01'] }), [`error dangling-reference ${p}[0] (GOV-01.03)`]],
  ]);
});
