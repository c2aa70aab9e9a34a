/**
 * The checks on an OSCAL document that its JSON Schema cannot express (OSCAL's Metaschema
 * constraints, as far as sisc's documents use them): UUIDs and IDs unique, `#…` references
 * resolve, a profile's imports resolve to the catalog, findings target controls of the catalog.
 * Returned as data, all of them, sorted; never thrown.
 */
import type { Bilingual } from './_messages.js';

export const OSCAL_CHECK_CODES = [
  'duplicate-uuid',
  'duplicate-id',
  'unresolved-reference',
  'import-not-catalog',
  'unknown-control',
  'unknown-observation',
] as const;
export type OscalCheckCode = (typeof OSCAL_CHECK_CODES)[number];

export interface OscalCheckIssue {
  code: OscalCheckCode;
  /** JSON path in the document, e.g. $.catalog.groups[0].controls[1].id. */
  path: string;
  message: Bilingual;
}

export interface OscalCheckOptions {
  /** The catalog the document refers to (profile imports, finding targets, mapping sources). */
  catalog?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function* walk(value: unknown, path: string): Generator<[string, Record<string, Json>]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}[${i}]`);
  } else if (isObject(value)) {
    yield [path, value];
    for (const [k, v] of Object.entries(value)) yield* walk(v, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);
  }
}

/** Every control ID in a catalog document (nested controls included). */
export function catalogControlIds(catalog: unknown): Set<string> {
  const ids = new Set<string>();
  const root = isObject(catalog) ? catalog.catalog : undefined;
  for (const [path, node] of walk(root, '$')) {
    if (/\.controls\[\d+\]$/.test(path) && typeof node.id === 'string') ids.add(node.id);
  }
  return ids;
}

function catalogUuidOf(catalog: unknown): string | undefined {
  const root = isObject(catalog) && isObject(catalog.catalog) ? catalog.catalog : undefined;
  return root && typeof root.uuid === 'string' ? root.uuid : undefined;
}

const msg = {
  duplicateUuid: (uuid: string, first: string): Bilingual => ({
    ja: `UUID「${uuid}」が重複しています（最初は ${first}）。文書の中で UUID は一つずつ異なる必要があります。`,
    en: `The UUID "${uuid}" is used twice (first at ${first}). Every UUID in a document must be different.`,
  }),
  duplicateId: (id: string, first: string): Bilingual => ({
    ja: `ID「${id}」が重複しています（最初は ${first}）。管理策・グループ・パートの ID は文書の中で一つずつ異なる必要があります。`,
    en: `The ID "${id}" is used twice (first at ${first}). Control, group and part IDs must be different within a document.`,
  }),
  unresolved: (href: string): Bilingual => ({
    ja: `参照「${href}」の行き先がこの文書にありません（back-matter の資料の UUID か管理策の ID が必要です）。`,
    en: `The reference "${href}" points to nothing in this document (it must be the UUID of a back-matter resource or the ID of a control).`,
  }),
  importNotCatalog: (href: string): Bilingual => ({
    ja: `取り込み「${href}」が、指定したカタログを指していません。`,
    en: `The import "${href}" does not point to the given catalog.`,
  }),
  unknownControl: (id: string): Bilingual => ({
    ja: `「${id}」はカタログの管理策ではありません。`,
    en: `"${id}" is not a control of the catalog.`,
  }),
  unknownObservation: (uuid: string): Bilingual => ({
    ja: `関連する観察「${uuid}」がこの結果の中にありません。`,
    en: `The related observation "${uuid}" is not in this result.`,
  }),
};

/**
 * Checks one OSCAL document (catalog, profile, mapping collection, assessment plan or results).
 * With `options.catalog`, also checks what it refers to in that catalog.
 */
export function checkOscal(doc: unknown, options: OscalCheckOptions = {}): OscalCheckIssue[] {
  const issues: OscalCheckIssue[] = [];
  const uuids = new Map<string, string>();
  const ids = new Map<string, string>();
  const resources = new Map<string, Record<string, Json>>();
  const hrefs: [string, string][] = [];
  const catalogIds = options.catalog === undefined ? undefined : catalogControlIds(options.catalog);
  const kind = isObject(doc) ? Object.keys(doc).find((k) => k !== '$schema') : undefined;

  for (const [path, node] of walk(doc, '$')) {
    // UUIDs that identify (not those that refer: *-uuid, party-uuids …).
    if (typeof node.uuid === 'string') {
      const first = uuids.get(node.uuid);
      if (first !== undefined) issues.push({ code: 'duplicate-uuid', path: `${path}.uuid`, message: msg.duplicateUuid(node.uuid, first) });
      else uuids.set(node.uuid, `${path}.uuid`);
      if (/\.resources\[\d+\]$/.test(path)) resources.set(node.uuid, node);
    }
    if (typeof node.id === 'string' && /\.(controls|groups|parts|roles)\[\d+\]$/.test(path)) {
      const first = ids.get(node.id);
      if (first !== undefined) issues.push({ code: 'duplicate-id', path: `${path}.id`, message: msg.duplicateId(node.id, first) });
      else ids.set(node.id, `${path}.id`);
    }
    if (typeof node.href === 'string' && node.href.startsWith('#')) hrefs.push([`${path}.href`, node.href]);
  }
  for (const [path, href] of hrefs) {
    const target = href.slice(1);
    if (!resources.has(target) && !ids.has(target)) issues.push({ code: 'unresolved-reference', path, message: msg.unresolved(href) });
  }

  // Responsible parties and related observations refer to UUIDs defined in the document.
  for (const [path, node] of walk(doc, '$')) {
    if (Array.isArray(node['party-uuids'])) {
      node['party-uuids'].forEach((u, i) => {
        if (typeof u === 'string' && !uuids.has(u)) issues.push({ code: 'unresolved-reference', path: `${path}["party-uuids"][${i}]`, message: msg.unresolved(u) });
      });
    }
    if (typeof node['observation-uuid'] === 'string' && !uuids.has(node['observation-uuid'])) {
      issues.push({ code: 'unknown-observation', path: `${path}["observation-uuid"]`, message: msg.unknownObservation(node['observation-uuid']) });
    }
  }

  if (catalogIds && isObject(doc)) {
    const catalogUuid = catalogUuidOf(options.catalog);
    const body = kind ? doc[kind] : undefined;
    if (kind === 'profile' && isObject(body) && Array.isArray(body.imports)) {
      body.imports.forEach((imp, i) => {
        if (!isObject(imp) || typeof imp.href !== 'string') return;
        const resource = resources.get(imp.href.slice(1));
        const points = resource && Array.isArray(resource.props) && resource.props.some((p) => isObject(p) && p.name === 'catalog-uuid' && p.value === catalogUuid);
        if (!points) issues.push({ code: 'import-not-catalog', path: `$.profile.imports[${i}].href`, message: msg.importNotCatalog(imp.href) });
        const selections = Array.isArray(imp['include-controls']) ? imp['include-controls'] : [];
        selections.forEach((sel, s) => {
          const withIds = isObject(sel) && Array.isArray(sel['with-ids']) ? sel['with-ids'] : [];
          withIds.forEach((id, k) => {
            if (typeof id === 'string' && !catalogIds.has(id))
              issues.push({ code: 'unknown-control', path: `$.profile.imports[${i}]["include-controls"][${s}]["with-ids"][${k}]`, message: msg.unknownControl(id) });
          });
        });
      });
    }
    for (const [path, node] of walk(doc, '$')) {
      const targetId = node['target-id'];
      if (typeof targetId === 'string' && /\.target$/.test(path)) {
        const control = node.type === 'statement-id' ? targetId.replace(/_smt$/, '') : targetId;
        if (!catalogIds.has(control)) issues.push({ code: 'unknown-control', path: `${path}["target-id"]`, message: msg.unknownControl(targetId) });
      }
      if (typeof node['control-id'] === 'string' && !catalogIds.has(node['control-id'])) {
        issues.push({ code: 'unknown-control', path: `${path}["control-id"]`, message: msg.unknownControl(node['control-id']) });
      }
      if (kind === 'mapping-collection' && /\.sources\[\d+\]$/.test(path) && typeof node['id-ref'] === 'string' && !catalogIds.has(node['id-ref'])) {
        issues.push({ code: 'unknown-control', path: `${path}["id-ref"]`, message: msg.unknownControl(node['id-ref']) });
      }
    }
  }
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
