export { uuidV5, siscUuid, SISC_NAMESPACE, URL_NAMESPACE } from './uuid.js';
export { OSCAL_VERSION, SISC_NS, type Lang } from './_common.js';
export type { Bilingual } from './_messages.js';
export { toOscalCatalog, oscalFileName, catalogUuid, type OscalOptions } from './oscal-catalog.js';
export { toOscalProfile, requirementsAtLevel } from './oscal-profile.js';
export { toOscalMapping, hasMappings } from './oscal-mapping.js';
export { checkOscal, catalogControlIds, OSCAL_CHECK_CODES, type OscalCheckCode, type OscalCheckIssue, type OscalCheckOptions } from './oscal-check.js';
export type * from './oscal-types.js';
