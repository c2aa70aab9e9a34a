import { INPUT_BUDGET } from './budget.js';
import { jsonPath } from './json-path.js';
import { issue, type Issue } from './issues.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = INPUT_BUDGET.depth;
export const MAX_NODES = INPUT_BUDGET.nodes;

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
  if (value === null || typeof value !== 'object') return out;
  // The objects met, as parallel arrays (no frame or path object per value): the object, its
  // parent's index, the key it is at and its depth. A path is spelled out only for an issue.
  const vals: object[] = [value];
  const ups: number[] = [-1];
  const keys: PropertyKey[] = [''];
  const depths: number[] = [0];
  const stack: number[] = [0];
  // Every object expanded so far; one met again is a cycle only if it is its own ancestor (a YAML
  // alias or shared object elsewhere is walked again, and counted again).
  const seen = new Set<object>();
  const segmentsOf = (i: number): PropertyKey[] => {
    const segs: PropertyKey[] = [];
    for (let n = i; n > 0; n = ups[n]!) segs.push(keys[n]!);
    return segs.reverse();
  };
  const pathOf = (i: number) => jsonPath(segmentsOf(i));
  let nodes = 1;
  const tooMany = (i: number) => {
    const p = pathOf(i);
    out.push(
      issue('too-big', 'error', '$', `$: the document holds more than ${count(MAX_NODES)} values (counting every expansion of a YAML alias); it was not read further (stopped at ${p}).`, {
        params: { limit: MAX_NODES, budget: 'nodes', at: p },
      }),
    );
  };
  const push = (v: object, up: number, key: PropertyKey) => {
    stack.push(vals.length);
    vals.push(v);
    ups.push(up);
    keys.push(key);
    depths.push(depths[up]! + 1);
  };
  while (stack.length > 0) {
    const i = stack.pop()!;
    const v = vals[i]!;
    if (seen.has(v)) {
      let a = ups[i]!;
      while (a >= 0 && vals[a] !== v) a = ups[a]!;
      if (a >= 0) {
        const p = pathOf(i);
        out.push(issue('too-deep', 'error', p, `${p}: this value contains itself (a YAML alias used inside its own anchor, or a cyclic object), so the document is endlessly deep.`, { params: { limit: MAX_DEPTH, budget: 'depth', reason: 'contains itself' } }));
        continue;
      }
    }
    if (depths[i]! > MAX_DEPTH) {
      const p = pathOf(i);
      out.push(issue('too-deep', 'error', p, `${p}: the document is nested more than ${MAX_DEPTH} levels deep here; no sisc document is.`, { params: { limit: MAX_DEPTH, budget: 'depth' } }));
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > INPUT_BUDGET.arrayLength) {
        const p = pathOf(i);
        out.push(issue('too-big', 'error', p, `${p}: this list has ${count(v.length)} items, more than the ${count(INPUT_BUDGET.arrayLength)} a document may hold in one list; it was not read further.`, { params: { limit: INPUT_BUDGET.arrayLength, budget: 'arrayLength', found: v.length } }));
        continue;
      }
      if (nodes + v.length > MAX_NODES) {
        tooMany(i);
        break;
      }
      nodes += v.length;
      seen.add(v);
      for (let k = v.length - 1; k >= 0; k--) {
        const x: unknown = v[k];
        // Only objects are walked further; a leaf is already counted.
        if (x !== null && typeof x === 'object') push(x, i, k);
      }
      continue;
    }
    const own = Object.keys(v);
    if (own.length > INPUT_BUDGET.keysPerObject) {
      const p = pathOf(i);
      out.push(issue('too-big', 'error', p, `${p}: this object has ${count(own.length)} keys, more than the ${count(INPUT_BUDGET.keysPerObject)} a document may hold in one object; it was not read further.`, { params: { limit: INPUT_BUDGET.keysPerObject, budget: 'keysPerObject', found: own.length } }));
      continue;
    }
    if (nodes + own.length > MAX_NODES) {
      tooMany(i);
      break;
    }
    nodes += own.length;
    seen.add(v);
    for (let k = own.length - 1; k >= 0; k--) {
      const key = own[k]!;
      if (FORBIDDEN.has(key)) {
        const p = jsonPath([...segmentsOf(i), key]);
        out.push(issue('forbidden-key', 'error', p, `${p}: "${key}" cannot be used as a field name.`, { params: { field: key } }));
        continue;
      }
      const x = (v as Record<string, unknown>)[key];
      if (x !== null && typeof x === 'object') push(x, i, key);
    }
  }
  return out;
}
