/**
 * The model's generated files: JSON Schemas (schemas/v1 at the repository root, and the copy shipped
 * in @sisc/model) and TypeScript types generated from those schemas by json-schema-to-typescript.
 */
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { SCHEMA_NAMES, SCHEMA_IDS, toJsonSchema, type SchemaName } from '../src/index.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const MODEL_ROOT = join(import.meta.dirname, '..');

export const TYPE_NAMES: Record<SchemaName, string> = {
  criteria: 'CriteriaReleaseDocument',
  assessment: 'AssessmentDocument',
  result: 'EvaluationResultDocument',
  diff: 'CriteriaDiffDocument',
  issue: 'IssueDocument',
};

export function schemaFileName(name: SchemaName): string {
  return SCHEMA_IDS[name].split('/').pop()!;
}

const BANNER = '/* Generated from schemas/v1 by json-schema-to-typescript. Do not edit: run `pnpm generate`. */';

/** Every generated file of the model: absolute path → content. */
export async function modelFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const exports: string[] = [];
  for (const name of SCHEMA_NAMES) {
    const schema = toJsonSchema(name);
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    files.set(join(REPO_ROOT, 'schemas', 'v1', schemaFileName(name)), text);
    files.set(join(MODEL_ROOT, 'schemas', 'v1', schemaFileName(name)), text);
    const ts = await compile(withoutTitles(schema) as never, TYPE_NAMES[name], {
      bannerComment: BANNER,
      additionalProperties: false,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
      ignoreMinAndMaxItems: true,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    const file = `${name}.ts`;
    files.set(join(MODEL_ROOT, 'src', 'generated', file), ts);
    exports.push(`export type { ${TYPE_NAMES[name]} } from './${name}.js';`);
  }
  files.set(join(MODEL_ROOT, 'src', 'generated', 'index.ts'), `${BANNER}\n${exports.join('\n')}\n`);
  return files;
}

/** Titles and $id would rename the generated types; the names are set in TYPE_NAMES instead. */
function withoutTitles(value: unknown, isMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutTitles(v));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([k]) => isMap || (k !== 'title' && k !== '$id'));
    // Under `properties` and `$defs` the keys are names, not keywords: keep them all.
    return Object.fromEntries(entries.map(([k, v]) => [k, withoutTitles(v, !isMap && (k === 'properties' || k === '$defs'))]));
  }
  return value;
}
