/**
 * Golden files: the standard document and the checklist of every shipped release in every
 * language and format, and the report, declaration and changelog of fixture inputs. Review the
 * diff of a golden file like code; update with `pnpm vitest run packages/render -u`.
 */
import { describe, expect, it } from 'vitest';
import { renderChecklist, renderDeclaration, renderDiff, renderReport, renderStandard } from '@sisc/render';
import { parseAssessment } from '@sisc/model';
import { conformantAssessment, draft, draftWithRecurrence, evaluated, gappyAssessment, nextDraft, nextDraftDiff, shipped, VERSIONS } from './_fixtures.js';

const LANGS = ['ja', 'en'] as const;
const FORMATS = [
  ['markdown', 'md'],
  ['html', 'html'],
] as const;

describe.each(VERSIONS)('release %s', (version) => {
  const release = shipped(version);
  describe.each(LANGS)('%s', (lang) => {
    it.each(FORMATS)('standard as %s', async (format, ext) => {
      await expect(renderStandard(release, { lang, format })).toMatchFileSnapshot(`__golden__/${version}/${lang}/standard.${ext}`);
    });
    it.each([...FORMATS, ['csv', 'csv'] as const])('checklist as %s', async (format, ext) => {
      await expect(renderChecklist(release, { lang, format })).toMatchFileSnapshot(`__golden__/${version}/${lang}/checklist.${ext}`);
    });
  });
});

describe.each(LANGS)('fixture documents in %s', (lang) => {
  const gappyRelease = draftWithRecurrence();
  const gappy = parseAssessment(gappyAssessment(gappyRelease));
  const gappyResult = evaluated(gappyRelease, gappy);
  const release = draft();
  const conformant = parseAssessment(conformantAssessment(release));
  const conformantResult = evaluated(release, conformant);

  it.each(FORMATS)('the report of an audit that falls short, as %s', async (format, ext) => {
    await expect(renderReport(gappyResult, gappyRelease, { lang, format, assessment: gappy })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/report.${ext}`);
  });
  it.each(FORMATS)('the report of a conformant self-declaration, as %s', async (format, ext) => {
    await expect(renderReport(conformantResult, release, { lang, format, assessment: conformant })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/report-conformant.${ext}`);
  });
  it.each(FORMATS)('the declaration of a conformant self-declaration, as %s', async (format, ext) => {
    await expect(renderDeclaration(conformant, conformantResult, release, { lang, format })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/declaration.${ext}`);
  });
  it.each(FORMATS)('the declaration that cannot be issued, as %s', async (format, ext) => {
    await expect(renderDeclaration(gappy, gappyResult, gappyRelease, { lang, format })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/declaration-not-issued.${ext}`);
  });
  it.each(FORMATS)('the declaration with a verified electronic signature, as %s', async (format, ext) => {
    const signature = { keyid: 'ad719925f3264afbd82ad56939f6203e53d488309d4706a8d6ac2481cf5374d0', verified: true };
    await expect(renderDeclaration(conformant, conformantResult, release, { lang, format, signature })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/declaration-signed.${ext}`);
  });
  it.each(FORMATS)('the report with a signature that fails verification, as %s', async (format, ext) => {
    const signature = { keyid: 'ad719925f3264afbd82ad56939f6203e53d488309d4706a8d6ac2481cf5374d0', verified: false, failedChecks: ['evaluation'] };
    await expect(renderReport(conformantResult, release, { lang, format, assessment: conformant, signature })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/report-signed.${ext}`);
  });
  it.each(FORMATS)('the changelog from the draft to its next draft, as %s', async (format, ext) => {
    await expect(renderDiff(nextDraftDiff(), draft(), nextDraft(), { lang, format })).toMatchFileSnapshot(`__golden__/fixtures/${lang}/diff.${ext}`);
  });
});
