/** ID checks on category sources that are not yet valid (before the model's own checks can run). */
import { issue, type Issue } from '@sisc/model';

/** Duplicate category, item and requirement IDs in not-yet-valid data (same messages as validateCriteria). */
export function duplicateIds(categories: readonly unknown[]): Issue[] {
  const out: Issue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: unknown, path: string, what: string) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) out.push(issue('duplicate-id', 'error', path, `${path}: the ${what} ID "${id}" is already used at ${first}; IDs must be unique and are never reused.`, { params: { id, first } }));
    else seen.set(id, path);
  };
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const field = (v: unknown, k: string): unknown => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined);
  categories.forEach((c, ci) => {
    claim(field(c, 'id'), `$.categories[${ci}].id`, 'category');
    list(field(c, 'items')).forEach((it, ii) => {
      claim(field(it, 'id'), `$.categories[${ci}].items[${ii}].id`, 'item');
      list(field(it, 'requirements')).forEach((r, ri) => {
        claim(field(r, 'id'), `$.categories[${ci}].items[${ii}].requirements[${ri}].id`, 'requirement');
      });
    });
  });
  return out;
}

