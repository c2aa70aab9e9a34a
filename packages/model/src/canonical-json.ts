/**
 * Canonical JSON per RFC 8785, the JSON Canonicalization Scheme (JCS): object members sorted by the
 * UTF-16 code units of their names, no white space, numbers as ECMAScript writes them
 * (Number.prototype.toString: shortest round-trip form, `1e+21`, `-0` as `0`), strings with only
 * the escapes JSON requires (`\"`, `\\`, `\b \f \n \r \t`, other controls as `\u00xx`).
 *
 * Every digest sisc computes over JSON data (a criteria release, an assessment, a signed statement)
 * is the SHA-256 of this text. JCS is defined over I-JSON (RFC 7493) data, so it refuses what JSON
 * cannot carry exactly: NaN and ±Infinity, strings with a lone surrogate (half of a UTF-16 pair),
 * BigInt, functions, symbols, cycles. `stableStringify` (digest.ts), used before JCS was adopted,
 * gives the same text for every value JCS accepts; on those it wrote `null` or a `\udxxx` escape.
 */
import { INPUT_BUDGET } from './budget.js';
import { jsonPath, type PathSegment } from './json-path.js';

export type CanonicalizeOutcome = { success: true; data: string } | { success: false; path: string; reason: string };

/** Matches a lone surrogate: in a `u` regex, a well-formed pair is one code point, not two. */
const LONE_SURROGATE = /\p{Cs}/u;

class NotCanonical extends Error {
  constructor(
    readonly segments: PathSegment[],
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The JCS text of `value`, or where and why it cannot be canonicalized. Never throws. Nesting is
 * limited to INPUT_BUDGET.depth levels (every document sisc reads is within it).
 */
export function safeCanonicalize(value: unknown): CanonicalizeOutcome {
  try {
    return { success: true, data: write(value, [], new Set()) };
  } catch (e) {
    if (e instanceof NotCanonical) return { success: false, path: jsonPath(e.segments), reason: e.reason };
    return { success: false, path: '$', reason: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The JCS (RFC 8785) text of `value`.
 * @throws CanonicalizationError naming the path and the reason when `value` is not JSON data
 *   (NaN, Infinity, a lone surrogate, a BigInt, a function, a cycle…).
 */
export function canonicalize(value: unknown): string {
  const out = safeCanonicalize(value);
  if (!out.success) throw new CanonicalizationError(out.path, out.reason);
  return out.data;
}

/** Thrown by `canonicalize` for a value that is not JSON data. */
export class CanonicalizationError extends Error {
  override readonly name = 'CanonicalizationError';
  readonly code = 'not-canonicalizable';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: cannot be written as canonical JSON (RFC 8785): ${reason}`);
  }
}

function write(value: unknown, at: PathSegment[], open: Set<object>): string {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new NotCanonical(at, 'the text contains a lone surrogate (half of a UTF-16 pair), which JSON data cannot carry');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonical(at, `${String(value)} is not a JSON number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new NotCanonical(at, `a ${typeof value} is not JSON data`);
  }
  if (value === null) return 'null';
  if (at.length > INPUT_BUDGET.depth) throw new NotCanonical(at, `nested more than ${INPUT_BUDGET.depth} levels deep`);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return write((value as { toJSON: () => unknown }).toJSON(), at, open);
  if (open.has(value)) throw new NotCanonical(at, 'the value contains itself');
  open.add(value);
  let out: string;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i++) parts.push(write(value[i], [...at, i], open));
    out = `[${parts.join(',')}]`;
  } else {
    const parts: string[] = [];
    // Array.prototype.sort without a comparator compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue; // an absent member, as JSON.stringify leaves it out
      if (LONE_SURROGATE.test(key)) throw new NotCanonical([...at, key], 'the name contains a lone surrogate (half of a UTF-16 pair), which JSON data cannot carry');
      parts.push(`${JSON.stringify(key)}:${write(v, [...at, key], open)}`);
    }
    out = `{${parts.join(',')}}`;
  }
  open.delete(value);
  return out;
}
