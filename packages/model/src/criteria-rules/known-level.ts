import { issue, type Issue } from '../issues.js';
import { placedRequirements, type CriteriaRule } from './rule.js';

export const knownLevel: CriteriaRule = {
  name: 'known-level',
  description: "Every requirement's level is one of the release's levels.",
  scope: 'requirements',
  check(release) {
    const out: Issue[] = [];
    const levelNumbers = new Set(release.levels.map((l) => l.level));
    for (const { requirement: r, path: rp } of placedRequirements(release)) {
      if (!levelNumbers.has(r.level)) {
        out.push(issue('unknown-level', 'error', `${rp}.level`, `${rp}.level: level ${r.level} is not one of the release's levels (${[...levelNumbers].join(', ')}).`, { requirementId: r.id, params: { found: r.level } }));
      }
    }
    return out;
  },
};
