import { issue, type Issue } from '../issues.js';
import type { CriteriaRule } from './rule.js';

export const emptyItem: CriteriaRule = {
  name: 'empty-item',
  description: 'Every item has at least one active requirement.',
  scope: 'items',
  check(release) {
    const out: Issue[] = [];
    for (const [ci, c] of release.categories.entries())
      for (const [ii, it] of c.items.entries()) {
        const ip = `$.categories[${ci}].items[${ii}]`;
        if (!it.requirements.some((r) => r.status === 'active')) {
          out.push(issue('empty-item', 'warning', `${ip}.requirements`, `${ip}.requirements: the item "${it.id}" has no active requirement.`, { params: { id: it.id } }));
        }
      }
    return out;
  },
};
