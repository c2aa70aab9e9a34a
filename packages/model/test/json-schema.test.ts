import Ajv2020Module from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_IDS } from '@sisc/model';
import { brokenFixtures, fixture } from './_fixtures.js';
import { REPO_ROOT, schemaFileName } from '../scripts/_model-files.js';

const load = (name: keyof typeof SCHEMA_IDS) => JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'v1', schemaFileName(name)), 'utf8'));

function validator(name: keyof typeof SCHEMA_IDS) {
  const Ajv2020 = ((Ajv2020Module as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(load(name));
}

describe('schemas/v1', () => {
  it('carry a stable $id and the draft 2020-12 dialect', () => {
    for (const name of Object.keys(SCHEMA_IDS) as (keyof typeof SCHEMA_IDS)[]) {
      const s = load(name);
      expect(s.$id).toBe(SCHEMA_IDS[name]);
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('validate the example documents', () => {
    expect(validator('criteria')(fixture('release.json'))).toBe(true);
    expect(validator('assessment')(fixture('assessment.json'))).toBe(true);
  });

  it.each(brokenFixtures('assessment-'))('reject the broken assessment %s', (_name, doc) => {
    expect(validator('assessment')(doc)).toBe(false);
  });

  it.each(brokenFixtures('release-'))('reject the broken release %s', (_name, doc) => {
    expect(validator('criteria')(doc)).toBe(false);
  });
});
