export {
  listCriteria,
  criteriaVersions,
  getCriteria,
  getCriteriaDigest,
  resolveCriteria,
  latestEffective,
  type CriteriaListing,
  type ResolveOptions,
} from './registry.js';
export { compileCriteriaSources, splitJsonPath, yamlPosition, type CompileResult, type SourceFile, type SourceIssue } from './compile-sources.js';
export { looksLikeCriteriaSource } from './source-files.js';
export { readYaml, yamlLocator, utf8Length, type ReadYaml, type YamlProblem } from './read-yaml.js';
export { readJson, type ReadJson, type JsonProblem } from './read-json.js';
export {
  CriteriaReleaseFileSchema,
  CriteriaCategoryFileSchema,
  RELEASE_FILE_NAME,
  type CriteriaReleaseFile,
  type CriteriaCategoryFile,
} from './source-schemas.js';
export type * from './generated/index.js';
export { checkTranslations } from './translations.js';
export { buildIdLedger, checkIdHistory, type IdLedger, type LedgerChange, type LedgerEntry, type LedgerEvent, type LedgerKind } from './ledger.js';
export { checkCriteriaSources, compareVersions, type CheckCriteriaOptions, type CheckedRelease, type CriteriaCheck, type ReleaseSources } from './check.js';
export { publishDraft, scaffoldRelease, type PublishOptions, type PublishResult } from './new-release.js';
export { stampTranslations, type StampResult } from './stamp.js';
