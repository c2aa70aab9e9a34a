/**
 * Reading the YAML source files of a criteria release (release.yaml + one file per category): each
 * file parsed once, its syntax problems as issues with file, line and column. Pure: no file system.
 */
import { issue, type Issue } from '@sisc/model';
import { readYaml, yamlLocator } from './read-yaml.js';

export interface SourceFile {
  /** The file's path, as it should appear in messages, e.g. data/1.0.0-draft.1/GOV.yaml. */
  path: string;
  text: string;
}

/** An issue with the place in the source files it comes from (1-based line and column). */
export type SourceIssue = Issue & { file?: string; line?: number; column?: number };

export interface ParsedFile {
  path: string;
  name: string;
  /** Where a JSON path is in the file (undefined when the file was refused before parsing). */
  locate: (segments: readonly (string | number)[]) => { line: number; column: number } | undefined;
  value: unknown;
  broken: boolean;
}

export const YAML_EXT = /\.ya?ml$/;

export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? `the text ${JSON.stringify(v)}` : `${typeof v} ${String(v)}`;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
export function dirName(path: string): string {
  const parts = path.split(/[\\/]/);
  parts.pop();
  return parts.join('/');
}

/** A YAML value that is a release source (release.yaml: categories listed by ID) or a category source. */
export function looksLikeCriteriaSource(value: unknown): 'release' | 'category' | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.categories) && v.categories.every((c) => typeof c === 'string') && ('levels' in v || 'scheme' in v)) return 'release';
  if (typeof v.id === 'string' && Array.isArray(v.items) && !('answers' in v)) return 'category';
  return undefined;
}

/** Parses one source file; its YAML problems go to `out`, each with file, line and column. */
export function parseSourceFile(f: SourceFile, out: SourceIssue[]): ParsedFile {
  const read = readYaml(f.text);
  const name = baseName(f.path);
  for (const e of read.problems) {
    const params: Record<string, string | number> = { detail: e.message, yamlCode: e.code };
    if (e.budget) Object.assign(params, { budget: e.budget.limit, limit: e.budget.value }, e.budget.found === undefined ? {} : { found: e.budget.found });
    const code = e.code === 'TOO_BIG' ? 'too-big' : e.code === 'TOO_DEEP' ? 'too-deep' : 'invalid-syntax';
    const message = e.budget
      ? `${f.path}:${e.line}:${e.column}: ${e.message}.`
      : `${f.path}:${e.line}:${e.column}: YAML ${e.severity === 'error' ? 'syntax error' : 'warning'} (${e.code}): ${e.message}.`.replace(/\.\.$/, '.');
    out.push({ ...issue(code, e.severity, '$', message, { params }), file: f.path, line: e.line, column: e.column });
  }
  const broken = read.problems.some((e) => e.severity === 'error');
  const locate = read.doc ? yamlLocator(read.doc, read.lines) : () => undefined;
  return { path: f.path, name, locate, value: read.value, broken };
}

