/**
 * Ed25519 keys through WebCrypto (`globalThis.crypto.subtle`, in Node ≥ 20 and current browsers):
 * PEM in and out, and the key ID, the hex SHA-256 of the public key's SPKI (DER).
 */
import { sha256Hex } from '@sisc/model';
import { fromBase64, toBase64 } from './_base64.js';

const ED25519 = { name: 'Ed25519' } as const;
/** An Ed25519 SPKI is a fixed 12-byte header and the 32-byte key (RFC 8410). */
const SPKI_LENGTH = 44;
const SPKI_HEADER = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

/** A private key: a WebCrypto key, or PKCS#8 as PEM text or DER bytes. */
export type PrivateKeyInput = CryptoKey | string | Uint8Array;
/** A public key: a WebCrypto key, or SPKI as PEM text or DER bytes. */
export type PublicKeyInput = CryptoKey | string | Uint8Array;

export interface KeyPairPem {
  /** PKCS#8, PEM ("-----BEGIN PRIVATE KEY-----"). Keep it secret. */
  privateKey: string;
  /** SPKI, PEM ("-----BEGIN PUBLIC KEY-----"). Publish it. */
  publicKey: string;
  /** Hex SHA-256 of the SPKI (DER): the `keyid` of every signature made with this key. */
  keyid: string;
}

/** A copy backed by a plain ArrayBuffer, as WebCrypto's types ask. */
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

function subtle(): SubtleCrypto {
  const s = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!s) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available in this runtime; Node ≥ 20 or a current browser is needed.');
  return s;
}

/** PEM text with this label → DER bytes, or undefined when it is not one. */
export function pemToDer(pem: string, label: 'PRIVATE KEY' | 'PUBLIC KEY'): Uint8Array | undefined {
  const m = new RegExp(`^\\s*-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]*)-----END ${label}-----\\s*$`).exec(pem);
  if (!m) return undefined;
  return fromBase64(m[1]!.replace(/\s+/g, ''));
}

export function derToPem(der: Uint8Array, label: 'PRIVATE KEY' | 'PUBLIC KEY'): string {
  const b64 = toBase64(der);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The key ID of an Ed25519 SPKI (DER): 64 lowercase hex digits. */
export function keyIdOfSpki(spki: Uint8Array): string {
  return sha256Hex(spki);
}

/** True when the bytes are an Ed25519 public key in SPKI form. */
export function isEd25519Spki(der: Uint8Array): boolean {
  return der.length === SPKI_LENGTH && SPKI_HEADER.every((b, i) => der[i] === b);
}

/** A new Ed25519 key pair, as PEM, with its key ID. */
export async function generateKeyPair(): Promise<KeyPairPem> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  return { privateKey: derToPem(pkcs8, 'PRIVATE KEY'), publicKey: derToPem(spki, 'PUBLIC KEY'), keyid: keyIdOfSpki(spki) };
}

/** The signing key and its public half's SPKI. Throws (a caller error) when the input is not an Ed25519 private key. */
export async function importPrivateKey(input: PrivateKeyInput): Promise<{ key: CryptoKey; spki: Uint8Array }> {
  let key: CryptoKey;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const der = typeof input === 'string' ? pemToDer(input, 'PRIVATE KEY') : input;
    if (!der) throw new TypeError('The private key is not a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); make one with `sisc keygen`.');
    try {
      // Extractable, so the public half can be derived (WebCrypto has no direct way for Ed25519).
      key = await subtle().importKey('pkcs8', buf(der), ED25519, true, ['sign']);
    } catch {
      throw new TypeError('The private key is not an Ed25519 key in PKCS#8 form; make one with `sisc keygen`.');
    }
  } else {
    key = input;
  }
  if (key.type !== 'private' || key.algorithm.name !== 'Ed25519') throw new TypeError('The private key must be an Ed25519 private key.');
  return { key, spki: await spkiOfPrivate(key) };
}

/**
 * The SPKI of the public half of an Ed25519 private key, through its JWK (which carries `x`, the
 * public key). Needs an extractable key.
 */
async function spkiOfPrivate(key: CryptoKey): Promise<Uint8Array> {
  if (!key.extractable) throw new TypeError('The private key must be extractable, so that its key ID can be computed.');
  const jwk = await subtle().exportKey('jwk', key);
  const x = typeof jwk.x === 'string' ? fromBase64(jwk.x) : undefined;
  if (x?.length !== 32) throw new TypeError('The private key has no Ed25519 public part.');
  const spki = new Uint8Array(SPKI_LENGTH);
  spki.set(SPKI_HEADER, 0);
  spki.set(x, SPKI_HEADER.length);
  return spki;
}

/** A public key ready to verify with, and its key ID; or why it cannot be used. */
export async function importPublicKey(input: unknown): Promise<{ key: CryptoKey; keyid: string } | { problem: string }> {
  let spki: Uint8Array | undefined;
  if (typeof input === 'string') spki = input.length <= 4096 ? pemToDer(input, 'PUBLIC KEY') : undefined;
  else if (input instanceof Uint8Array) spki = input;
  else if (typeof CryptoKey !== 'undefined' && input instanceof CryptoKey) {
    if (input.type !== 'public' || input.algorithm.name !== 'Ed25519' || !input.extractable) return { problem: 'not an extractable Ed25519 public key' };
    spki = new Uint8Array(await subtle().exportKey('spki', input));
  }
  if (!spki || !isEd25519Spki(spki)) return { problem: 'not an Ed25519 public key in SPKI form (PEM "-----BEGIN PUBLIC KEY-----")' };
  try {
    const key = await subtle().importKey('spki', buf(spki), ED25519, false, ['verify']);
    return { key, keyid: keyIdOfSpki(spki) };
  } catch {
    return { problem: 'not an Ed25519 public key in SPKI form (PEM "-----BEGIN PUBLIC KEY-----")' };
  }
}

export async function ed25519Sign(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(ED25519, key, buf(data)));
}

export async function ed25519Verify(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    return await subtle().verify(ED25519, key, buf(signature), buf(data));
  } catch {
    return false;
  }
}
