import { issue, type Issue } from '../issues.js';
import type { CriteriaRule } from './rule.js';

export const itemPrefix: CriteriaRule = {
  name: 'item-prefix',
  description: 'An item ID starts with the ID of its category and a hyphen (GOV-01 in GOV).',
  scope: 'items',
  check(release) {
    const out: Issue[] = [];
    for (const [ci, c] of release.categories.entries())
      for (const [ii, it] of c.items.entries()) {
        const ip = `$.categories[${ci}].items[${ii}]`;
        if (!it.id.startsWith(`${c.id}-`)) {
          out.push(issue('id-prefix-mismatch', 'warning', `${ip}.id`, `${ip}.id: the item ID "${it.id}" does not start with its category ID "${c.id}-".`, { params: { id: it.id, expected: `${c.id}-` } }));
        }
      }
    return out;
  },
};
