/* Generated from schemas/v1 by json-schema-to-typescript. Do not edit: run `pnpm generate`. */

/**
 * A Semantic Versioning 2.0.0 version; drafts are prereleases, e.g. 1.0.0-draft.1.
 */
export type Semver = string;
/**
 * draft: under discussion, results are provisional; effective: in force; superseded: replaced by a newer release, declarations still accepted until its date; withdrawn: no longer usable.
 */
export type ReleaseStatus = 'draft' | 'effective' | 'superseded' | 'withdrawn';
/**
 * A calendar date, YYYY-MM-DD (ISO 8601).
 */
export type IsoDate = string;
/**
 * Requirement ID, e.g. GOV-01.01: stable, never reused, independent of the level.
 */
export type RequirementId = string;

/**
 * One version of the criteria: levels, categories, items and requirements.
 */
export interface CriteriaReleaseDocument {
  $schema?: string;
  /**
   * The certification scheme.
   */
  scheme: {
    /**
     * A lowercase identifier: letters, digits, "-" and ".".
     */
    id: string;
    name: LocalizedText;
  };
  version: Semver;
  status: ReleaseStatus;
  dates?: ReleaseDates;
  title: LocalizedText;
  publisher: LocalizedText;
  /**
   * Where the content comes from.
   */
  provenance: {
    source: LocalizedText1;
    date?: IsoDate;
    note?: LocalizedText;
  };
  notes?: Note[];
  /**
   * @minItems 1
   */
  levels: Level[];
  documents?: ReferenceDocument[];
  frameworks?: Framework[];
  /**
   * @minItems 1
   */
  categories: Category[];
  /**
   * The changes declared since the previous release.
   */
  changeLog?: {
    from: Semver;
    entries: ChangeLogEntry[];
  };
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
export interface ReleaseDates {
  published?: IsoDate;
  /**
   * A calendar date, YYYY-MM-DD (ISO 8601).
   */
  effectiveFrom?: string;
  /**
   * A calendar date, YYYY-MM-DD (ISO 8601).
   */
  acceptUntil?: string;
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText1 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * An editorial note, e.g. how the committee interprets the source text.
 */
export interface Note {
  /**
   * A lowercase identifier: letters, digits, "-" and ".".
   */
  id: string;
  title: LocalizedText;
  text: LocalizedText;
}
/**
 * A certification level. Levels are cumulative: level 2 includes everything that applies at level 1.
 */
export interface Level {
  /**
   * A certification level, 1 upwards.
   */
  level: number;
  name: LocalizedText2;
  audience: LocalizedText3;
  /**
   * self-declared: the company declares conformity itself; audited: an auditor examines it.
   */
  assurance: 'self-declared' | 'audited';
  method?: LocalizedText4;
  /**
   * How long a declaration or certificate at this level stays valid, e.g. P1Y. Unset: the release does not say.
   */
  declarationValidity?: string;
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText2 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText3 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText4 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * A document the criteria cite.
 */
export interface ReferenceDocument {
  /**
   * A lowercase identifier: letters, digits, "-" and ".".
   */
  id: string;
  title: LocalizedText;
  publisher?: LocalizedText;
  edition?: LocalizedText5;
  url?: string;
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText5 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * Another framework that requirements map to.
 */
export interface Framework {
  /**
   * A lowercase identifier: letters, digits, "-" and ".".
   */
  id: string;
  title: string;
  version: string;
  url?: string;
}
/**
 * A category (大項目) of items.
 */
export interface Category {
  /**
   * Category ID, e.g. GOV.
   */
  id: string;
  name: LocalizedText6;
  items: Item[];
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText6 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * An item (中項目) with its requirements.
 */
export interface Item {
  /**
   * Item ID, e.g. GOV-01.
   */
  id: string;
  name: LocalizedText7;
  intent: LocalizedText8;
  requirements: Requirement[];
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText7 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * A text in Japanese (canonical) with its English translation.
 */
export interface LocalizedText8 {
  /**
   * Japanese text. Canonical: where the two languages differ, the Japanese text stands.
   */
  ja: string;
  /**
   * English translation. Optional while a release is a draft, required once it is effective.
   */
  en?: string;
  /**
   * First 16 hex digits of the SHA-256 of the Japanese text the English was translated from. When the Japanese text changes and this does not, the translation is stale.
   */
  enSource?: string;
}
/**
 * One statement that can be answered and audited on its own.
 */
export interface Requirement {
  id: RequirementId;
  /**
   * The lowest level at which the requirement applies; it applies at every level above too.
   */
  level: number;
  /**
   * level-requirement: the item's requirement for a level (要求事項); detailed-requirement: a detailed requirement (詳細要件).
   */
  kind: 'level-requirement' | 'detailed-requirement';
  text: LocalizedText;
  naPolicy?: NaPolicy;
  /**
   * What evidence is expected, in words.
   */
  evidence?: LocalizedText[];
  /**
   * For requirements done periodically: evidence older than this no longer shows the requirement is met.
   */
  recurrence?: string;
  status?: 'active' | 'retired';
  retired?: Retirement;
  references?: RequirementReference[];
  mappings?: FrameworkMapping[];
}
/**
 * Whether "not applicable" is an acceptable answer.
 */
export interface NaPolicy {
  /**
   * May an organisation answer "not applicable"?
   */
  allowed: boolean;
  /**
   * Must a "not applicable" answer say why?
   */
  justificationRequired: boolean;
}
/**
 * Required when status is retired.
 */
export interface Retirement {
  /**
   * A Semantic Versioning 2.0.0 version; drafts are prereleases, e.g. 1.0.0-draft.1.
   */
  since: string;
  reason: LocalizedText;
  /**
   * Requirements that take its place, if any.
   */
  replacedBy?: RequirementId[];
}
export interface RequirementReference {
  /**
   * ID of a document listed in the release's documents.
   */
  document: string;
  /**
   * Where in the document, e.g. a clause or chapter.
   */
  locator?: string;
}
/**
 * A link from a requirement to a control in another framework.
 */
export interface FrameworkMapping {
  /**
   * ID of a framework listed in the release's frameworks.
   */
  framework: string;
  /**
   * The control or practice ID in that framework, e.g. PO.2.3.
   */
  id: string;
  /**
   * How this requirement relates to it (OSCAL mapping vocabulary).
   */
  relationship?: 'equal-to' | 'equivalent-to' | 'subset-of' | 'superset-of' | 'intersects-with';
  confidence?: 'high' | 'medium' | 'low';
}
/**
 * One declared change from the previous release.
 */
export interface ChangeLogEntry {
  /**
   * The requirement, item or category the entry is about.
   */
  id: string;
  change: 'added' | 'modified' | 'editorial' | 'moved' | 'split' | 'merged' | 'retired';
  reason: LocalizedText;
  /**
   * For split / merged / retired: the IDs it was split into, merged into, or replaced by.
   */
  related?: string[];
}
