/**
 * The library packages run unchanged in a browser: their built ESM output (what npm users get) is
 * bundled for the browser platform, which fails on any Node.js built-in, and exercised in real
 * headless Chromium. `pnpm test` builds the packages first.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); scripts/setup.sh does it`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);
afterAll(async () => browser?.close());

async function bundle(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

describe('in headless Chromium', () => {
  it('@sisc/model parses, validates and hashes', async () => {
    const code = await bundle(`
      import { safeParseAssessment, sha256Hex, localizeIssue } from '@sisc/model';
      const r = safeParseAssessment({ criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1' }, organization: { name: 'ブラウザ株式会社' }, targetLevel: 1, mode: 'self-declaration', answers: { 'GOV-01.01': { status: 'yes' } } });
      window.__out = { success: r.success, codes: r.issues.map((i) => i.code), ja: localizeIssue(r.issues[0], 'ja'), hash: sha256Hex('日本') };
    `);
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const out = await page.evaluate(() => (window as unknown as { __out: unknown }).__out);
    await page.close();
    expect(out).toEqual({
      success: false,
      codes: ['invalid-value'],
      ja: '$.answers["GOV-01.01"].status: "met", "not-met", "not-applicable" のいずれかが必要ですが、the text "yes" が指定されています。',
      hash: createHash('sha256').update('日本').digest('hex'),
    });
  });

  it('the criteria, engine, diff and render packages evaluate and render the draft', async () => {
    const code = await bundle(`
      import { listCriteria, getCriteria } from '@sisc/criteria';
      import { evaluate } from '@sisc/engine';
      import { diffCriteria } from '@sisc/diff';
      import { renderStandard } from '@sisc/render';
      const release = getCriteria(listCriteria()[0].version);
      const r = evaluate(release, { criteria: { scheme: release.scheme.id, version: release.version }, organization: { name: 'x' }, targetLevel: 1, mode: 'self-declaration', answers: {} }, { asOf: '2026-04-01' });
      const html = renderStandard(release, { lang: 'ja', format: 'html' });
      window.__out = { achieved: r.result.achievedLevel, provisional: r.result.basis.provisional, changes: diffCriteria(release, release).changes.length, hasHtml: html.includes('<html') };
    `);
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const out = await page.evaluate(() => (window as unknown as { __out: unknown }).__out);
    await page.close();
    expect(out).toEqual({ achieved: 0, provisional: true, changes: 0, hasHtml: true });
  });

  it('@sisc/spreadsheet writes the same workbook bytes as Node and reads them back', async () => {
    const { getCriteria, listCriteria } = await import('@sisc/criteria');
    const { renderChecklistWorkbook } = await import('@sisc/spreadsheet');
    const release = getCriteria(listCriteria()[0]!.version);
    const assessment = { criteria: { scheme: release.scheme.id, version: release.version }, organization: { name: 'ブラウザ株式会社' }, targetLevel: 1, mode: 'self-declaration' as const, answers: { 'GOV-01.01': { status: 'met' as const, evidence: [{ title: '規程', date: '2026-03-01' }] } } };
    const node = createHash('sha256').update(renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment })).digest('hex');
    const code = await bundle(`
      import { listCriteria, getCriteria } from '@sisc/criteria';
      import { renderChecklistWorkbook, readChecklistWorkbook } from '@sisc/spreadsheet';
      const release = getCriteria(listCriteria()[0].version);
      const bytes = renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: ${JSON.stringify(assessment)} });
      const back = readChecklistWorkbook(bytes, { release });
      window.__bytes = bytes;
      window.__out = { success: back.success, answers: back.success ? Object.keys(back.assessment.answers) : back.issues, org: back.success ? back.assessment.organization.name : '' };
    `);
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const out = await page.evaluate(() => (window as unknown as { __out: unknown }).__out);
    const bytes = await page.evaluate(() => Array.from((window as unknown as { __bytes: Uint8Array }).__bytes));
    await page.close();
    expect(out).toEqual({ success: true, answers: ['GOV-01.01'], org: 'ブラウザ株式会社' });
    expect(createHash('sha256').update(Uint8Array.from(bytes)).digest('hex')).toBe(node);
  });
});
