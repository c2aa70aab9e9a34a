import type { Category, CriteriaRelease, Item, Level, Requirement } from '@sisc/model';

export interface RequirementAt {
  readonly requirement: Requirement;
  readonly item: string;
  readonly category: string;
  readonly path: string;
}
export interface ItemAt {
  readonly item: Item;
  readonly category: string;
  readonly path: string;
}
export interface CategoryAt {
  readonly category: Category;
  readonly path: string;
}

/** A parsed release indexed by ID, so that comparing two releases is linear in their size. */
export interface ReleaseIndex {
  readonly release: CriteriaRelease;
  readonly levels: ReadonlyMap<number, Level>;
  readonly categories: ReadonlyMap<string, CategoryAt>;
  readonly items: ReadonlyMap<string, ItemAt>;
  readonly requirements: ReadonlyMap<string, RequirementAt>;
}

export function indexRelease(release: CriteriaRelease): ReleaseIndex {
  const levels = new Map<number, Level>();
  for (const l of release.levels) levels.set(l.level, l);
  const categories = new Map<string, CategoryAt>();
  const items = new Map<string, ItemAt>();
  const requirements = new Map<string, RequirementAt>();
  release.categories.forEach((category, ci) => {
    const cp = `$.categories[${ci}]`;
    categories.set(category.id, { category, path: cp });
    category.items.forEach((item, ii) => {
      const ip = `${cp}.items[${ii}]`;
      items.set(item.id, { item, category: category.id, path: ip });
      item.requirements.forEach((requirement, ri) => {
        requirements.set(requirement.id, { requirement, item: item.id, category: category.id, path: `${ip}.requirements[${ri}]` });
      });
    });
  });
  return { release, levels, categories, items, requirements };
}

/** True when the ID names a requirement, item or category of the release. */
export function hasId(index: ReleaseIndex, id: string): boolean {
  return index.requirements.has(id) || index.items.has(id) || index.categories.has(id);
}
