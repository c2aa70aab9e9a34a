/**
 * Compiles the YAML sources of one criteria release (release.yaml + one file per category) into a
 * checked release. Pure: texts in, release and issues out; no file system, runs in a browser.
 * Every problem is reported at once, each with its file, line and column.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { readYaml, yamlLocator } from './read-yaml.js';
import { CanonicalizationError, criteriaDigest, issue, SCHEMA_IDS, safeParseCriteria, sortIssues, compareStrings, SEMVER, type CriteriaRelease, type Issue } from '@sisc/model';
import { RELEASE_FILE_NAME } from './source-schemas.js';

export interface SourceFile {
  /** The file's path, as it should appear in messages, e.g. data/1.0.0-draft.1/GOV.yaml. */
  path: string;
  text: string;
}

/** An issue with the place in the source files it comes from (1-based line and column). */
export type SourceIssue = Issue & { file?: string; line?: number; column?: number };

export interface CompileResult {
  /** The checked release; absent when there is an error. */
  release?: CriteriaRelease;
  /** criteriaDigest(release). */
  digest?: string;
  /** Every problem found, errors and warnings, sorted by file, line and column. */
  issues: SourceIssue[];
  /** Maps an issue about the compiled release (a JSON path into it) to the file and line it comes from; present with `release`. */
  locate?: (issue: Issue) => SourceIssue;
}

interface ParsedFile {
  path: string;
  name: string;
  /** Where a JSON path is in the file (undefined when the file was refused before parsing). */
  locate: (segments: readonly (string | number)[]) => { line: number; column: number } | undefined;
  value: unknown;
  broken: boolean;
}

const YAML_EXT = /\.ya?ml$/;

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? `the text ${JSON.stringify(v)}` : `${typeof v} ${String(v)}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
function dirName(path: string): string {
  const parts = path.split(/[\\/]/);
  parts.pop();
  return parts.join('/');
}

/**
 * Compiles one release directory's YAML files. Files that are not YAML are ignored. The category
 * files are the ones release.yaml lists in `categories` (GOV → GOV.yaml).
 */
export function compileCriteriaSources(files: readonly SourceFile[]): CompileResult {
  const out: SourceIssue[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    if (!YAML_EXT.test(f.path)) continue;
    parsed.push(parseFile(f, out));
  }

  const releaseFiles = parsed.filter((p) => p.name === RELEASE_FILE_NAME);
  if (releaseFiles.length !== 1) {
    const where = releaseFiles.length === 0 ? `no ${RELEASE_FILE_NAME} among ${parsed.map((p) => p.path).join(', ') || 'no YAML files'}` : `${releaseFiles.length} of them: ${releaseFiles.map((p) => p.path).join(', ')}`;
    out.push(issue('missing-field', 'error', '$', `$: a criteria release needs exactly one ${RELEASE_FILE_NAME} (found ${where}).`, { params: { field: RELEASE_FILE_NAME } }));
    return finish(out);
  }
  const releaseFile = releaseFiles[0]!;
  const byName = new Map(parsed.filter((p) => p !== releaseFile).map((p) => [p.name.replace(YAML_EXT, ''), p]));
  if (releaseFile.broken) {
    // The categories cannot be put together without release.yaml (its syntax errors are reported);
    // still check each category file on its own, so every problem is reported at once.
    checkAlone([...byName.values()], out);
    return finish(out);
  }

  const meta = releaseFile.value;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    out.push(at(releaseFile, [], issue('invalid-type', 'error', '$', `$: ${releaseFile.path} must be a mapping of fields (scheme, version, levels, categories, …).`, { params: { expected: 'a mapping', found: kindOf(meta) } })));
    checkAlone([...byName.values()], out);
    return finish(out);
  }
  const raw = { ...(meta as Record<string, unknown>) };

  // Assemble: release.yaml's category IDs → the category files' contents.
  const order = raw.categories;
  const sources: (ParsedFile | undefined)[] = [];
  const categories: unknown[] = [];
  const used = new Set<ParsedFile>();
  let complete = true;
  if (!Array.isArray(order)) {
    out.push(at(releaseFile, ['categories'], issue(order === undefined ? 'missing-field' : 'invalid-type', 'error', '$.categories', `$.categories: expected the list of category IDs in order (e.g. [GOV, BLD, OPS, CTR]), each read from <ID>.yaml.`, { params: { field: 'categories', expected: 'a list of category IDs', found: kindOf(order) } })));
    complete = false;
    checkAlone([...byName.values()], out);
  } else {
    order.forEach((id: unknown, i) => {
      const p = `$.categories[${i}]`;
      const file = typeof id === 'string' ? byName.get(id) : undefined;
      if (typeof id !== 'string') {
        out.push(at(releaseFile, ['categories', i], issue('invalid-type', 'error', p, `${p}: expected a category ID such as GOV, but found ${JSON.stringify(id)}.`, { params: { expected: 'a category ID', found: kindOf(id) } })));
        complete = false;
      } else if (!file) {
        const dir = dirName(releaseFile.path);
        const expected = `${dir ? `${dir}/` : ''}${id}.yaml`;
        out.push(at(releaseFile, ['categories', i], issue('dangling-reference', 'error', p, `${p}: the category "${id}" is listed, but there is no file ${expected}.`, { params: { id } })));
        complete = false;
      } else if (used.has(file)) {
        out.push(at(releaseFile, ['categories', i], issue('duplicate-id', 'error', p, `${p}: the category "${id}" is listed twice.`, { params: { id } })));
        complete = false;
      } else {
        used.add(file);
        if (file.broken) complete = false;
        sources.push(file);
        categories.push(file.broken ? {} : file.value);
        const fileId = file.broken || file.value === null || typeof file.value !== 'object' ? undefined : (file.value as Record<string, unknown>).id;
        if (typeof fileId === 'string' && fileId !== id) {
          out.push(at(file, ['id'], issue('invalid-value', 'error', `${p}.id`, `${p}.id: ${file.path} must hold the category "${id}" (its file name), but its id is "${fileId}".`, { params: { expected: id, found: fileId } })));
        }
      }
    });
  }
  for (const file of byName.values()) {
    if (!used.has(file)) {
      out.push(at(file, [], issue('invalid-value', 'error', '$', `$: ${file.path} is not one of the categories listed in ${releaseFile.path}; add "${file.name.replace(YAML_EXT, '')}" to its categories, or remove the file.`, { params: { expected: `a category listed in ${RELEASE_FILE_NAME}`, found: file.name } })));
    }
  }

  // A release directory named after a version must hold that version.
  const dirVersion = baseName(dirName(releaseFile.path));
  if (SEMVER.test(dirVersion) && typeof raw.version === 'string' && raw.version !== dirVersion) {
    out.push(at(releaseFile, ['version'], issue('invalid-value', 'error', '$.version', `$.version: the release is in the directory "${dirVersion}", but its version is "${raw.version}"; they must match.`, { params: { expected: dirVersion, found: raw.version } })));
  }
  if (!complete && categories.length === 0) return finish(out);

  raw.categories = categories;
  // The compiled release names the JSON Schema of its format (the digest leaves $schema out).
  raw.$schema = SCHEMA_IDS.criteria;
  const result = safeParseCriteria(raw);
  // The model's semantic checks run only once the schema checks pass; duplicate IDs across files
  // are worth knowing at once, so they are checked on the raw data too.
  const semantic = result.issues.some((i) => i.code === 'duplicate-id') ? [] : duplicateIds(categories);
  const brokenPrefixes = sources.flatMap((f, ci) => (f?.broken ? [`$.categories[${ci}]`] : []));
  for (const i of result.issues) {
    // Issues caused by a missing or broken category file are already reported once.
    if (!complete && i.path === '$.categories') continue;
    if (brokenPrefixes.some((b) => i.path === b || i.path.startsWith(`${b}.`) || i.path.startsWith(`${b}[`))) continue;
    out.push(locate(i, releaseFile, sources));
  }
  for (const i of semantic) {
    if (brokenPrefixes.some((b) => i.path.startsWith(`${b}.`))) continue;
    out.push(locate(i, releaseFile, sources));
  }
  if (!result.success || !complete || out.some((i) => i.severity === 'error')) return finish(out);
  // The digest is over canonical JSON (RFC 8785), which cannot carry a lone surrogate (a YAML escape such as "\ud800").
  let digest: string;
  try {
    digest = criteriaDigest(result.data);
  } catch (err) {
    if (!(err instanceof CanonicalizationError)) throw err;
    const found = 'a lone surrogate';
    out.push(locate(issue('invalid-value', 'error', err.path, `${err.path}: ${err.reason}; write the character itself, or both halves of the pair.`, { params: { expected: 'text made of whole characters', found } }), releaseFile, sources));
    return finish(out);
  }
  return { release: result.data, digest, issues: finishIssues(out), locate: (i) => locate(i, releaseFile, sources) };
}

/** Release metadata that accepts any category, to check category files when release.yaml cannot be used. */
const STUB_RELEASE = {
  scheme: { id: 'stub', name: { ja: '-' } },
  version: '0.0.0-stub.1',
  status: 'draft',
  title: { ja: '-' },
  publisher: { ja: '-' },
  provenance: { source: { ja: '-' } },
  levels: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => ({ level, name: { ja: '-' }, audience: { ja: '-' }, assurance: 'self-declared' })),
};

/** Checks category files without their release: schema, IDs and translations, but not references to release.yaml. */
function checkAlone(files: readonly ParsedFile[], out: SourceIssue[]): void {
  const usable = files.filter((f) => !f.broken).sort((a, b) => compareStrings(a.path, b.path));
  if (usable.length === 0) return;
  const categories = usable.map((f) => f.value);
  const result = safeParseCriteria({ ...STUB_RELEASE, categories });
  const issues = result.issues.some((i) => i.code === 'duplicate-id') ? result.issues : [...result.issues, ...duplicateIds(categories)];
  for (const i of issues) {
    if (!i.path.startsWith('$.categories[') || i.code === 'dangling-reference') continue;
    out.push(locate(i, usable[0]!, usable));
  }
}

/** Duplicate category, item and requirement IDs in not-yet-valid data (same messages as validateCriteria). */
function duplicateIds(categories: readonly unknown[]): Issue[] {
  const out: Issue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: unknown, path: string, what: string) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) out.push(issue('duplicate-id', 'error', path, `${path}: the ${what} ID "${id}" is already used at ${first}; IDs must be unique and are never reused.`, { params: { id, first } }));
    else seen.set(id, path);
  };
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const field = (v: unknown, k: string): unknown => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined);
  categories.forEach((c, ci) => {
    claim(field(c, 'id'), `$.categories[${ci}].id`, 'category');
    list(field(c, 'items')).forEach((it, ii) => {
      claim(field(it, 'id'), `$.categories[${ci}].items[${ii}].id`, 'item');
      list(field(it, 'requirements')).forEach((r, ri) => {
        claim(field(r, 'id'), `$.categories[${ci}].items[${ii}].requirements[${ri}].id`, 'requirement');
      });
    });
  });
  return out;
}

function parseFile(f: SourceFile, out: SourceIssue[]): ParsedFile {
  const read = readYaml(f.text);
  const name = baseName(f.path);
  for (const e of read.problems) {
    const params: Record<string, string | number> = { detail: e.message, yamlCode: e.code };
    if (e.budget) Object.assign(params, { budget: e.budget.limit, limit: e.budget.value }, e.budget.found === undefined ? {} : { found: e.budget.found });
    const code = e.code === 'TOO_BIG' ? 'too-big' : e.code === 'TOO_DEEP' ? 'too-deep' : 'invalid-syntax';
    const message = e.budget
      ? `${f.path}:${e.line}:${e.column}: ${e.message}.`
      : `${f.path}:${e.line}:${e.column}: YAML ${e.severity === 'error' ? 'syntax error' : 'warning'} (${e.code}): ${e.message}.`.replace(/\.\.$/, '.');
    out.push({ ...issue(code, e.severity, '$', message, { params }), file: f.path, line: e.line, column: e.column });
  }
  const broken = read.problems.some((e) => e.severity === 'error');
  const locate = read.doc ? yamlLocator(read.doc, read.lines) : () => undefined;
  return { path: f.path, name, locate, value: read.value, broken };
}

/** Splits a JSON path such as $.categories[0].items[1]["a b"] into segments. */
export function splitJsonPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const re = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  re.lastIndex = path.startsWith('$') ? 1 : 0;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else if (m[3] !== undefined) segments.push(JSON.parse(m[3]) as string);
  }
  return segments;
}

/** Maps an issue on the assembled release back to the file and line it comes from. */
function locate(i: Issue, releaseFile: ParsedFile, sources: readonly (ParsedFile | undefined)[]): SourceIssue {
  const where = sourceOf(i.path, releaseFile, sources);
  const located = at(where.file, where.segments, i);
  const first = i.params?.first;
  if (typeof first === 'string' && first.startsWith('$')) {
    const w = sourceOf(first, releaseFile, sources);
    const pos = position(w.file, w.segments);
    located.message += ` (first at ${w.file.path}:${pos.line}:${pos.column})`;
  }
  return located;
}

function sourceOf(path: string, releaseFile: ParsedFile, sources: readonly (ParsedFile | undefined)[]): { file: ParsedFile; segments: (string | number)[] } {
  const segments = splitJsonPath(path);
  if (segments[0] === 'categories' && typeof segments[1] === 'number') {
    const file = sources[segments[1]];
    if (file) return { file, segments: segments.slice(2) };
    return { file: releaseFile, segments: segments.slice(0, 2) };
  }
  return { file: releaseFile, segments };
}

function at(file: ParsedFile, segments: readonly (string | number)[], i: Issue): SourceIssue {
  const pos = position(file, segments);
  return { ...i, message: `${file.path}:${pos.line}:${pos.column}: ${i.message}`, file: file.path, line: pos.line, column: pos.column };
}

/** The line and column of the deepest node along `segments` that exists (a key's position for map entries). */
function position(file: ParsedFile, segments: readonly (string | number)[]): { line: number; column: number } {
  return file.locate(segments) ?? { line: 1, column: 1 };
}

/**
 * Walks JSON path segments down a parsed YAML document and gives the line and column (1-based) of
 * the deepest node that exists: a map entry points at its key, a list item at the item. Undefined
 * when the document has no content.
 */
export function yamlPosition(doc: Document.Parsed, lines: LineCounter, segments: readonly (string | number)[]): { line: number; column: number } | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  if (offset === undefined) return undefined;
  for (const s of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(s));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof s === 'number') {
      const item: unknown = node.items[s];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function finish(out: SourceIssue[]): CompileResult {
  return { issues: finishIssues(out) };
}

function finishIssues(out: SourceIssue[]): SourceIssue[] {
  const sorted = sortIssues(out) as SourceIssue[];
  return sorted.sort(
    (a, b) => compareStrings(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareStrings(a.path, b.path) || compareStrings(a.code, b.code),
  );
}
