import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { criteriaVersions } from '@sisc/criteria';
import { SCHEMA_NAMES, toJsonSchema, type SchemaName } from '@sisc/model';
import { positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { usageError } from '../_errors.js';
import { writeOutput } from '../_files.js';
import { messages } from '../_messages.js';

export const schemaOptions = {
  criteria: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** The editor schemas of the criteria sources, shipped by @sisc/criteria. */
const SOURCE_SCHEMAS = ['criteria-release-file', 'criteria-category-file'] as const;

export function schemaNames(): string[] {
  return [...SCHEMA_NAMES, ...SOURCE_SCHEMAS];
}

function criteriaSchemaFile(file: string): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return readFileSync(require.resolve(`@sisc/criteria/schemas/${file}`), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `sisc schema NAME`: one of the JSON Schemas (draft 2020-12) of the formats, exactly as published
 * in schemas/v1; with --criteria V, the assessment schema typed for that release (its requirement
 * IDs and their texts).
 */
export async function schemaCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const names = schemaNames();
  const [name] = positionals(ctx, parsed, [ctx.lang === 'ja' ? 'スキーマ名（NAME）' : 'the schema NAME']);
  if (!names.includes(name!)) throw usageError(t.badChoice('NAME', name!, names));
  const version = stringOption(parsed, 'criteria');
  let text: string | undefined;
  if (version !== undefined) {
    if (name !== 'assessment') throw usageError(t.badChoice('NAME', name!, ['assessment']));
    const versions = criteriaVersions();
    if (!versions.includes(version)) throw usageError(t.badChoice('--criteria', version, versions));
    text = criteriaSchemaFile(`assessment-${version}.schema.json`);
    if (text === undefined) throw usageError(t.notAvailable(`assessment-${version}.schema.json`, '@sisc/criteria'));
  } else if ((SCHEMA_NAMES as readonly string[]).includes(name!)) {
    text = `${JSON.stringify(toJsonSchema(name as SchemaName), null, 2)}\n`;
  } else {
    text = criteriaSchemaFile(`${name}.schema.json`);
    if (text === undefined) throw usageError(t.notAvailable(`${name}.schema.json`, '@sisc/criteria'));
  }
  writeOutput(ctx, text, stringOption(parsed, 'out'), parsed.values.force === true);
  return EXIT_OK;
}
