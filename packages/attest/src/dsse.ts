/**
 * DSSE (Dead Simple Signing Envelope, https://github.com/secure-systems-lab/dsse, protocol v1):
 * what is signed is the pre-authentication encoding of the payload type and the payload bytes.
 */

/** The payload type of an in-toto statement in a DSSE envelope. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** One signature of an envelope: `sig` is base64; `keyid` names the key (here: hex SHA-256 of its SPKI). */
export interface DsseSignature {
  keyid: string;
  sig: string;
}

/** A DSSE envelope: the payload (base64), its type, and one or more signatures over PAE(type, payload). */
export interface DsseEnvelope {
  payloadType: string;
  payload: string;
  signatures: DsseSignature[];
}

/**
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, where LEN is the length in
 * bytes written in ASCII decimal and type is UTF-8 (DSSE protocol §"Signature definition").
 */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = new TextEncoder().encode(payloadType);
  const head = new TextEncoder().encode(`DSSEv1 ${type.length} `);
  const mid = new TextEncoder().encode(` ${payload.length} `);
  const out = new Uint8Array(head.length + type.length + mid.length + payload.length);
  out.set(head, 0);
  out.set(type, head.length);
  out.set(mid, head.length + type.length);
  out.set(payload, head.length + type.length + mid.length);
  return out;
}
