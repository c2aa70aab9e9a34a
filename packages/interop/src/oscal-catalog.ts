/**
 * A criteria release as an OSCAL 1.2 catalog, one document per language (OSCAL has no language
 * field): categories → groups, items → controls, requirements → controls nested in their item.
 */
import { SiscError, type Category, type CriteriaRelease, type Item, type Requirement } from '@sisc/model';
import { dateTime, isUri, LANGS, markup, markupLine, OSCAL_VERSION, pick, releaseDate, SISC_NS, str, type Lang } from './_common.js';
import type { OscalCatalogDocument, OscalControl, OscalLink, OscalMetadata, OscalPart, OscalProp, OscalResource } from './oscal-types.js';
import { siscUuid } from './uuid.js';

export interface OscalOptions {
  /** The language of the document's text: ja (canonical) or en. */
  lang: Lang;
  /**
   * The document date (YYYY-MM-DD) used where the release gives none (a draft has no dates).
   * Never the clock: the same release and date give the same bytes.
   */
  date?: string;
}

/** The file name a document is exported under, which the profile and mapping refer to. */
export function oscalFileName(kind: 'catalog' | 'profile' | 'mapping' | 'assessment-plan' | 'assessment-results', release: CriteriaRelease, options: { lang: Lang; level?: number }): string {
  const level = kind === 'profile' ? `-level${options.level ?? 1}` : '';
  return `${release.scheme.id}-${release.version}-${kind}${level}.${options.lang}.oscal.json`;
}

/** The UUID of the catalog of a release in a language. */
export function catalogUuid(release: CriteriaRelease, lang: Lang): string {
  return siscUuid('oscal', 'catalog', release.scheme.id, release.version, lang);
}

export function checkLang(lang: unknown): Lang {
  if (lang === 'ja' || lang === 'en') return lang;
  throw new SiscError('invalid-option', `options.lang must be one of ${LANGS.join(', ')}, but found ${JSON.stringify(lang) ?? String(lang)}.`);
}

/** The document's date-time, from the release's own dates or the caller's date. */
export function documentDate(release: CriteriaRelease, date: string | undefined): string {
  const found = releaseDate(release, date);
  if (found === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(found)) {
    throw new SiscError(
      'invalid-option',
      `criteria ${release.version} gives no date (published, effectiveFrom or provenance.date), so options.date must be the document date written YYYY-MM-DD, e.g. "2026-04-01", but found ${date === undefined ? 'nothing' : JSON.stringify(date)}.`,
    );
  }
  return dateTime(found);
}

/** A sisc prop (in SISC_NS), or with `oscal` one of OSCAL's own (no namespace: label, status). */
const prop = (name: string, value: string, oscal?: 'oscal'): OscalProp => (oscal ? { name, value: str(value) } : { name, ns: SISC_NS, value: str(value) });

/** The metadata shared by every document made from a release. */
export function releaseMetadata(release: CriteriaRelease, lang: Lang, title: string, lastModified: string): OscalMetadata {
  const publisher = siscUuid('oscal', 'party', 'publisher', release.scheme.id, pick(release.publisher, 'ja'));
  return {
    title: markupLine(title),
    ...(release.dates.published ? { published: dateTime(release.dates.published) } : {}),
    'last-modified': lastModified,
    version: release.version,
    'oscal-version': OSCAL_VERSION,
    props: [prop('scheme', release.scheme.id), prop('criteria-version', release.version), prop('release-status', release.status), prop('language', lang)],
    roles: [{ id: 'publisher', title: lang === 'ja' ? '発行者' : 'Publisher' }],
    parties: [{ uuid: publisher, type: 'organization', name: str(pick(release.publisher, lang)) }],
    'responsible-parties': [{ 'role-id': 'publisher', 'party-uuids': [publisher] }],
  };
}

export function documentResourceUuid(release: CriteriaRelease, id: string): string {
  return siscUuid('oscal', 'resource', release.scheme.id, release.version, 'document', id);
}

function resources(release: CriteriaRelease, lang: Lang): OscalResource[] {
  return release.documents.map((d) => {
    const description = [d.publisher ? pick(d.publisher, lang) : undefined, d.edition ? pick(d.edition, lang) : undefined].filter((x): x is string => x !== undefined);
    return {
      uuid: documentResourceUuid(release, d.id),
      title: markupLine(pick(d.title, lang)),
      ...(description.length ? { description: description.map(markup).join('\n\n') } : {}),
      props: [prop('document-id', d.id)],
      ...(d.url && isUri(d.url) ? { rlinks: [{ href: d.url }] } : {}),
    };
  });
}

function requirementControl(release: CriteriaRelease, r: Requirement, lang: Lang): OscalControl {
  const props: OscalProp[] = [
    prop('label', r.id, 'oscal'),
    prop('level', String(r.level)),
    prop('kind', r.kind),
    prop('na-allowed', String(r.naPolicy.allowed)),
    prop('na-justification-required', String(r.naPolicy.justificationRequired)),
  ];
  if (r.recurrence) props.push(prop('recurrence', r.recurrence));
  const parts: OscalPart[] = [{ id: `${r.id}_smt`, name: 'statement', prose: markup(pick(r.text, lang)) }];
  if (r.evidence.length > 0) {
    parts.push({ id: `${r.id}_evd`, name: 'expected-evidence', ns: SISC_NS, prose: r.evidence.map((e) => `- ${markupLine(pick(e, lang))}`).join('\n') });
  }
  const links: OscalLink[] = r.references.map((ref) => ({
    href: `#${documentResourceUuid(release, ref.document)}`,
    rel: 'reference',
    ...(ref.locator ? { text: markupLine(ref.locator) } : {}),
  }));
  if (r.status === 'retired') {
    // OSCAL's way of keeping a withdrawn control: status prop plus links to where it went.
    props.push(prop('status', 'withdrawn', 'oscal'));
    if (r.retired) {
      props.push(prop('retired-since', r.retired.since));
      parts.push({ id: `${r.id}_rtd`, name: 'withdrawal-reason', ns: SISC_NS, prose: markup(pick(r.retired.reason, lang)) });
      for (const to of r.retired.replacedBy) links.push({ href: `#${to}`, rel: 'incorporated-into' });
    }
  }
  return { id: r.id, class: 'requirement', title: markupLine(pick(r.text, lang)), props, ...(links.length ? { links } : {}), parts };
}

function itemControl(release: CriteriaRelease, item: Item, lang: Lang): OscalControl {
  return {
    id: item.id,
    class: 'item',
    title: markupLine(pick(item.name, lang)),
    props: [prop('label', item.id, 'oscal')],
    parts: [{ id: `${item.id}_ovw`, name: 'overview', prose: markup(pick(item.intent, lang)) }],
    ...(item.requirements.length ? { controls: item.requirements.map((r) => requirementControl(release, r, lang)) } : {}),
  };
}

function group(release: CriteriaRelease, c: Category, lang: Lang) {
  return {
    id: c.id,
    class: 'category',
    title: markupLine(pick(c.name, lang)),
    props: [prop('label', c.id, 'oscal')],
    ...(c.items.length ? { controls: c.items.map((i) => itemControl(release, i, lang)) } : {}),
  };
}

/**
 * The catalog of a release in one language. Retired requirements stay, as withdrawn controls
 * linking to their replacements; the release's documents are back-matter resources.
 * @throws SiscError `invalid-option` for a bad language, or when neither the release nor
 *   `options.date` gives the document date.
 */
export function toOscalCatalog(release: CriteriaRelease, options: OscalOptions): OscalCatalogDocument {
  const lang = checkLang(options.lang);
  const modified = documentDate(release, options.date);
  const res = resources(release, lang);
  const metadata = releaseMetadata(release, lang, pick(release.title, lang), modified);
  metadata.remarks = markup(pick(release.provenance.source, lang));
  return {
    catalog: {
      uuid: catalogUuid(release, lang),
      metadata,
      groups: release.categories.map((c) => group(release, c, lang)),
      ...(res.length ? { 'back-matter': { resources: res } } : {}),
    },
  };
}
