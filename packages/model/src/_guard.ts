import { INPUT_BUDGET } from './budget.js';
import { jsonPath } from './json-path.js';
import { issue, type Issue } from './issues.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = INPUT_BUDGET.depth;
export const MAX_NODES = INPUT_BUDGET.nodes;

/** A path as a linked list, turned into segments only when an issue names it. */
interface PathNode {
  readonly up: PathNode | undefined;
  readonly key: PropertyKey;
  readonly depth: number;
}
type Frame = { v: unknown; at: PathNode | undefined } | { leave: object };

function segments(at: PathNode | undefined): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let n = at; n !== undefined; n = n.up) out.push(n.key);
  return out.reverse();
}
const pathOf = (at: PathNode | undefined) => jsonPath(segments(at));
const child = (up: PathNode | undefined, key: PropertyKey): PathNode => ({ up, key, depth: (up?.depth ?? 0) + 1 });

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
  const stack: Frame[] = [{ v: value, at: undefined }];
  // The objects on the path from the root to the current one: meeting one again is a cycle.
  const open = new Set<object>();
  let nodes = 1;
  const tooMany = (at: PathNode | undefined) => {
    const p = pathOf(at);
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
    const { v, at } = frame;
    const depth = at?.depth ?? 0;
    if (v === null || typeof v !== 'object') continue;
    if (open.has(v)) {
      const p = pathOf(at);
      out.push(issue('too-deep', 'error', p, `${p}: this value contains itself (a YAML alias used inside its own anchor, or a cyclic object), so the document is endlessly deep.`, { params: { limit: MAX_DEPTH, budget: 'depth', reason: 'contains itself' } }));
      continue;
    }
    if (depth > MAX_DEPTH) {
      const p = pathOf(at);
      out.push(issue('too-deep', 'error', p, `${p}: the document is nested more than ${MAX_DEPTH} levels deep here; no sisc document is.`, { params: { limit: MAX_DEPTH, budget: 'depth' } }));
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > INPUT_BUDGET.arrayLength) {
        const p = pathOf(at);
        out.push(issue('too-big', 'error', p, `${p}: this list has ${count(v.length)} items, more than the ${count(INPUT_BUDGET.arrayLength)} a document may hold in one list; it was not read further.`, { params: { limit: INPUT_BUDGET.arrayLength, budget: 'arrayLength', found: v.length } }));
        continue;
      }
      if (nodes + v.length > MAX_NODES) {
        tooMany(at);
        break;
      }
      nodes += v.length;
      open.add(v);
      stack.push({ leave: v });
      for (let i = v.length - 1; i >= 0; i--) {
        const x: unknown = v[i];
        // Only objects are walked further; a leaf is already counted.
        if (x !== null && typeof x === 'object') stack.push({ v: x, at: child(at, i) });
      }
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > INPUT_BUDGET.keysPerObject) {
      const p = pathOf(at);
      out.push(issue('too-big', 'error', p, `${p}: this object has ${count(keys.length)} keys, more than the ${count(INPUT_BUDGET.keysPerObject)} a document may hold in one object; it was not read further.`, { params: { limit: INPUT_BUDGET.keysPerObject, budget: 'keysPerObject', found: keys.length } }));
      continue;
    }
    if (nodes + keys.length > MAX_NODES) {
      tooMany(at);
      break;
    }
    nodes += keys.length;
    open.add(v);
    stack.push({ leave: v });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN.has(key)) {
        const p = pathOf(child(at, key));
        out.push(issue('forbidden-key', 'error', p, `${p}: "${key}" cannot be used as a field name.`, { params: { field: key } }));
        continue;
      }
      const x = (v as Record<string, unknown>)[key];
      if (x !== null && typeof x === 'object') stack.push({ v: x, at: child(at, key) });
    }
  }
  return out;
}
