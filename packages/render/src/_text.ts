/**
 * Terminal text, one more render format: ANSI styling that does nothing when colour is off, text
 * from a document made safe for a terminal, and columns lined up by display width (East Asian
 * wide characters take two columns).
 */

/** ANSI styling; every function returns its text unchanged when colour is off. */
export interface Paint {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

function sgr(on: boolean, open: number, close: number): (text: string) => string {
  return on ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

export function paint(enabled: boolean): Paint {
  return {
    enabled,
    bold: sgr(enabled, 1, 22),
    dim: sgr(enabled, 2, 22),
    red: sgr(enabled, 31, 39),
    green: sgr(enabled, 32, 39),
    yellow: sgr(enabled, 33, 39),
    cyan: sgr(enabled, 36, 39),
  };
}

/**
 * Text from a document, made safe for a terminal: control characters (C0, DEL, C1) and the
 * characters that reorder text (bidi embeddings, overrides and isolates, marks) are shown as
 * `\uXXXX`, so a file can neither move the cursor, clear the screen, plant a hyperlink, nor make
 * one text look like another. Tabs and line breaks are shown too: a document's text is one line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Columns a text takes in a terminal: East Asian wide and full-width characters take two.
 * Enough to line up tables of Japanese names; not a full implementation of UAX #11.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200b) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Pads a text with spaces to `width` terminal columns. */
export function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

export function padStart(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}

/** Rows as lined-up columns (the last column is not padded), each line indented. */
export function table(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[], indent = '  '): string[] {
  const widths = align.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) =>
    (
      indent +
      r
        .map((cell, i) => (align[i] === 'r' ? padStart(cell, widths[i]!) : i === r.length - 1 ? cell : padEnd(cell, widths[i]!)))
        .join('  ')
    ).trimEnd(),
  );
}

/** Reads the optional `color` of text options (default off: a file or a pipe). */
export function readColor(options: unknown): Paint {
  return paint((options as { color?: unknown } | null)?.color === true);
}
