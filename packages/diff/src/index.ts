export { diffCriteria } from './diff-criteria.js';
export {
  migrateAssessment,
  type AnswerAgain,
  type AnswerAgainReason,
  type DropReason,
  type DroppedAnswer,
  type Migration,
  type MigrationReport,
} from './migrate.js';
export { maxBump, promisesNothing, requiredBump, semverVerdict, versionBump, type ActualBump, type SemverVerdict } from './semver.js';
export { BUMP_MEANINGS, BUMP_RULES, bumpOf, type BumpRule, type BumpRuleId } from './bump-rules.js';
