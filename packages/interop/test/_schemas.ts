/** The official JSON Schemas, compiled once: OSCAL 1.2.1 (copies here) and CycloneDX 1.6 (from the devDependency). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const oscalDir = join(import.meta.dirname, 'schemas', 'oscal-1.2.1');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

export const OSCAL_SCHEMA_FILES = {
  catalog: 'oscal_catalog_schema.json',
  profile: 'oscal_profile_schema.json',
  mapping: 'oscal_mapping_schema.json',
  'assessment-plan': 'oscal_assessment-plan_schema.json',
  'assessment-results': 'oscal_assessment-results_schema.json',
} as const;
export type OscalModel = keyof typeof OSCAL_SCHEMA_FILES;

const cache = new Map<string, ValidateFunction>();

function ajv(): Ajv {
  // draft-07 schemas: the default Ajv class, with formats; strict off (the schemas use keywords
  // and unions Ajv's strict mode rejects). unicodeRegExp for OSCAL's \p{L} patterns.
  const a = new Ajv({ strict: false, allErrors: true, unicodeRegExp: true, validateSchema: false });
  (addFormats as unknown as (a: Ajv) => void)(a);
  // CycloneDX's "iri-reference" (RFC 3987) is not in ajv-formats: an IRI reference is a URI
  // reference that may also hold non-ASCII characters, so check it as one after percent-encoding.
  a.addFormat('iri-reference', (value: string) => {
    try {
      new URL(encodeURI(value), 'http://base.invalid/');
      return !/[\s<>"{}|\\^`]/.test(value);
    } catch {
      return false;
    }
  });
  // "idn-email" (RFC 6531: an address whose parts may be non-ASCII): one @, neither side empty, no spaces.
  a.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  return a;
}

export function oscalValidator(model: OscalModel): ValidateFunction {
  let v = cache.get(model);
  if (!v) {
    v = ajv().compile(read(join(oscalDir, OSCAL_SCHEMA_FILES[model])));
    cache.set(model, v);
  }
  return v;
}

export const CYCLONEDX_SCHEMA_DIR = join(dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');

export function cyclonedxValidator(): ValidateFunction {
  let v = cache.get('cyclonedx');
  if (!v) {
    const a = ajv();
    // bom-1.6 refers to "spdx.SNAPSHOT.schema.json" and "jsf-0.82.SNAPSHOT.schema.json" relative
    // to its $id; register them under those names.
    a.addSchema(read(join(CYCLONEDX_SCHEMA_DIR, 'spdx.SNAPSHOT.schema.json')), 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
    a.addSchema(read(join(CYCLONEDX_SCHEMA_DIR, 'jsf-0.82.SNAPSHOT.schema.json')), 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
    v = a.compile(read(join(CYCLONEDX_SCHEMA_DIR, 'bom-1.6.SNAPSHOT.schema.json')));
    cache.set('cyclonedx', v);
  }
  return v;
}

/** The schema errors as short lines, for a readable failure. */
export function schemaErrors(validate: ValidateFunction, doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
