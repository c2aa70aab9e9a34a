/**
 * The release's framework mappings (NIST SSDF, ISO/IEC 27001:2022 Annex A, NIST CSF 2.0, …) as an
 * OSCAL 1.2 mapping collection: one mapping per framework, one map per requirement and target
 * control, with the relationship and confidence kept.
 */
import { releaseStatusPolicy, type CriteriaRelease, type Framework } from '@sisc/model';
import { isUri, markupLine, pick, SISC_NS, } from './_common.js';
import { checkLang, documentDate, releaseMetadata, type OscalOptions } from './oscal-catalog.js';
import { catalogResource } from './oscal-profile.js';
import type { OscalMap, OscalMapping, OscalMappingDocument, OscalResource } from './oscal-types.js';
import { siscUuid } from './uuid.js';

export function frameworkResourceUuid(release: CriteriaRelease, framework: string): string {
  return siscUuid('oscal', 'resource', release.scheme.id, release.version, 'framework', framework);
}

function frameworkResource(release: CriteriaRelease, f: Framework): OscalResource {
  return {
    uuid: frameworkResourceUuid(release, f.id),
    title: markupLine(`${f.title} ${f.version}`),
    props: [
      { name: 'framework-id', ns: SISC_NS, value: f.id },
      { name: 'framework-version', ns: SISC_NS, value: f.version },
    ],
    ...(f.url && isUri(f.url) ? { rlinks: [{ href: f.url }] } : {}),
  };
}

/**
 * The mapping collection of a release. Frameworks without any mapping are left out (OSCAL needs at
 * least one map per mapping); a release with no mapping at all still has the collection, with
 * the catalog as its only resource and an empty-frameworks remark — see `hasMappings`.
 * @throws SiscError `invalid-option` for a bad language or a missing document date.
 */
export function toOscalMapping(release: CriteriaRelease, options: OscalOptions): OscalMappingDocument {
  const lang = checkLang(options.lang);
  const modified = documentDate(release, options.date);
  const catalog = catalogResource(release, lang);
  const mappings: OscalMapping[] = [];
  const used: Framework[] = [];
  for (const f of release.frameworks) {
    const maps: OscalMap[] = [];
    for (const c of release.categories)
      for (const i of c.items)
        for (const r of i.requirements)
          for (const m of r.mappings) {
            if (m.framework !== f.id) continue;
            maps.push({
              uuid: siscUuid('oscal', 'map', release.scheme.id, release.version, r.id, f.id, m.id),
              relationship: m.relationship ?? 'intersects-with',
              sources: [{ type: 'control', 'id-ref': r.id }],
              targets: [{ type: 'control', 'id-ref': m.id }],
              ...(m.confidence ? { props: [{ name: 'confidence', ns: SISC_NS, value: m.confidence }] } : {}),
            });
          }
    if (maps.length === 0) continue;
    used.push(f);
    mappings.push({
      uuid: siscUuid('oscal', 'mapping', release.scheme.id, release.version, f.id),
      'source-resource': { type: 'catalog', href: `#${catalog.uuid}` },
      'target-resource': { type: 'catalog', href: `#${frameworkResourceUuid(release, f.id)}` },
      maps,
      props: [{ name: 'framework-id', ns: SISC_NS, value: f.id }],
    });
  }
  const note = release.notes.find((n) => n.id === 'framework-mappings');
  const title = lang === 'ja' ? `${pick(release.title, lang)} — 他の枠組みとの対応付け` : `${pick(release.title, lang)} — mappings to other frameworks`;
  return {
    'mapping-collection': {
      uuid: siscUuid('oscal', 'mapping-collection', release.scheme.id, release.version, lang),
      metadata: releaseMetadata(release, lang, title, modified),
      provenance: {
        method: 'human',
        'matching-rationale': 'semantic',
        status: releaseStatusPolicy(release.status).provisional ? 'draft' : 'complete',
        'mapping-description': note
          ? pick(note.text, lang)
          : lang === 'ja'
            ? '要求事項から他の枠組みの管理策への対応付け。'
            : 'Mappings from the requirements to controls of other frameworks.',
      },
      mappings,
      'back-matter': { resources: [catalog, ...used.map((f) => frameworkResource(release, f))] },
    },
  };
}

/** True when the release maps at least one requirement to another framework. */
export function hasMappings(release: CriteriaRelease): boolean {
  return release.categories.some((c) => c.items.some((i) => i.requirements.some((r) => r.mappings.length > 0)));
}
