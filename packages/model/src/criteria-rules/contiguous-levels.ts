import { issue, type Issue } from '../issues.js';
import type { CriteriaRule } from './rule.js';

export const contiguousLevels: CriteriaRule = {
  name: 'contiguous-levels',
  description: 'Levels are numbered 1, 2, 3 … in order, with no gaps.',
  scope: 'levels',
  check(release) {
    const out: Issue[] = [];
    release.levels.forEach((l, i) => {
      if (l.level !== i + 1) {
        const p = `$.levels[${i}].level`;
        out.push(issue('non-contiguous-levels', 'error', p, `${p}: levels must be numbered 1, 2, 3 … in order; expected ${i + 1}, but found ${l.level}.`, { params: { expected: i + 1, found: l.level } }));
      }
    });
    return out;
  },
};
