export { evaluate, evaluateOrThrow, type EvaluateOptions, type EvaluateOutcome } from './evaluate.js';
export { prepareCriteria, isPreparedCriteria, type PreparedCriteria, type PreparedRequirement, type PreparedItem, type PreparedLevel } from './prepare.js';
export { ENGINE_NAME, ENGINE_VERSION, SCORING_RULES_VERSION } from './version.js';
