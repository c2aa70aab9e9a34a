/** The attest package's generated file: the JSON Schema of the predicate, in schemas/v1 at the repository root. */
import { join } from 'node:path';
import { z } from 'zod';
import { DeclarationPredicateSchema, PREDICATE_SCHEMA_ID } from '../src/index.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

export function predicateJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DeclarationPredicateSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: PREDICATE_SCHEMA_ID, ...rest };
}

/** Every generated file of the package: absolute path → content. */
export function attestFiles(): Map<string, string> {
  const name = PREDICATE_SCHEMA_ID.split('/').pop()!;
  return new Map([[join(REPO_ROOT, 'schemas', 'v1', name), `${JSON.stringify(predicateJsonSchema(), null, 2)}\n`]]);
}
