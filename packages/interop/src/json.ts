/** The one way sisc writes an exported document: JSON, two-space indent, final newline. Same document, same bytes. */
export function toJsonText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
