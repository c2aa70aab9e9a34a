import { INPUT_BUDGET } from './budget.js';
import { jsonPath } from './json-path.js';
import { issue, type Issue } from './issues.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = INPUT_BUDGET.depth;
export const MAX_NODES = INPUT_BUDGET.nodes;

type Frame = { v: unknown; path: PropertyKey[] } | { leave: object };

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Walks any value before schema checks, within the input budget (budget.ts): keys that could
 * pollute a prototype, nesting deeper than `depth`, a value that contains itself (a cyclic object
 * graph, or a YAML alias inside its own anchor), an object with more than `keysPerObject` keys, an
 * array longer than `arrayLength`, and more than `nodes` values in all (a value reached twice —
 * a YAML alias, a shared object — counts each time, so an alias "bomb" is refused quickly).
 * No recursion, so a hostile document cannot overflow the stack. Values are counted before they
 * are queued, so the work done and the memory held never exceed the budget.
 */
export function guardInput(value: unknown): Issue[] {
  const out: Issue[] = [];
  const stack: Frame[] = [{ v: value, path: [] }];
  // The objects on the path from the root to the current one: meeting one again is a cycle.
  const open = new Set<object>();
  let nodes = 1;
  const tooMany = (path: PropertyKey[]) => {
    const p = jsonPath(path);
    out.push(
      issue('too-big', 'error', '$', `$: the document holds more than ${count(MAX_NODES)} values (counting every expansion of a YAML alias); it was not read further (stopped at ${p}).`, {
        params: { limit: MAX_NODES, budget: 'nodes', at: p },
      }),
    );
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      open.delete(frame.leave);
      continue;
    }
    const { v, path } = frame;
    if (v === null || typeof v !== 'object') continue;
    if (open.has(v)) {
      const p = jsonPath(path);
      out.push(issue('too-deep', 'error', p, `${p}: this value contains itself (a YAML alias used inside its own anchor, or a cyclic object), so the document is endlessly deep.`, { params: { limit: MAX_DEPTH, budget: 'depth', reason: 'contains itself' } }));
      continue;
    }
    if (path.length > MAX_DEPTH) {
      const p = jsonPath(path);
      out.push(issue('too-deep', 'error', p, `${p}: the document is nested more than ${MAX_DEPTH} levels deep here; no sisc document is.`, { params: { limit: MAX_DEPTH, budget: 'depth' } }));
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > INPUT_BUDGET.arrayLength) {
        const p = jsonPath(path);
        out.push(issue('too-big', 'error', p, `${p}: this list has ${count(v.length)} items, more than the ${count(INPUT_BUDGET.arrayLength)} a document may hold in one list; it was not read further.`, { params: { limit: INPUT_BUDGET.arrayLength, budget: 'arrayLength', found: v.length } }));
        continue;
      }
      if (nodes + v.length > MAX_NODES) {
        tooMany(path);
        break;
      }
      nodes += v.length;
      open.add(v);
      stack.push({ leave: v });
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > INPUT_BUDGET.keysPerObject) {
      const p = jsonPath(path);
      out.push(issue('too-big', 'error', p, `${p}: this object has ${count(keys.length)} keys, more than the ${count(INPUT_BUDGET.keysPerObject)} a document may hold in one object; it was not read further.`, { params: { limit: INPUT_BUDGET.keysPerObject, budget: 'keysPerObject', found: keys.length } }));
      continue;
    }
    if (nodes + keys.length > MAX_NODES) {
      tooMany(path);
      break;
    }
    nodes += keys.length;
    open.add(v);
    stack.push({ leave: v });
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
