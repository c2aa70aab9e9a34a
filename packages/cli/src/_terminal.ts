/**
 * Text from a document, made safe for a terminal: control characters (C0, DEL, C1) and the
 * characters that reorder text (bidi embeddings, overrides and isolates, marks) are shown as
 * `\uXXXX`, so a file can neither move the cursor, clear the screen, plant a hyperlink, nor make
 * one text look like another. Tabs and line breaks are shown too: a document's text is one line.
 * Used for every document-derived string in text output; JSON output stays exact.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
