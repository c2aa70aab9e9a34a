import { issue, type Issue } from '../issues.js';
import { releaseStatusPolicy } from '../policies.js';
import type { CriteriaRule } from './rule.js';

export const dates: CriteriaRule = {
  name: 'dates',
  description: 'The release names an effective date when its status requires one, and stops accepting attestations no earlier than it takes effect.',
  scope: 'release',
  check(release) {
    const out: Issue[] = [];
    const policy = releaseStatusPolicy(release.status);
    const { effectiveFrom, acceptUntil } = release.dates;
    if (policy.effectiveFromRequired && !effectiveFrom) {
      out.push(issue('invalid-dates', 'error', '$.dates.effectiveFrom', `$.dates.effectiveFrom: a release with status "${release.status}" must say from when it is effective.`, { params: { status: release.status } }));
    }
    if (effectiveFrom && acceptUntil && acceptUntil < effectiveFrom) {
      out.push(issue('invalid-dates', 'error', '$.dates.acceptUntil', `$.dates.acceptUntil: ${acceptUntil} is before the effective date ${effectiveFrom}.`, { params: { found: acceptUntil, effectiveFrom } }));
    }
    return out;
  },
};
