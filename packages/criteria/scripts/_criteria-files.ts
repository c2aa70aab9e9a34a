/**
 * Everything @sisc/criteria generates from its YAML sources, as path → content. `generate.ts`
 * writes these files; the tests build them in memory and compare with the committed ones.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { z } from 'zod';
import semver from 'semver';
import { stableStringify, toJsonSchema, type CriteriaRelease, type Issue } from '@sisc/model';
import { compileCriteriaSources, type SourceIssue } from '../src/compile-sources.js';
import { CriteriaCategoryFileSchema, CriteriaReleaseFileSchema } from '../src/source-schemas.js';
import { buildIdLedger, checkIdHistory } from '../src/ledger.js';

export const PACKAGE_ROOT = join(import.meta.dirname, '..');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
export const RELEASED_FILE = join(PACKAGE_ROOT, 'released.json');
export const LEDGER_FILE = join(PACKAGE_ROOT, 'ledger.json');
const SCHEMA_BASE = 'https://sisc.dev/schemas/criteria/';

export const BANNER_TS = '/* Generated from packages/criteria/data by scripts/generate.ts. Do not edit: run `pnpm generate`. */';

export interface CompiledRelease {
  version: string;
  release: CriteriaRelease;
  digest: string;
  /** Canonical JSON: keys sorted, 2-space indent, trailing newline. */
  json: string;
  /** Warnings from compiling the sources, e.g. stale translations. */
  warnings: SourceIssue[];
}

/** The YAML source files of one release directory, with paths relative to the package. */
export function readReleaseSources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ path: relative(PACKAGE_ROOT, join(dir, f)).split('\\').join('/'), text: readFileSync(join(dir, f), 'utf8') }));
}

export function releaseDirs(dataDir = DATA_DIR): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (semver.valid(a) && semver.valid(b) ? semver.compare(a, b) : a < b ? -1 : a > b ? 1 : 0))
    .map((d) => join(dataDir, d));
}

export function canonicalJson(release: CriteriaRelease): string {
  return `${stableStringify(release, 2)}\n`;
}

/** Compiles every release directory; throws one error listing every problem of every release. */
export function compileAll(dataDir = DATA_DIR): CompiledRelease[] {
  const out: CompiledRelease[] = [];
  const problems: SourceIssue[] = [];
  const locators = new Map<string, (i: Issue) => SourceIssue>();
  for (const dir of releaseDirs(dataDir)) {
    const result = compileCriteriaSources(readReleaseSources(dir));
    problems.push(...result.issues.filter((i) => i.severity === 'error'));
    if (result.release && result.locate) locators.set(result.release.version, result.locate);
    if (result.release && result.digest) {
      out.push({
        version: result.release.version,
        release: result.release,
        digest: result.digest,
        json: canonicalJson(result.release),
        warnings: result.issues.filter((i) => i.severity !== 'error'),
      });
    }
  }
  // The ID ledger: no published ID removed or reused, in any later release.
  for (const [version, list] of checkIdHistory(out.map((c) => c.release))) {
    const locate = locators.get(version);
    for (const i of list) if (i.severity === 'error') problems.push(locate ? locate(i) : i);
  }
  if (problems.length > 0) {
    throw new Error(`The criteria sources have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
  }
  return out;
}

/** Problems with the frozen digests of released versions; empty when every released version is unchanged. */
export function checkReleased(released: Readonly<Record<string, string>>, compiled: readonly Pick<CompiledRelease, 'version' | 'digest' | 'release'>[]): string[] {
  const byVersion = new Map(compiled.map((c) => [c.version, c]));
  const problems: string[] = [];
  for (const [version, digest] of Object.entries(released)) {
    const c = byVersion.get(version);
    if (!c) problems.push(`released version ${version} has disappeared; released versions are frozen and must stay (mark them superseded or withdrawn instead).`);
    else if (c.digest !== digest) problems.push(`released version ${version} changed: its digest is ${c.digest}, but released.json freezes it at ${digest}. Released versions must not change; make a new release instead.`);
    else if (c.release.status === 'draft') problems.push(`released version ${version} has status "draft"; a released version cannot be a draft.`);
  }
  for (const c of compiled) {
    if (c.release.status !== 'draft' && !(c.version in released)) {
      problems.push(`version ${c.version} has status "${c.release.status}" but is not in released.json; add "${c.version}": "${c.digest}" to freeze it.`);
    }
  }
  return problems;
}

export function readReleased(): Record<string, string> {
  return JSON.parse(readFileSync(RELEASED_FILE, 'utf8')) as Record<string, string>;
}

/** A TypeScript identifier for a version: 1.0.0-draft.1 → 1_0_0_draft_1. */
export function versionIdent(version: string): string {
  return version.replace(/[^A-Za-z0-9]/g, '_');
}

export function assessmentTypeName(version: string): string {
  return `Assessment_${versionIdent(version)}`;
}

export function requirementIds(release: CriteriaRelease): string[] {
  return release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((r) => r.id)));
}

/** A requirement in words, for the doc comment of its answer: ID, level, the Japanese text and the English. */
function requirementDoc(r: CriteriaRelease['categories'][number]['items'][number]['requirements'][number]): string {
  const en = r.text.en === undefined ? '' : `\n\n${r.text.en}`;
  return `${r.id} (level ${r.level}): ${r.text.ja}${en}`;
}

/**
 * The JSON Schema of an assessment against one release: the model's assessment schema, with the
 * answers keyed by exactly that release's requirement IDs and the criteria reference fixed to it.
 */
export function assessmentSchema(release: CriteriaRelease): Record<string, unknown> {
  const base = structuredClone(toJsonSchema('assessment')) as { $defs: Record<string, { properties: Record<string, unknown>; [k: string]: unknown }>; [k: string]: unknown };
  const def = base.$defs.Assessment!;
  // Retired requirements cannot be answered, so they are not keys of the typed answers.
  const active = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((r) => r.status === 'active')));
  def.properties = {
    ...def.properties,
    criteria: {
      type: 'object',
      description: `The criteria release the answers are given against: ${release.scheme.id} ${release.version}.`,
      properties: { scheme: { const: release.scheme.id }, version: { const: release.version } },
      required: ['scheme', 'version'],
      additionalProperties: false,
    },
    answers: {
      type: 'object',
      description: `Answers keyed by the requirement IDs of criteria ${release.version}; any other key is an error.`,
      // Each with the requirement's text: an editor shows it on hover, in the schema and in the types.
      properties: Object.fromEntries(active.map((r) => [r.id, { description: requirementDoc(r), $ref: '#/$defs/Answer' }])),
      additionalProperties: false,
    },
  };
  def.title = `SI Security Certification assessment against criteria ${release.version}`;
  delete base.$defs.CriteriaRef;
  return { ...base, $id: `${SCHEMA_BASE}assessment-${release.version}.schema.json` };
}

const EDITOR_SCHEMAS = {
  'criteria-release-file': { schema: CriteriaReleaseFileSchema, title: 'release.yaml' },
  'criteria-category-file': { schema: CriteriaCategoryFileSchema, title: '<category>.yaml' },
} as const;

/** JSON Schemas for the YAML source files (draft-07, which editors' YAML plugins understand best). */
export function editorSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(EDITOR_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema, ...rest } = json;
    const out = {
      $schema,
      $id: `${SCHEMA_BASE}${name}.schema.json`,
      title: `SI Security Certification criteria source: ${title}`,
      $comment: 'Generated from packages/criteria/src/source-schemas.ts. Do not edit: run `pnpm generate`.',
      ...rest,
    };
    files.set(join(PACKAGE_ROOT, 'schemas', `${name}.schema.json`), `${JSON.stringify(out, null, 2)}\n`);
  }
  return files;
}

/** Every generated file of the package: absolute path → content. */
export async function criteriaFiles(compiled: readonly CompiledRelease[] = compileAll()): Promise<Map<string, string>> {
  const files = editorSchemas();
  files.set(LEDGER_FILE, ledgerJson(compiled));
  const gen = join(PACKAGE_ROOT, 'src', 'generated');
  const imports: string[] = [];
  const entries: string[] = [];
  const typeExports: string[] = [];
  const byVersion: string[] = [];
  for (const c of compiled) {
    const ident = `release_${versionIdent(c.version)}`;
    files.set(join(gen, 'releases', `${c.version}.json`), c.json);
    imports.push(`import ${ident} from './releases/${c.version}.json';`);
    entries.push(`  { version: '${c.version}', status: '${c.release.status}', digest: '${c.digest}', data: ${ident} as unknown },`);

    const schema = assessmentSchema(c.release);
    files.set(join(PACKAGE_ROOT, 'schemas', `assessment-${c.version}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
    const typeName = assessmentTypeName(c.version);
    const ts = await compile(withoutTitles(withoutAnswerDocs(schema)) as never, typeName, {
      bannerComment: `/* Generated from schemas/assessment-${c.version}.schema.json by json-schema-to-typescript. Do not edit: run \`pnpm generate\`. */`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    // json-schema-to-typescript normalises names (Assessment_1_0_0Draft_1); keep the version's spelling.
    const generatedName = /export interface (\w+)/.exec(ts)?.[1];
    if (!generatedName) throw new Error(`json-schema-to-typescript produced no interface for ${c.version}`);
    // Arrays readonly, so that an `as const` assessment of a strict TypeScript app is accepted; each
    // answer's key with its requirement's text as a doc comment, shown on hover.
    const docs = new Map(requirementIds(c.release).map((id) => [id, answerDoc(schema, id)]));
    const readonlyTs = ts
      .replace(/: (\w+)\[\];/g, ': readonly $1[];')
      .replace(/^( *)'([A-Z]+-\d+\.\d+)'\?: Answer;$/gm, (line, indent: string, id: string) => {
        const doc = docs.get(id);
        return doc === undefined ? line : `${indent}/**\n${doc.split('\n').map((l) => `${indent} *${l === '' ? '' : ` ${l.replaceAll('*/', '*\\/')}`}`).join('\n')}\n${indent} */\n${line}`;
      });
    files.set(join(gen, `assessment-${c.version}.ts`), readonlyTs.replace(new RegExp(`\\b${generatedName}\\b`, 'g'), typeName));
    typeExports.push(`export type { ${typeName} } from './assessment-${c.version}.js';`);
    byVersion.push(`  '${c.version}': import('./assessment-${c.version}.js').${typeName};`);
  }
  const index = [
    BANNER_TS,
    ...imports,
    '',
    'export interface GeneratedRelease {',
    '  readonly version: string;',
    "  readonly status: 'draft' | 'effective' | 'superseded' | 'withdrawn';",
    '  /** criteriaDigest of the release. */',
    '  readonly digest: string;',
    '  /** The compiled release (canonical JSON). */',
    '  readonly data: unknown;',
    '}',
    '',
    '/** Every compiled release, in semver order. */',
    'export const RELEASES: readonly GeneratedRelease[] = [',
    ...entries,
    '];',
    '',
    ...typeExports,
    '',
    '/** The typed assessment of each release, by version. */',
    'export interface AssessmentByVersion {',
    ...byVersion,
    '}',
    '',
  ].join('\n');
  files.set(join(gen, 'index.ts'), index);
  return files;
}

const LEDGER_COMMENT = 'Generated from packages/criteria/data by scripts/generate.ts: every category, item and requirement ID ever published, with its history. Do not edit: run `pnpm generate`.';

/** ledger.json: every ID ever published, with its history (see src/ledger.ts). */
export function ledgerJson(compiled: readonly Pick<CompiledRelease, 'release'>[]): string {
  const ledger = buildIdLedger(compiled.map((c) => c.release));
  return `${JSON.stringify({ $comment: LEDGER_COMMENT, ...ledger }, null, 2)}\n`;
}

type SchemaWithAnswers = { $defs: { Assessment: { properties: { answers: { properties: Record<string, { description?: string }> } } } } };

/** The description of one answer in the assessment schema of a release (the requirement's text). */
function answerDoc(schema: Record<string, unknown>, id: string): string | undefined {
  return (schema as SchemaWithAnswers).$defs.Assessment.properties.answers.properties[id]?.description;
}

/** The schema without the answers' descriptions: json-schema-to-typescript would make one Answer type per description. */
function withoutAnswerDocs(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema) as SchemaWithAnswers;
  for (const p of Object.values(copy.$defs.Assessment.properties.answers.properties)) delete p.description;
  return copy as unknown as Record<string, unknown>;
}

/** Titles would rename the generated types; the type name is given to compile() instead. */
function withoutTitles(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTitles);
  if (value !== null && typeof value === 'object') {
    // Only the `title` keywords (strings), not properties that happen to be called "title".
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => !((k === 'title' || k === '$id') && typeof v === 'string'))
        .map(([k, v]) => [k, withoutTitles(v)]),
    );
  }
  return value;
}
