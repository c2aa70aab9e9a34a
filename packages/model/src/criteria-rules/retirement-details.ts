import { issue, type Issue } from '../issues.js';
import { placedRequirements, type CriteriaRule } from './rule.js';

export const retirementDetails: CriteriaRule = {
  name: 'retirement-details',
  description: 'A retired requirement says since when and why; an active one has no retirement details.',
  scope: 'requirements',
  check(release) {
    const out: Issue[] = [];
    for (const { requirement: r, path: rp } of placedRequirements(release)) {
      const ref = { requirementId: r.id };
      if (r.status === 'retired' && !r.retired) {
        out.push(issue('retired-without-details', 'error', `${rp}.retired`, `${rp}: the requirement "${r.id}" is retired but does not say since when and why (add "retired" with "since" and "reason").`, ref));
      }
      if (r.status === 'active' && r.retired) {
        out.push(issue('retired-details-on-active', 'error', `${rp}.retired`, `${rp}.retired: the requirement "${r.id}" is active, so it must not have retirement details (set status: retired, or remove them).`, ref));
      }
    }
    return out;
  },
};
