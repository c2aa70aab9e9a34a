/** A level of a release as an OSCAL profile: the requirements that apply at that level. */
import { SiscError, type CriteriaRelease } from '@sisc/model';
import { pick, SISC_NS, type Lang } from './_common.js';
import { catalogUuid, checkLang, documentDate, oscalFileName, releaseMetadata, type OscalOptions } from './oscal-catalog.js';
import type { OscalProfileDocument } from './oscal-types.js';
import { siscUuid } from './uuid.js';

/** The active requirements that apply at a level (levels are cumulative), in release order. */
export function requirementsAtLevel(release: CriteriaRelease, level: number): string[] {
  const ids: string[] = [];
  for (const c of release.categories) for (const i of c.items) for (const r of i.requirements) if (r.status === 'active' && r.level <= level) ids.push(r.id);
  return ids;
}

function checkLevel(release: CriteriaRelease, level: unknown): number {
  const known = release.levels.map((l) => l.level);
  if (typeof level === 'number' && known.includes(level)) return level;
  throw new SiscError('invalid-option', `options.level must be a level of criteria ${release.version}: ${known.join(', ')}; but found ${JSON.stringify(level) ?? String(level)}.`);
}

/** The back-matter resource through which a document refers to the catalog (OSCAL's `#uuid` href). */
export function catalogResource(release: CriteriaRelease, lang: Lang) {
  return {
    uuid: siscUuid('oscal', 'resource', release.scheme.id, release.version, 'catalog', lang),
    title: lang === 'ja' ? `${pick(release.title, lang)}（OSCAL カタログ）` : `${pick(release.title, lang)} (OSCAL catalog)`,
    props: [{ name: 'catalog-uuid', ns: SISC_NS, value: catalogUuid(release, lang) }],
    rlinks: [{ href: oscalFileName('catalog', release, { lang }), 'media-type': 'application/oscal.catalog+json' }],
  };
}

/**
 * The profile of one level: imports the catalog (through a back-matter resource) and includes the
 * active requirements that apply at the level, with their items and categories kept as-is.
 * @throws SiscError `invalid-option` for a level the release does not have, a bad language, or a
 *   missing document date.
 */
export function toOscalProfile(release: CriteriaRelease, options: OscalOptions & { level: number }): OscalProfileDocument {
  const lang = checkLang(options.lang);
  const level = checkLevel(release, options.level);
  const modified = documentDate(release, options.date);
  const levelInfo = release.levels.find((l) => l.level === level)!;
  const resource = catalogResource(release, lang);
  const metadata = releaseMetadata(release, lang, `${pick(release.title, lang)} — ${pick(levelInfo.name, lang)}`, modified);
  metadata.props!.push({ name: 'level', ns: SISC_NS, value: String(level) }, { name: 'assurance', ns: SISC_NS, value: levelInfo.assurance });
  return {
    profile: {
      uuid: siscUuid('oscal', 'profile', release.scheme.id, release.version, `level${level}`, lang),
      metadata,
      imports: [{ href: `#${resource.uuid}`, 'include-controls': [{ 'with-child-controls': 'no', 'with-ids': requirementsAtLevel(release, level) }] }],
      merge: { 'as-is': true },
      'back-matter': { resources: [resource] },
    },
  };
}
