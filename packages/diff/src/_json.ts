import { sortKeysDeep, stableStringify } from '@sisc/model';

/** Deep equality of JSON values, independent of key order; `undefined` members count as absent. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return stableStringify(a) === stableStringify(b);
}

/** A plain JSON copy with keys sorted, so before/after values are the same whatever the source order. */
export function plain<T>(value: T): T {
  return (value === undefined ? undefined : sortKeysDeep(value)) as T;
}

/** The members of a list, each as plain JSON, sorted by their canonical JSON: order in the source does not matter. */
export function canonicalList<T>(values: readonly T[]): T[] {
  return values
    .map((v) => [stableStringify(v), plain(v)] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([, v]) => v);
}
