/**
 * Reading a JSON text from outside within the input budget (`INPUT_BUDGET` in @sisc/model), the
 * counterpart of `readYaml`: the byte limit, how deep it nests (checked before JSON.parse builds
 * anything), keys that appear twice in one object (JSON.parse silently keeps the last), and the
 * line and column of a JSON path (for issues) without a second parser. Everything works on the
 * text in time linear in it: each object or array is indexed once, on the first lookup that
 * enters it, and nesting is bounded by the budget.
 *
 * Shared by the CLI and the web page, so both read JSON the same way.
 */
import { INPUT_BUDGET } from '@sisc/model';
import type { YamlProblem } from './read-yaml.js';

/** The UTF-8 length of a text, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

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

/**
 * Where an unexpected token is, from V8's message when it gives no position: `Unexpected token 'x',
 * …"context"… is not valid JSON`, the context being up to 10 characters either side of the token.
 */
function tokenOffset(text: string, message: string): number | undefined {
  const m = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return undefined;
  const [, token, cut, context] = m as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(context);
  if (start === -1) return undefined;
  const within = cut ? 10 : context.indexOf(token);
  return within === -1 ? undefined : start + within;
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

export interface DuplicateKey {
  key: string;
  first: JsonPosition;
  second: JsonPosition;
}

/**
 * The keys that appear twice in one object of a JSON text. One pass over the text, which
 * JSON.parse has already accepted; at most 100 are reported.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // Per open object: its keys and where each was first seen; null for an open array.
  const stack: (Map<string, JsonPosition> | null)[] = [];
  let expectKey = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length && out.length < 100; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 123 /* { */) {
      stack.push(new Map());
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      expectKey = stack.at(-1) != null;
    } else if (c === 34 /* " */) {
      const start = i;
      i = skipString(text, i);
      const keys = stack.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        const pos = { line, column: start - lineStart + 1 };
        const first = keys.get(key);
        if (first) out.push({ key, first, second: pos });
        else keys.set(key, pos);
      }
      expectKey = false;
    }
  }
  return out;
}

/** A problem found while reading a JSON text: the same shape as the YAML reader's. */
export type JsonProblem = YamlProblem;

export interface ReadJson {
  /** The data; undefined when any problem was found. */
  value: unknown;
  problems: JsonProblem[];
  /** The line and column of the value a path names, or of its nearest existing parent. */
  locate(segments: readonly (string | number)[]): JsonPosition | undefined;
}

const count = (n: number) => n.toLocaleString('en-US');
const nowhere = () => undefined;

/** `maxBytes` raises or lowers the byte budget (the CLI's --max-bytes); the other limits are fixed. */
export function readJson(rawText: string, options: { maxBytes?: number } = {}): ReadJson {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const maxBytes = options.maxBytes ?? INPUT_BUDGET.bytes;
  const bytes = text.length > maxBytes / 3 ? utf8Length(text) : text.length;
  const refuse = (problem: JsonProblem): ReadJson => ({ value: undefined, problems: [problem], locate: nowhere });
  if (bytes > maxBytes) {
    return refuse({ severity: 'error', code: 'TOO_BIG', message: `the file is ${count(bytes)} bytes, more than the ${count(maxBytes)} a sisc document may have; it was not read`, line: 1, column: 1, budget: { limit: 'bytes', value: maxBytes, found: bytes } });
  }
  const deep = jsonDepth(text);
  if (deep) {
    return refuse({ severity: 'error', code: 'TOO_DEEP', message: `the file is nested more than ${INPUT_BUDGET.depth} levels deep here; no sisc document is`, ...deep, budget: { limit: 'depth', value: INPUT_BUDGET.depth } });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : tokenOffset(text, message);
    const pos = lineCol ? { line: Number(lineCol[1]), column: Number(lineCol[2]) } : offset !== undefined ? lineColumn(lineStarts(text), offset) : { line: 1, column: 1 };
    const detail = message
      .replace(/ in JSON at position \d+[\s\S]*$/, '')
      .replace(/\s*\(line \d+ column \d+\)[\s\S]*$/, '')
      .replace(/, "[\s\S]*" is not valid JSON$/, '');
    return refuse({ severity: 'error', code: 'UNREADABLE', message: detail, ...pos });
  }
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) {
    return {
      value: undefined,
      locate: nowhere,
      problems: duplicates.map((d) => ({
        severity: 'error',
        code: 'DUPLICATE_KEY',
        message: `the key "${d.key}" appears twice in the same object, at line ${d.first.line} column ${d.first.column} and at line ${d.second.line} column ${d.second.column}; keep one`,
        ...d.second,
      })),
    };
  }
  let index: JsonIndex | undefined;
  return {
    value,
    problems: [],
    locate: (segments) => (index ??= indexJson(text)).locate(segments),
  };
}
