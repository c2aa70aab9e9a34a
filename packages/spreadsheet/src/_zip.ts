/**
 * The zip container of an XLSX file. Writing: our own headers around fflate's deflate, every
 * entry dated 1980-01-01 00:00 (the earliest DOS date), so the same parts give the same bytes in
 * every time zone. Reading: the central directory is parsed here, and each part is inflated with
 * fflate's streaming inflater in small chunks, counting the bytes it produces, so a zip bomb is
 * stopped as soon as the parts pass the byte limit instead of filling memory.
 */
import { deflateSync, Inflate } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01

/** A zip archive of the given parts, in the order given, deflated. Deterministic. */
export function writeZip(parts: readonly (readonly [name: string, data: Uint8Array])[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = enc.encode(name);
    const compressed = deflateSync(data, { level: 6 });
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // names in UTF-8
    lv.setUint16(8, 8, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    lv.setUint16(28, 0, true);
    local.set(nameBytes, 30);
    chunks.push(local, compressed);

    const cd = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    cd.set(nameBytes, 46);
    central.push(cd);
    offset += local.length + compressed.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Why a file could not be opened as a zip archive. */
export type ZipProblem =
  | { kind: 'encrypted-cfb' }
  | { kind: 'not-zip' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'encrypted-entry'; name: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'too-big'; limit: number; name: string }
  | { kind: 'too-many-entries'; limit: number; found: number };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  crc: number;
}

export interface ZipReader {
  names: readonly string[];
  /** The bytes of one part, or a problem; undefined when there is no such part. */
  read(name: string): Uint8Array | ZipProblem | undefined;
}

const MAX_ENTRIES = 10_000;

/**
 * Opens a zip archive. `maxBytes` bounds the bytes all parts read together may inflate to; going
 * over stops the inflater at once.
 */
export function openZip(bytes: Uint8Array, maxBytes: number): ZipReader | ZipProblem {
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { kind: 'encrypted-cfb' };
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { kind: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'corrupt', detail: 'the end of the zip directory is missing (the file is cut short or damaged)' };
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return { kind: 'unsupported', detail: 'ZIP64 archives are not read' };
  if (count > MAX_ENTRIES) return { kind: 'too-many-entries', limit: MAX_ENTRIES, found: count };
  if (cdOffset + cdSize > eocd) return { kind: 'corrupt', detail: 'the zip directory points outside the file' };
  const dec = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return { kind: 'corrupt', detail: 'the zip directory is damaged' };
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > eocd) return { kind: 'corrupt', detail: 'the zip directory is damaged' };
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, { name, method, flags, compressedSize, size, localOffset, crc: view.getUint32(p + 16, true) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  let produced = 0;
  const read = (name: string): Uint8Array | ZipProblem | undefined => {
    const e = entries.get(name);
    if (!e) return undefined;
    if (e.flags & 1) return { kind: 'encrypted-entry', name };
    const lo = e.localOffset;
    if (lo + 30 > bytes.length || view.getUint32(lo, true) !== 0x04034b50) return { kind: 'corrupt', detail: `the part ${name} is damaged` };
    const start = lo + 30 + view.getUint16(lo + 26, true) + view.getUint16(lo + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.length) return { kind: 'corrupt', detail: `the part ${name} is cut short` };
    const data = bytes.subarray(start, end);
    if (produced + e.size > maxBytes) return { kind: 'too-big', limit: maxBytes, name };
    if (e.method === 0) {
      produced += data.length;
      if (produced > maxBytes) return { kind: 'too-big', limit: maxBytes, name };
      return data.slice();
    }
    if (e.method !== 8) return { kind: 'unsupported', detail: `the part ${name} is compressed with method ${e.method}; only deflate is read` };
    const out: Uint8Array[] = [];
    let length = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      length += chunk.length;
      if (produced + length > maxBytes) {
        over = true;
        throw new Error('over');
      }
      out.push(chunk);
    });
    const CHUNK = 16 * 1024;
    try {
      for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, Math.min(data.length, i + CHUNK)), i + CHUNK >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (over) return { kind: 'too-big', limit: maxBytes, name };
      return { kind: 'corrupt', detail: `the part ${name} cannot be decompressed (${err instanceof Error ? err.message : String(err)})` };
    }
    produced += length;
    const whole = new Uint8Array(length);
    let at = 0;
    for (const c of out) {
      whole.set(c, at);
      at += c.length;
    }
    if (crc32(whole) !== e.crc) return { kind: 'corrupt', detail: `the part ${name} is damaged (its checksum does not match)` };
    return whole;
  };
  return { names: [...entries.keys()], read };
}
