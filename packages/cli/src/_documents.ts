/**
 * Reading JSON and YAML documents so that every issue can point at a line: the text is parsed
 * with `yaml` (parseDocument + LineCounter), and the JSON path of an issue is walked back to the
 * node it names.
 */
import { INPUT_BUDGET, issue, type Issue } from '@sisc/model';
import { readJson, readYaml, splitJsonPath, yamlLocator, type YamlProblem } from '@sisc/criteria';

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
  const params = yamlCode ? { detail, yamlCode } : { detail };
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
function problemIssue(name: string, e: YamlProblem, format: 'YAML' | 'JSON' = 'YAML'): LocatedIssue {
  if (!e.budget) return syntaxIssue(name, { line: e.line, column: e.column }, `${format}: ${e.message}`, e.severity, format === 'YAML' ? e.code : undefined);
  return budgetIssue(name, { line: e.line, column: e.column }, e.code === 'TOO_DEEP' ? 'too-deep' : 'too-big', e.message, { budget: e.budget.limit, limit: e.budget.value, ...(e.budget.found === undefined ? {} : { found: e.budget.found }) });
}

function budgetIssue(name: string, pos: Position, code: 'too-big' | 'too-deep', message: string, params: Record<string, string | number>): LocatedIssue {
  return { ...issue(code, 'error', '$', `$: ${message}.`, { params }), file: name, line: pos.line, column: pos.column };
}

function parseJson(name: string, text: string, maxBytes: number): LoadedDocument {
  const read = readJson(text, { maxBytes });
  const syntaxIssues = read.problems.map((e) => problemIssue(name, e, 'JSON'));
  return { name, format: 'json', text, value: read.value, syntaxIssues, locate: (path) => read.locate(splitJsonPath(path)) };
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
