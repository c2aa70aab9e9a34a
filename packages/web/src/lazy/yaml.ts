/**
 * The YAML reader and writer, loaded only when a YAML file is opened or saved. Reading goes
 * through the same reader as the CLI (`readYaml` in @sisc/criteria): the input budget, linear
 * duplicate keys, alias limits, one document per file.
 */
import { readYaml } from '@sisc/criteria';
import { stringify as stringifyYaml } from 'yaml';
import type { ReadProblem } from '../lazy.js';

export interface YamlRead {
  /** The data; undefined when a problem stopped the reading. */
  value: unknown;
  /** What is wrong, in English words, with the line and column it was found at. */
  problems: ReadProblem[];
}

/** Reads one YAML document as JSON data, within the input budget. */
export function parse(text: string): YamlRead {
  const read = readYaml(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return {
    value: read.value,
    problems: read.problems.filter((p) => p.severity === 'error').map((p) => ({ line: p.line, column: p.column, message: p.message, ...(p.budget ? { budget: { limit: p.budget.limit, value: p.budget.value } } : {}) })),
  };
}

/** Writes an assessment as YAML, keys in the order given, long texts unfolded. */
export function stringify(data: unknown): string {
  return stringifyYaml(data, { lineWidth: 0 });
}
