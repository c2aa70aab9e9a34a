/**
 * Assembly of a release from its source files: release.yaml's metadata with its `categories` (IDs,
 * in order) replaced by the contents of the category files they name (GOV → GOV.yaml). Every
 * problem of the assembly is reported at once; category files are still checked on their own when
 * release.yaml cannot be used.
 */
import { compareStrings, issue, SEMVER, safeParseCriteria } from '@sisc/model';
import { RELEASE_FILE_NAME } from './source-schemas.js';
import { baseName, dirName, kindOf, YAML_EXT, type ParsedFile, type SourceIssue } from './source-files.js';
import { duplicateIds } from './source-ids.js';
import { at, locate } from './source-positions.js';

/** A release put together from its files, not yet checked against the schema. */
export interface AssembledRelease {
  releaseFile: ParsedFile;
  /** release.yaml's fields, with `categories` holding the category files' contents in order. */
  raw: Record<string, unknown>;
  /** The file each entry of `categories` comes from. */
  sources: (ParsedFile | undefined)[];
  categories: unknown[];
  /** Every listed category file was found, used once and read without a syntax error. */
  complete: boolean;
}

/**
 * Puts the parsed files together; problems go to `out`. Undefined when there is nothing to check
 * further (no usable release.yaml, or no category could be read).
 */
export function assembleRelease(parsed: readonly ParsedFile[], out: SourceIssue[]): AssembledRelease | undefined {
  const releaseFiles = parsed.filter((p) => p.name === RELEASE_FILE_NAME);
  if (releaseFiles.length !== 1) {
    const where = releaseFiles.length === 0 ? `no ${RELEASE_FILE_NAME} among ${parsed.map((p) => p.path).join(', ') || 'no YAML files'}` : `${releaseFiles.length} of them: ${releaseFiles.map((p) => p.path).join(', ')}`;
    out.push(issue('missing-field', 'error', '$', `$: a criteria release needs exactly one ${RELEASE_FILE_NAME} (found ${where}).`, { params: { field: RELEASE_FILE_NAME } }));
    return undefined;
  }
  const releaseFile = releaseFiles[0]!;
  const byName = new Map(parsed.filter((p) => p !== releaseFile).map((p) => [p.name.replace(YAML_EXT, ''), p]));
  if (releaseFile.broken) {
    // The categories cannot be put together without release.yaml (its syntax errors are reported);
    // still check each category file on its own, so every problem is reported at once.
    checkAlone([...byName.values()], out);
    return undefined;
  }

  const meta = releaseFile.value;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    out.push(at(releaseFile, [], issue('invalid-type', 'error', '$', `$: ${releaseFile.path} must be a mapping of fields (scheme, version, levels, categories, …).`, { params: { expected: 'a mapping', found: kindOf(meta) } })));
    checkAlone([...byName.values()], out);
    return undefined;
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
  if (!complete && categories.length === 0) return undefined;

  return { releaseFile, raw, sources, categories, complete };
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

