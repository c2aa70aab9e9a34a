import Ajv2020Module from 'ajv/dist/2020.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attestFiles, REPO_ROOT } from '../scripts/_attest-files.js';
import { makeStatement, PREDICATE_SCHEMA_ID } from '../src/index.js';
import { AS_OF, DRAFT, EXAMPLES, example } from './_fixtures.js';

describe('schemas/v1/declaration-predicate.schema.json', () => {
  it('is up to date (run `pnpm generate` when this fails)', () => {
    const stale = [...attestFiles()].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content).map(([path]) => relative(REPO_ROOT, path));
    expect(stale, `stale generated files — run \`pnpm generate\`: ${stale.join(', ')}`).toEqual([]);
  });

  it('validates the predicate of every example, and rejects a wrong one', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'v1', 'declaration-predicate.schema.json'), 'utf8'));
    expect(schema.$id).toBe(PREDICATE_SCHEMA_ID);
    const Ajv2020 = ((Ajv2020Module as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    for (const name of EXAMPLES) {
      const { predicate } = makeStatement(example(name), DRAFT, { asOf: AS_OF });
      expect(validate(predicate), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...predicate, achievedLevel: 'one' })).toBe(false);
      expect(validate({ ...predicate, extra: 1 })).toBe(false);
    }
  });
});
