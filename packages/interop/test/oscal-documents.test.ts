import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCriteria, listCriteria } from '@sisc/criteria';
import { checkOscal, toOscalCatalog, toOscalMapping, toOscalProfile, hasMappings } from '@sisc/interop';
import type { CriteriaRelease } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { oscalValidator, OSCAL_SCHEMA_FILES, schemaErrors } from './_schemas.js';

const DATE = '2026-04-01';
const releases = listCriteria().map((l) => getCriteria(l.version));
const cases = releases.flatMap((release) => (['ja', 'en'] as const).map((lang) => ({ release, lang, name: `${release.version} ${lang}` })));

describe('the OSCAL schema copies', () => {
  it('are the ones recorded in their README (unchanged)', () => {
    const dir = join(import.meta.dirname, 'schemas', 'oscal-1.2.1');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const file of Object.values(OSCAL_SCHEMA_FILES)) {
      const digest = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
      expect(readme).toContain(`| ${file} | ${digest} |`);
    }
  });
});

describe.each(cases)('OSCAL documents of $name', ({ release, lang }) => {
  const catalog = toOscalCatalog(release, { lang, date: DATE });

  it('the catalog validates against the OSCAL 1.2.1 catalog schema and passes the extra checks', () => {
    expect(schemaErrors(oscalValidator('catalog'), catalog)).toEqual([]);
    expect(checkOscal(catalog)).toEqual([]);
  });

  it.each(release.levels.map((l) => l.level))('the profile of level %i validates, imports the catalog and selects its controls', (level) => {
    const profile = toOscalProfile(release, { lang, level, date: DATE });
    expect(schemaErrors(oscalValidator('profile'), profile)).toEqual([]);
    expect(checkOscal(profile, { catalog })).toEqual([]);
  });

  it('the mapping validates and its sources are controls of the catalog', () => {
    if (!hasMappings(release)) return;
    const mapping = toOscalMapping(release, { lang, date: DATE });
    expect(schemaErrors(oscalValidator('mapping'), mapping)).toEqual([]);
    expect(checkOscal(mapping, { catalog })).toEqual([]);
  });
});

describe('the schema validation and the extra checks catch broken documents', () => {
  const release = releases[0]!;
  const catalog = toOscalCatalog(release, { lang: 'en', date: DATE });

  it('a catalog without its metadata, or with a random (version 1) UUID, fails the schema', () => {
    const { metadata: _m, ...rest } = catalog.catalog;
    expect(schemaErrors(oscalValidator('catalog'), { catalog: rest }).join('\n')).toMatch(/metadata/);
    const v1 = structuredClone(catalog);
    v1.catalog.uuid = 'c232d0b4-9d2a-11ee-8c90-0242ac120002';
    expect(schemaErrors(oscalValidator('catalog'), v1).join('\n')).toMatch(/uuid/);
  });

  it('a duplicated control ID and a dangling reference are found, with their paths', () => {
    const broken = structuredClone(catalog);
    const item = broken.catalog.groups![0]!.controls![0]!;
    item.controls![1]!.id = item.controls![0]!.id;
    item.controls![0]!.links = [{ href: '#no-such-thing', rel: 'reference' }];
    const issues = checkOscal(broken);
    expect(issues.map((i) => i.code)).toEqual(['unresolved-reference', 'duplicate-id']);
    expect(issues[1]!.path).toBe('$.catalog.groups[0].controls[0].controls[1].id');
    expect(issues[1]!.message.ja).toContain('重複');
  });

  it("a profile importing another catalog or selecting an unknown control is reported", () => {
    const profile = toOscalProfile(release, { lang: 'en', level: 1, date: DATE });
    const other = toOscalCatalog(release, { lang: 'ja', date: DATE });
    expect(checkOscal(profile, { catalog: other }).map((i) => i.code)).toEqual(['import-not-catalog']);
    profile.profile.imports[0]!['include-controls'][0]!['with-ids']!.push('GOV-99.99');
    expect(checkOscal(profile, { catalog }).map((i) => i.code)).toEqual(['unknown-control']);
  });
});

describe('a retired requirement', () => {
  const release = structuredClone(releases[0]!) as CriteriaRelease;
  const item = release.categories[0]!.items[0]!;
  const [kept, retired] = [item.requirements[0]!, item.requirements[item.requirements.length - 1]!];
  retired.status = 'retired';
  retired.retired = { since: release.version, reason: { ja: '統合した。', en: 'Merged.' }, replacedBy: [kept.id] };

  it('stays in the catalog as a withdrawn control linking to its replacement, and leaves the profiles', () => {
    const catalog = toOscalCatalog(release, { lang: 'en', date: DATE });
    expect(schemaErrors(oscalValidator('catalog'), catalog)).toEqual([]);
    expect(checkOscal(catalog)).toEqual([]);
    const control = catalog.catalog.groups![0]!.controls![0]!.controls!.find((c) => c.id === retired.id)!;
    expect(control.props).toContainEqual({ name: 'status', value: 'withdrawn' });
    expect(control.links).toContainEqual({ href: `#${kept.id}`, rel: 'incorporated-into' });
    expect(control.parts!.map((p) => p.name)).toContain('withdrawal-reason');
    for (const level of release.levels.map((l) => l.level)) {
      const profile = toOscalProfile(release, { lang: 'en', level, date: DATE });
      expect(profile.profile.imports[0]!['include-controls'][0]!['with-ids']).not.toContain(retired.id);
      expect(checkOscal(profile, { catalog })).toEqual([]);
    }
  });
});

describe('determinism', () => {
  it.each(cases)('$name: the same release and date give the same bytes; the document date comes from the release or the option, never the clock', ({ release, lang }) => {
    const text = (date: string) => JSON.stringify(toOscalCatalog(release, { lang, date }));
    expect(text(DATE)).toBe(text(DATE));
    if (!release.dates.published && !release.dates.effectiveFrom && !release.provenance.date) {
      expect(toOscalCatalog(release, { lang, date: DATE }).catalog.metadata['last-modified']).toBe(`${DATE}T00:00:00Z`);
      expect(() => toOscalCatalog(release, { lang })).toThrow(/options\.date/);
    }
  });
});
