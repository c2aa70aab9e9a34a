/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace UUID and a name). The same inputs
 * always give the same UUID, so a regenerated OSCAL or CycloneDX document keeps its identifiers.
 */
import { sha1 } from '@noble/hashes/legacy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The RFC 9562 namespace for URLs (6ba7b811-…). */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * The namespace of every UUID sisc derives: uuidv5(URL_NAMESPACE, "https://sisc.dev/interop").
 * Fixed forever: changing it would change every identifier ever exported.
 */
export const SISC_NAMESPACE = '3cc21653-1834-5cf1-8f06-2e171edf1f64';

/** The version 5 UUID of `name` (UTF-8) in `namespace`, lowercase. */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new TypeError(`uuidV5: the namespace must be a UUID, but found ${JSON.stringify(namespace)}`);
  const ns = namespace.replace(/-/g, '');
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(ns.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A sisc UUID: version 5 in SISC_NAMESPACE of the parts joined with "/". */
export function siscUuid(...parts: readonly string[]): string {
  return uuidV5(SISC_NAMESPACE, parts.join('/'));
}
