import { sortIssues, type Issue } from './issues.js';
import type { CriteriaRelease } from './schemas/criteria.js';
import { CRITERIA_RULES } from './criteria-rules/index.js';

export { walkTexts } from './walk-texts.js';

/**
 * Semantic checks of a criteria release that the schema cannot express: every rule of
 * `criteria-rules/` (one file each). Returns every issue, sorted; errors make the release invalid,
 * warnings do not.
 */
export function validateCriteria(release: CriteriaRelease): Issue[] {
  return sortIssues(CRITERIA_RULES.flatMap((rule) => rule.check(release)));
}
