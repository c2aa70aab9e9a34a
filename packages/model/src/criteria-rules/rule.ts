import type { Issue } from '../issues.js';
import type { CriteriaRelease, Requirement } from '../schemas/criteria.js';

/**
 * One semantic check of a criteria release that the schema cannot express (the pattern of
 * browser-compat-data's linters: one small rule per file, each with its own table-driven test).
 */
export interface CriteriaRule {
  /** The rule's name, in kebab case (the file it lives in). */
  readonly name: string;
  /** What the rule checks, in one sentence. */
  readonly description: string;
  /** The part of a release the rule looks at. */
  readonly scope: 'release' | 'levels' | 'ids' | 'items' | 'requirements' | 'texts';
  /** Every issue the rule finds, in any order; `validateCriteria` sorts them. */
  readonly check: (release: CriteriaRelease) => Issue[];
}

/** A requirement with its JSON path and the path of the item that holds it. */
export interface PlacedRequirement {
  readonly requirement: Requirement;
  readonly path: string;
}

/** Every requirement of a release with its JSON path, in document order. */
export function placedRequirements(release: CriteriaRelease): PlacedRequirement[] {
  const out: PlacedRequirement[] = [];
  for (const [ci, c] of release.categories.entries())
    for (const [ii, it] of c.items.entries())
      for (const [ri, r] of it.requirements.entries()) out.push({ requirement: r, path: `$.categories[${ci}].items[${ii}].requirements[${ri}]` });
  return out;
}
