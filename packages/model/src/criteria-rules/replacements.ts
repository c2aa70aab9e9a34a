import { issue, type Issue } from '../issues.js';
import { placedRequirements, type CriteriaRule } from './rule.js';

export const replacements: CriteriaRule = {
  name: 'replacements',
  description: 'A retired requirement is replaced only by other requirements of the release that are not retired.',
  scope: 'requirements',
  check(release) {
    const out: Issue[] = [];
    const placed = placedRequirements(release);
    const requirementIds = new Set(placed.map((p) => p.requirement.id));
    const retiredIds = new Set(placed.filter((p) => p.requirement.status === 'retired').map((p) => p.requirement.id));
    for (const { requirement: r, path: rp } of placed) {
      const ref = { requirementId: r.id };
      r.retired?.replacedBy.forEach((to, k) => {
        const p = `${rp}.retired.replacedBy[${k}]`;
        if (to === r.id) {
          out.push(issue('invalid-replacement', 'error', p, `${p}: "${to}" cannot be replaced by itself; name the requirement that takes its place, or none.`, { ...ref, params: { id: to, reason: 'itself' } }));
        } else if (!requirementIds.has(to)) {
          out.push(issue('dangling-reference', 'error', p, `${p}: "${to}" is not a requirement of this release.`, { ...ref, params: { id: to } }));
        } else if (retiredIds.has(to)) {
          out.push(issue('invalid-replacement', 'error', p, `${p}: "${to}" is retired too, so it cannot take the place of "${r.id}"; name an active requirement.`, { ...ref, params: { id: to, reason: 'retired' } }));
        }
      });
    }
    return out;
  },
};
