/**
 * Deterministic JSON and SHA-256 that run the same in Node and browsers (no `node:crypto`, no
 * async WebCrypto). The hash is @noble/hashes' (audited), not a hand-written one.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * JSON text with object keys sorted by code point (integer-like keys included, unlike
 * JSON.stringify of a sorted copy), recursively; `undefined` members dropped. Compact unless
 * `indent` is given.
 */
export function stableStringify(value: unknown, indent?: number): string {
  return canonical(value, indent ? ' '.repeat(indent) : '', '\n') ?? 'null';
}

function canonical(value: unknown, step: string, nl: string): string | undefined {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' || value === undefined ? undefined : JSON.stringify(value);
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonical((value as { toJSON: () => unknown }).toJSON(), step, nl);
  const inner = step ? nl + step : '';
  const sep = step ? ': ' : ':';
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const v of value) parts.push(canonical(v, step, inner) ?? 'null');
    if (parts.length === 0) return '[]';
    return step ? `[${inner}${parts.join(`,${inner}`)}${nl}]` : `[${parts.join(',')}]`;
  }
  for (const key of Object.keys(value).sort()) {
    const v = canonical((value as Record<string, unknown>)[key], step, inner);
    if (v !== undefined) parts.push(`${JSON.stringify(key)}${sep}${v}`);
  }
  if (parts.length === 0) return '{}';
  return step ? `{${inner}${parts.join(`,${inner}`)}${nl}}` : `{${parts.join(',')}}`;
}

export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // defineProperty: a key such as "__proto__" stays an ordinary own property.
      if (v !== undefined) Object.defineProperty(out, key, { value: sortKeysDeep(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** SHA-256 of the UTF-8 encoding of `text` (or of raw bytes), as 64 lowercase hex digits. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

/** The digest recorded for a Japanese text when its English translation is made (16 hex digits). */
export function textDigest(ja: string): string {
  return sha256Hex(ja).slice(0, 16);
}
