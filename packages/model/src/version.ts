/** Version of the JSON formats (schemas/v1). A breaking change to any shape makes v2. */
export const FORMAT_VERSION = 1;
export const SCHEMA_BASE_URI = 'https://sisc.dev/schemas/v1/';
export const SCHEMA_IDS = {
  criteria: `${SCHEMA_BASE_URI}criteria-release.schema.json`,
  assessment: `${SCHEMA_BASE_URI}assessment.schema.json`,
  result: `${SCHEMA_BASE_URI}evaluation-result.schema.json`,
  diff: `${SCHEMA_BASE_URI}criteria-diff.schema.json`,
  issue: `${SCHEMA_BASE_URI}issue.schema.json`,
} as const;
export type SchemaName = keyof typeof SCHEMA_IDS;
