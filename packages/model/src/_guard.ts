import { jsonPath } from './json-path.js';
import { issue, type Issue } from './issues.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;

/**
 * Walks any value before schema checks: reports keys that could pollute a prototype and nesting
 * too deep for a sane document, without recursion (so a hostile document cannot overflow the stack).
 */
export function guardInput(value: unknown): Issue[] {
  const out: Issue[] = [];
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      const p = jsonPath(path);
      out.push(issue('too-deep', 'error', p, `${p}: the document is nested more than ${MAX_DEPTH} levels deep here; no sisc document is.`, { params: { limit: MAX_DEPTH } }));
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN.has(key)) {
        const p = jsonPath([...path, key]);
        out.push(issue('forbidden-key', 'error', p, `${p}: "${key}" cannot be used as a field name.`, { params: { field: key } }));
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return out;
}
