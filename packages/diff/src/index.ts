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
