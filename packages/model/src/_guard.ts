import { jsonPath } from './json-path.js';
import { issue, type Issue } from './issues.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;
/**
 * The most values (objects, arrays, strings, numbers…) a document may hold, counted as the document
 * is walked: a value reached twice (a YAML alias, a shared object) counts each time, so an alias
 * "bomb" that expands to millions of values is refused after the first million, quickly.
 */
export const MAX_NODES = 1_000_000;

type Frame = { v: unknown; path: PropertyKey[] } | { leave: object };

/**
 * Walks any value before schema checks: reports keys that could pollute a prototype, nesting too
 * deep for a sane document, a value that contains itself (a cyclic object graph, or a YAML alias
 * inside its own anchor), and documents larger than MAX_NODES values. No recursion, so a hostile
 * document cannot overflow the stack; time linear in the values walked, which are at most MAX_NODES.
 */
export function guardInput(value: unknown): Issue[] {
  const out: Issue[] = [];
  const stack: Frame[] = [{ v: value, path: [] }];
  // The objects on the path from the root to the current one: meeting one again is a cycle.
  const open = new Set<object>();
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      open.delete(frame.leave);
      continue;
    }
    const { v, path } = frame;
    if (++nodes > MAX_NODES) {
      const p = jsonPath(path);
      out.push(
        issue('too-big', 'error', '$', `$: the document holds more than ${MAX_NODES.toLocaleString('en-US')} values (counting every expansion of a YAML alias); it was not read further (stopped at ${p}).`, {
          params: { limit: MAX_NODES },
        }),
      );
      break;
    }
    if (v === null || typeof v !== 'object') continue;
    if (open.has(v)) {
      const p = jsonPath(path);
      out.push(issue('too-deep', 'error', p, `${p}: this value contains itself (a YAML alias used inside its own anchor, or a cyclic object), so the document is endlessly deep.`, { params: { limit: MAX_DEPTH } }));
      continue;
    }
    if (path.length > MAX_DEPTH) {
      const p = jsonPath(path);
      out.push(issue('too-deep', 'error', p, `${p}: the document is nested more than ${MAX_DEPTH} levels deep here; no sisc document is.`, { params: { limit: MAX_DEPTH } }));
      continue;
    }
    open.add(v);
    stack.push({ leave: v });
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
