/** Identifier forms. IDs are stable, never reused, and do not encode the level. */
export const CATEGORY_ID = /^[A-Z]{2,6}$/;
export const ITEM_ID = /^[A-Z]{2,6}-\d{2,3}$/;
export const REQUIREMENT_ID = /^[A-Z]{2,6}-\d{2,3}\.\d{2,3}$/;
export const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** Semantic Versioning 2.0.0 (no leading "v"). */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** The category ID a requirement or item ID starts with: `GOV-01.02` → `GOV`. */
export function categoryOf(id: string): string {
  return id.split('-')[0] ?? id;
}

/** The item ID a requirement ID starts with: `GOV-01.02` → `GOV-01`. */
export function itemOf(requirementId: string): string {
  return requirementId.split('.')[0] ?? requirementId;
}

/** Text with at least one character that is not white space (any Unicode space, the ideographic U+3000 too). */
export const NOT_BLANK = /\S/;
