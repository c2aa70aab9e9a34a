import { z } from 'zod';
import { IssueSchema } from './schemas/issue.js';
import { AssessmentSchema } from './schemas/assessment.js';
import { CriteriaReleaseSchema } from './schemas/criteria.js';
import { CriteriaDiffSchema } from './schemas/diff.js';
import { EvaluationResultSchema } from './schemas/result.js';
import { SCHEMA_IDS, type SchemaName } from './version.js';

const SOURCES: Record<SchemaName, { schema: z.ZodType; io: 'input' | 'output' }> = {
  // Documents people write: fields with a default may be left out, so `input` mode.
  criteria: { schema: CriteriaReleaseSchema, io: 'input' },
  assessment: { schema: AssessmentSchema, io: 'input' },
  // Documents sisc produces: every field is written out, so `output` mode.
  result: { schema: EvaluationResultSchema, io: 'output' },
  diff: { schema: CriteriaDiffSchema, io: 'output' },
  issue: { schema: IssueSchema, io: 'output' },
};

export const SCHEMA_NAMES = Object.keys(SOURCES) as SchemaName[];

/** The JSON Schema (draft 2020-12) of one document type, generated from the zod schema. */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
  const source = SOURCES[name];
  const generated = z.toJSONSchema(source.schema, {
    target: 'draft-2020-12',
    io: source.io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_IDS[name], ...rest };
}
