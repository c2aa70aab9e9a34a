import { issue, type Issue } from '../issues.js';
import { placedRequirements, type CriteriaRule } from './rule.js';

export const frameworkMappings: CriteriaRule = {
  name: 'framework-mappings',
  description: "A requirement maps only to frameworks listed in the release's frameworks.",
  scope: 'requirements',
  check(release) {
    const out: Issue[] = [];
    const frameworks = new Set(release.frameworks.map((f) => f.id));
    for (const { requirement: r, path: rp } of placedRequirements(release)) {
      r.mappings.forEach((m, k) => {
        if (!frameworks.has(m.framework)) {
          const p = `${rp}.mappings[${k}].framework`;
          out.push(issue('dangling-reference', 'error', p, `${p}: "${m.framework}" is not one of the release's frameworks (${[...frameworks].join(', ') || 'none listed'}).`, { requirementId: r.id, params: { id: m.framework } }));
        }
      });
    }
    return out;
  },
};
