/**
 * Reading JSON and YAML documents so that every issue can point at a line: the text is parsed
 * with `yaml` (parseDocument + LineCounter), and the JSON path of an issue is walked back to the
 * node it names.
 */
import { INPUT_BUDGET, issue, type Issue } from '@sisc/model';
import { readYaml, splitJsonPath, utf8Length, yamlLocator, type YamlProblem } from '@sisc/criteria';
import { indexJson, jsonDepth, type JsonIndex } from './_json-text.js';

export type DocumentFormat = 'json' | 'yaml';

/** An issue with the place in a file it is about (1-based line and column). */
export type LocatedIssue = Issue & { file?: string; line?: number; column?: number };

export interface Position {
  line: number;
  column: number;
}

export interface LoadedDocument {
  /** The name shown in messages: the file name as given, or <stdin>. */
  name: string;
  format: DocumentFormat;
  text: string;
  /** The parsed value; undefined when the text could not be parsed (see syntaxIssues). */
  value: unknown;
  /** Syntax errors (and YAML warnings), each with file, line and column. */
  syntaxIssues: LocatedIssue[];
  /** The line and column of the node a JSON path names, or of its nearest existing parent. */
  locate: (path: string) => Position | undefined;
}

/** JSON for .json files, YAML for .yaml / .yml; otherwise JSON when the text starts with { or [. */
export function detectFormat(name: string, text: string): DocumentFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/** `maxBytes`: the byte budget (INPUT_BUDGET.bytes unless --max-bytes says otherwise). */
export function parseText(name: string, rawText: string, format: DocumentFormat = detectFormat(name, rawText), maxBytes: number = INPUT_BUDGET.bytes): LoadedDocument {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  return format === 'json' ? parseJson(name, text, maxBytes) : parseYaml(name, text, maxBytes);
}

function syntaxIssue(name: string, pos: Position | undefined, detail: string, severity: 'error' | 'warning' = 'error', yamlCode?: string): LocatedIssue {
  const params: Record<string, string> = yamlCode ? { detail, yamlCode } : { detail };
  const out: LocatedIssue = { ...issue('invalid-syntax', severity, '$', `$: the file cannot be read (${detail}).`, { params }), file: name };
  if (pos) {
    out.line = pos.line;
    out.column = pos.column;
  }
  return out;
}

function parseYaml(name: string, text: string, maxBytes: number): LoadedDocument {
  const read = readYaml(text, { maxBytes });
  const syntaxIssues = read.problems.map((e) => problemIssue(name, e));
  const locate = read.doc ? yamlLocator(read.doc, read.lines) : () => undefined;
  return { name, format: 'yaml', text, value: read.value, syntaxIssues, locate: (path) => locate(splitJsonPath(path)) };
}

/** A problem the YAML reader found, as an issue: the input budget's own codes, or a syntax error. */
function problemIssue(name: string, e: YamlProblem): LocatedIssue {
  if (!e.budget) return syntaxIssue(name, { line: e.line, column: e.column }, `YAML: ${e.message}`, e.severity, e.code);
  return budgetIssue(name, { line: e.line, column: e.column }, e.code === 'TOO_DEEP' ? 'too-deep' : 'too-big', e.message, { budget: e.budget.limit, limit: e.budget.value, ...(e.budget.found === undefined ? {} : { found: e.budget.found }) });
}

function budgetIssue(name: string, pos: Position, code: 'too-big' | 'too-deep', message: string, params: Record<string, string | number>): LocatedIssue {
  return { ...issue(code, 'error', '$', `$: ${message}.`, { params }), file: name, line: pos.line, column: pos.column };
}

function parseJson(name: string, text: string, maxBytes: number): LoadedDocument {
  const bytes = text.length > maxBytes / 3 ? utf8Length(text) : text.length;
  if (bytes > maxBytes) {
    const detail = `the file is ${bytes.toLocaleString('en-US')} bytes, more than the ${maxBytes.toLocaleString('en-US')} a sisc document may have; it was not read`;
    return { name, format: 'json', text, value: undefined, syntaxIssues: [budgetIssue(name, { line: 1, column: 1 }, 'too-big', detail, { budget: 'bytes', limit: maxBytes, found: bytes })], locate: () => undefined };
  }
  const depth = jsonDepth(text);
  if (depth) {
    const detail = `the file is nested more than ${INPUT_BUDGET.depth} levels deep here; no sisc document is`;
    return { name, format: 'json', text, value: undefined, syntaxIssues: [budgetIssue(name, depth, 'too-deep', detail, { budget: 'depth', limit: INPUT_BUDGET.depth })], locate: () => undefined };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
    const pos = lineCol ? { line: Number(lineCol[1]), column: Number(lineCol[2]) } : at ? positionOf(text, Number(at[1])) : undefined;
    const detail = `JSON: ${message
      .replace(/ in JSON at position \d+[^]*$/, '')
      .replace(/\s*\(line \d+ column \d+\)[^]*$/, '')
      .replace(/, "[^]*" is not valid JSON$/, '')}`;
    return { name, format: 'json', text, value: undefined, syntaxIssues: [syntaxIssue(name, pos, detail)], locate: () => undefined };
  }
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) {
    const syntaxIssues = duplicates.map((d) =>
      syntaxIssue(name, d.second, `JSON: the key "${d.key}" appears twice in the same object, at line ${d.first.line} column ${d.first.column} and at line ${d.second.line} column ${d.second.column}; keep one`),
    );
    return { name, format: 'json', text, value: undefined, syntaxIssues, locate: () => undefined };
  }
  let index: JsonIndex | undefined;
  const locate = (path: string) => {
    index ??= indexJson(text);
    return index.locate(splitJsonPath(path));
  };
  return { name, format: 'json', text, value, syntaxIssues: [], locate };
}

interface DuplicateKey {
  key: string;
  first: Position;
  second: Position;
}

/**
 * The keys that appear twice in one object of a JSON text (JSON.parse silently keeps the last).
 * One pass over the text, which JSON.parse has already accepted; at most 100 are reported.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // Per open object: its keys and where each was first seen; null for an open array.
  const stack: (Map<string, Position> | null)[] = [];
  let expectKey = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length && out.length < 100; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 123 /* { */) {
      stack.push(new Map());
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      expectKey = stack.at(-1) != null;
    } else if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      const keys = stack.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        const pos = { line, column: start - lineStart + 1 };
        const first = keys.get(key);
        if (first) out.push({ key, first, second: pos });
        else keys.set(key, pos);
      }
      expectKey = false;
    }
  }
  return out;
}

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Adds the file, line and column of each issue's path. */
export function locateIssues(doc: LoadedDocument, issues: readonly Issue[]): LocatedIssue[] {
  return issues.map((i) => {
    const pos = doc.locate(i.path);
    const out: LocatedIssue = { ...i, file: doc.name };
    if (pos) {
      out.line = pos.line;
      out.column = pos.column;
    }
    return out;
  });
}
