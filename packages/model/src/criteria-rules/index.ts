import { contiguousLevels } from './contiguous-levels.js';
import { dates } from './dates.js';
import { documentReferences } from './document-references.js';
import { emptyItem } from './empty-item.js';
import { frameworkMappings } from './framework-mappings.js';
import { itemPrefix } from './item-prefix.js';
import { knownLevel } from './known-level.js';
import { replacements } from './replacements.js';
import { retirementDetails } from './retirement-details.js';
import type { CriteriaRule } from './rule.js';
import { statusVersion } from './status-version.js';
import { translations } from './translations.js';
import { uniqueIds } from './unique-ids.js';

export type { CriteriaRule } from './rule.js';

/** Every semantic rule `validateCriteria` runs, in no particular order (its result is sorted). */
export const CRITERIA_RULES: readonly CriteriaRule[] = Object.freeze([
  uniqueIds,
  contiguousLevels,
  itemPrefix,
  emptyItem,
  knownLevel,
  retirementDetails,
  replacements,
  documentReferences,
  frameworkMappings,
  statusVersion,
  dates,
  translations,
]);
