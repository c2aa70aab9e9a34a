/**
 * Golden files of every export (update with `npx vitest run packages/interop -u`), and
 * determinism: exporting twice gives the same bytes.
 */
import { getCriteria, listCriteria } from '@sisc/criteria';
import {
  checkOscal,
  toCycloneDx,
  toJsonText,
  toOscalAssessmentPlan,
  toOscalAssessmentResults,
  toOscalCatalog,
  toOscalMapping,
  toOscalProfile,
} from '@sisc/interop';
import { describe, expect, it } from 'vitest';
import { AS_OF, EXAMPLES } from './_examples.js';

interface Export {
  file: string;
  make: () => unknown;
}

const exports: Export[] = [];
for (const { version } of listCriteria()) {
  const release = getCriteria(version);
  for (const lang of ['ja', 'en'] as const) {
    exports.push({ file: `${version}/catalog.${lang}.json`, make: () => toOscalCatalog(release, { lang, date: AS_OF }) });
    for (const { level } of release.levels) exports.push({ file: `${version}/profile-level${level}.${lang}.json`, make: () => toOscalProfile(release, { lang, level, date: AS_OF }) });
    exports.push({ file: `${version}/mapping.${lang}.json`, make: () => toOscalMapping(release, { lang, date: AS_OF }) });
    exports.push({ file: `${version}/cyclonedx-standard.${lang}.json`, make: () => toCycloneDx(release, { lang, date: AS_OF }) });
  }
}
for (const { name, release, assessment, result } of EXAMPLES) {
  for (const lang of ['ja', 'en'] as const) {
    exports.push({ file: `examples/${name}.assessment-results.${lang}.json`, make: () => toOscalAssessmentResults(release, assessment, result, { lang }) });
    exports.push({ file: `examples/${name}.cyclonedx.${lang}.json`, make: () => toCycloneDx(release, { lang, assessment, result }) });
  }
  exports.push({ file: `examples/${name}.assessment-plan.en.json`, make: () => toOscalAssessmentPlan(release, assessment, { lang: 'en', asOf: AS_OF }) });
}

describe.each(exports)('$file', ({ file, make }) => {
  it('matches its golden file, and a second export is byte-identical', async () => {
    const first = toJsonText(make());
    expect(toJsonText(make())).toBe(first);
    await expect(first).toMatchFileSnapshot(`__golden__/${file}`);
  });
});

describe('UUIDs', () => {
  it('are the same across languages only for what is the same thing (resources), and differ for documents', () => {
    const release = getCriteria(listCriteria()[0]!.version);
    const ja = toOscalCatalog(release, { lang: 'ja', date: AS_OF }).catalog;
    const en = toOscalCatalog(release, { lang: 'en', date: AS_OF }).catalog;
    expect(ja.uuid).not.toBe(en.uuid);
    expect(ja['back-matter']!.resources.map((r) => r.uuid)).toEqual(en['back-matter']!.resources.map((r) => r.uuid));
    expect(checkOscal(ja)).toEqual([]);
  });
});
