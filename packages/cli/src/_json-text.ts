/**
 * Positions in a JSON text without a second parser: how deep it nests (checked before JSON.parse
 * builds anything), and the line and column of a JSON path (for issues). Both work on the text
 * that JSON.parse accepts, in time linear in it: each object or array is indexed once, on the
 * first lookup that enters it, and nesting is bounded by the input budget.
 */
import { INPUT_BUDGET } from '@sisc/model';

export interface JsonPosition {
  line: number;
  column: number;
}

/** Where the text first nests deeper than the budget allows (outside strings), or undefined. */
export function jsonDepth(text: string): JsonPosition | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) i = skipString(text, i);
    else if (c === 123 || c === 91) {
      // One more than the object walk allows, as the root counts here and not there.
      if (++depth > INPUT_BUDGET.depth + 1) return lineColumn(lineStarts(text), i);
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

export interface JsonIndex {
  /** The line and column of the value a path names, or of its nearest existing parent. */
  locate(segments: readonly (string | number)[]): JsonPosition | undefined;
}

/** The offset just past the string that starts at `i`. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 92 /* \ */) i++;
    else if (d === 34) return i;
  }
  return i;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just past the value that starts at `i` (the text is valid JSON). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i) + 1;
  if (c === 123 || c === 91) {
    let depth = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 34) i = skipString(text, i);
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return i + 1;
    }
    return i;
  }
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === 44 || d === 125 || d === 93 || isSpace(d)) break;
    i++;
  }
  return i;
}

/** The start offsets of the members of the object or array at `i`: keys for objects, indexes for arrays. */
function members(text: string, i: number): Map<string, { key: number; value: number }> | number[] {
  const open = text.charCodeAt(i);
  i = skipSpace(text, i + 1);
  if (open === 91) {
    const items: number[] = [];
    while (i < text.length && text.charCodeAt(i) !== 93) {
      items.push(i);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) === 44) i = skipSpace(text, i + 1);
    }
    return items;
  }
  const keys = new Map<string, { key: number; value: number }>();
  while (i < text.length && text.charCodeAt(i) === 34) {
    const end = skipString(text, i);
    const key = JSON.parse(text.slice(i, end + 1)) as string;
    let v = skipSpace(text, end + 1);
    if (text.charCodeAt(v) === 58 /* : */) v = skipSpace(text, v + 1);
    // JSON.parse keeps the last of duplicate keys; duplicates are refused before this is used.
    keys.set(key, { key: i, value: v });
    i = skipSpace(text, skipValue(text, v));
    if (text.charCodeAt(i) === 44) i = skipSpace(text, i + 1);
  }
  return keys;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineColumn(starts: readonly number[], offset: number): JsonPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function indexJson(text: string): JsonIndex {
  const cache = new Map<number, ReturnType<typeof members>>();
  let starts: number[] | undefined;
  const root = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return {
    locate(segments) {
      if (root >= text.length) return undefined;
      let at = root;
      let shown = root;
      for (const s of segments) {
        const c = text.charCodeAt(at);
        if (c !== 123 && c !== 91) break;
        let m = cache.get(at);
        if (!m) cache.set(at, (m = members(text, at)));
        if (Array.isArray(m)) {
          const next = typeof s === 'number' ? m[s] : undefined;
          if (next === undefined) break;
          at = shown = next;
        } else {
          const next = m.get(String(s));
          if (!next) break;
          shown = next.key;
          at = next.value;
        }
      }
      starts ??= lineStarts(text);
      return lineColumn(starts, shown);
    },
  };
}
