/** XML text for the OOXML parts: escaping on the way out, a small tolerant reader on the way in. */

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an element or attribute. Control characters are written as OOXML's `_xHHHH_`
 * escape (and a literal `_x` as `_x005F_x`), which Excel and the reader turn back into the character.
 */
export function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(INVALID_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Entities and character references decoded, then OOXML's `_xHHHH_` escapes. */
export function decodeXml(text: string): string {
  const decoded = text.indexOf('&') < 0 ? text : text.replace(/&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITY[e]!;
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
  return decoded.indexOf('_x') < 0 ? decoded : decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The attributes of a start tag's inside (`r="A1" t="s"`), names without namespace prefix. */
export function attributes(inside: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of inside.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.includes(':') && !m[1]!.startsWith('xmlns') ? m[1]!.slice(m[1]!.indexOf(':') + 1) : m[1]!;
    out[name] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** An element name with any namespace prefix allowed: `c` matches <c> and <x:c>. */
export const el = (name: string) => `(?:[\\w.-]+:)?${name}`;

/** The text of every <t> inside a string item (<si> or <is>), skipping phonetic runs (<rPh>). */
export function stringItemText(inner: string): string {
  const withoutPhonetic = inner.replace(new RegExp(`<${el('rPh')}\\b[\\s\\S]*?</${el('rPh')}>`, 'g'), '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(new RegExp(`<${el('t')}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${el('t')}>)`, 'g'))) out += m[1] ?? '';
  return decodeXml(out);
}
