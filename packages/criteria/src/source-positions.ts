/**
 * Position mapping: a JSON path into an assembled release → the source file, line and column it
 * comes from (a category's path into its own file, everything else into release.yaml).
 */
import type { Document, LineCounter } from 'yaml';
import { yamlLocator } from './read-yaml.js';
import type { Issue } from '@sisc/model';
import type { ParsedFile, SourceIssue } from './source-files.js';

/** Splits a JSON path such as $.categories[0].items[1]["a b"] into segments. */
export function splitJsonPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const re = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  re.lastIndex = path.startsWith('$') ? 1 : 0;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else if (m[3] !== undefined) segments.push(JSON.parse(m[3]) as string);
  }
  return segments;
}

/** Maps an issue on the assembled release back to the file and line it comes from. */
export function locate(i: Issue, releaseFile: ParsedFile, sources: readonly (ParsedFile | undefined)[]): SourceIssue {
  const where = sourceOf(i.path, releaseFile, sources);
  const located = at(where.file, where.segments, i);
  const first = i.params?.first;
  if (typeof first === 'string' && first.startsWith('$')) {
    const w = sourceOf(first, releaseFile, sources);
    const pos = position(w.file, w.segments);
    located.message += ` (first at ${w.file.path}:${pos.line}:${pos.column})`;
  }
  return located;
}

function sourceOf(path: string, releaseFile: ParsedFile, sources: readonly (ParsedFile | undefined)[]): { file: ParsedFile; segments: (string | number)[] } {
  const segments = splitJsonPath(path);
  if (segments[0] === 'categories' && typeof segments[1] === 'number') {
    const file = sources[segments[1]];
    if (file) return { file, segments: segments.slice(2) };
    return { file: releaseFile, segments: segments.slice(0, 2) };
  }
  return { file: releaseFile, segments };
}

export function at(file: ParsedFile, segments: readonly (string | number)[], i: Issue): SourceIssue {
  const pos = position(file, segments);
  return { ...i, message: `${file.path}:${pos.line}:${pos.column}: ${i.message}`, file: file.path, line: pos.line, column: pos.column };
}

/** The line and column of the deepest node along `segments` that exists (a key's position for map entries). */
export function position(file: ParsedFile, segments: readonly (string | number)[]): { line: number; column: number } {
  return file.locate(segments) ?? { line: 1, column: 1 };
}

/**
 * Walks JSON path segments down a parsed YAML document and gives the line and column (1-based) of
 * the deepest node that exists: a map entry points at its key, a list item at the item. Undefined
 * when the document has no content.
 */
export function yamlPosition(doc: Document.Parsed, lines: LineCounter, segments: readonly (string | number)[]): { line: number; column: number } | undefined {
  return yamlLocator(doc, lines)(segments);
}

