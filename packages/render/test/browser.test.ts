/**
 * The rendered HTML in real headless Chromium (/usr/bin/chromium; never downloaded):
 * - documents built from hostile assessments, results, releases and diffs run no injected script,
 *   show no injected link, image, frame, object or SVG, make no network request and open no
 *   dialog, with the page's Content-Security-Policy and, to show that escaping alone suffices,
 *   without it;
 * - every requirement of every shipped release has its anchor in the standard document, every
 *   internal link resolves, ids are unique, `lang` is set, headings never skip a level;
 * - the print stylesheet repeats the draft mark on every printed page;
 * - the documents are readable with JavaScript disabled.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCriteria } from '@sisc/diff';
import { parseAssessment, type EvaluationResult } from '@sisc/model';
import { renderChecklist, renderDeclaration, renderDiff, renderReport, renderStandard } from '@sisc/render';
import { draft, evaluated, hostileAssessment, hostileConformant, hostileRelease, PAYLOADS, shipped, VERSIONS } from './_fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const LANGS = ['ja', 'en'] as const;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: these tests need Debian's chromium (apt-get install -y chromium; scripts/setup.sh and CI install it). They never download a browser.`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context = await browser.newContext();
}, 60_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

interface Inspection {
  pwned: unknown;
  dialogs: string[];
  requests: string[];
  errors: string[];
  lang: string;
  title: string;
  scripts: number;
  styles: number;
  embedded: string[];
  eventAttributes: string[];
  externalLinks: string[];
  danglingLinks: string[];
  duplicateIds: string[];
  ids: string[];
  headings: number[];
  text: string;
}

const CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>\n/;

async function inspect(html: string): Promise<Inspection> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!/^(about:blank|data:)/.test(r.url())) requests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(50); // let any onerror / onload handler run
  const found = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const ids = all.map((e) => e.id).filter((id) => id !== '');
    const seen = new Set<string>();
    const duplicateIds = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    const hrefs = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      lang: document.documentElement.getAttribute('lang') ?? '',
      title: document.title,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      embedded: Array.from(document.querySelectorAll('img, picture, iframe, frame, object, embed, svg, math, video, audio, source, track, link, base, form, input, button, textarea, select, template, meta[http-equiv="refresh"], body style')).map((e) => e.outerHTML.slice(0, 120)),
      eventAttributes: all.flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
      externalLinks: hrefs.filter((h) => !h.startsWith('#')),
      danglingLinks: hrefs.filter((h) => h.startsWith('#') && document.getElementById(decodeURIComponent(h.slice(1))) === null),
      duplicateIds,
      ids,
      headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName.slice(1))),
      text: document.body.innerText,
    };
  });
  await page.close();
  return { ...found, dialogs, requests, errors };
}

/** Each heading is at most one level below the one before; the first (and only the first) is h1. */
function skippedHeadings(levels: readonly number[]): string[] {
  const out: string[] = [];
  levels.forEach((level, i) => {
    const before = i === 0 ? 0 : levels[i - 1]!;
    if (level > before + 1) out.push(`h${level} after h${before} (heading ${i + 1})`);
    if (i > 0 && level === 1) out.push(`a second h1 (heading ${i + 1})`);
  });
  if (levels[0] !== 1) out.push('the first heading is not h1');
  return out;
}

function expectSafe(x: Inspection): void {
  expect(x.pwned).toBeUndefined();
  expect(x.dialogs).toEqual([]);
  expect(x.requests).toEqual([]);
  expect(x.errors).toEqual([]);
  expect(x.scripts).toBe(0);
  expect(x.styles).toBe(1);
  expect(x.embedded).toEqual([]);
  expect(x.eventAttributes).toEqual([]);
  expect(x.externalLinks).toEqual([]);
}

function expectWellFormed(x: Inspection, lang: string): void {
  expect(x.lang).toBe(lang);
  expect(x.danglingLinks).toEqual([]);
  expect(x.duplicateIds).toEqual([]);
  expect(skippedHeadings(x.headings)).toEqual([]);
}

describe('documents built from hostile input', () => {
  const release = draft();
  const hostile = parseAssessment(hostileAssessment(release));
  const hostileResult = evaluated(release, hostile);
  const conformant = parseAssessment(hostileConformant(release));
  const conformantResult = evaluated(release, conformant);
  const evilRelease = hostileRelease();
  // A result handed over as JSON can say anything: an attack in the name, the messages, the issues.
  const craftedResult: EvaluationResult = structuredClone(hostileResult);
  craftedResult.organization.name = PAYLOADS.join('\n');
  craftedResult.levels.forEach((l) => l.blockers.forEach((b, i) => (b.message = PAYLOADS[i % PAYLOADS.length]!)));
  craftedResult.issues.forEach((issue, i) => (issue.message = PAYLOADS[i % PAYLOADS.length]!));

  const documents: [string, (lang: 'ja' | 'en') => string][] = [
    ['report of a hostile assessment', (lang) => renderReport(hostileResult, release, { lang, format: 'html', assessment: hostile })],
    ['report of a crafted result', (lang) => renderReport(craftedResult, release, { lang, format: 'html' })],
    ['declaration (issued) of a hostile assessment', (lang) => renderDeclaration(conformant, conformantResult, release, { lang, format: 'html' })],
    ['declaration (not issued) of a hostile assessment', (lang) => renderDeclaration(hostile, hostileResult, release, { lang, format: 'html' })],
    ['standard of a hostile release', (lang) => renderStandard(evilRelease, { lang, format: 'html' })],
    ['checklist of a hostile release', (lang) => renderChecklist(evilRelease, { lang, format: 'html', level: 2 })],
    ['changelog to a hostile release', (lang) => renderDiff(diffCriteria(release, evilRelease), release, evilRelease, { lang, format: 'html' })],
    ['report of a hostile assessment against a hostile release', (lang) => renderReport(evaluated(evilRelease, hostileAssessment(evilRelease)), evilRelease, { lang, format: 'html', assessment: parseAssessment(hostileAssessment(evilRelease)) })],
  ];

  describe.each(LANGS)('in %s', (lang) => {
    it.each(documents)('%s: nothing injected runs or shows, with the page CSP and without it', async (_name, render) => {
      const html = render(lang);
      expect(html).toMatch(CSP);
      for (const variant of [html, html.replace(CSP, '')]) {
        const x = await inspect(variant);
        expectSafe(x);
        expectWellFormed(x, lang);
      }
    });
  });

  it('shows the attacks as the text they are', async () => {
    const x = await inspect(renderReport(hostileResult, release, { lang: 'en', format: 'html', assessment: hostile }));
    // Line breaks become spaces (a text is one line); everything else is kept character for character.
    for (const p of ['<script>window.__pwned=1</script>', '[x](javascript:window.__pwned=1)', '![i](http://127.0.0.1:9/x.png)', '"><svg onload=window.__pwned=1>', '&lt;script&gt;', '=cmd|"/c calc"!A1']) {
      expect(x.text).toContain(p);
    }
    expect(x.text).toContain('javascript:window.__pwned=1'); // an evidence URI, shown as code
    expect(x.text).not.toContain('\u202e'); // bidi override controls are neutralised
    expect(x.title).toContain('<script>window.__pwned=1</script>');
  });
});

describe.each(VERSIONS)('the standard document of %s', (version) => {
  const release = shipped(version);
  const ids = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((q) => q.id)));

  it.each(LANGS)('in %s: every requirement ID is an anchor, every internal link resolves, headings are in order', async (lang) => {
    const x = await inspect(renderStandard(release, { lang, format: 'html' }));
    expectWellFormed(x, lang);
    expect(ids.filter((id) => !x.ids.includes(id))).toEqual([]);
    for (const c of release.categories) {
      expect(x.ids).toContain(c.id);
      for (const it of c.items) expect(x.ids).toContain(it.id);
    }
    // Only the release's own http(s) URLs are links out of the page.
    const urls = [...release.documents.map((d) => d.url), ...release.frameworks.map((f) => f.url)].filter((u): u is string => u !== undefined);
    expect(x.externalLinks.every((h) => urls.includes(h) && /^https?:\/\//.test(h))).toBe(true);
    expect(x.pwned).toBeUndefined();
    expect(x.scripts).toBe(0);
    expect(x.requests).toEqual([]);
  });

  it.each(LANGS)('in %s: the checklist has an anchor per requirement and no dangling link', async (lang) => {
    const x = await inspect(renderChecklist(release, { lang, format: 'html' }));
    expectSafe(x);
    expectWellFormed(x, lang);
    const level1 = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((q) => q.status === 'active' && q.level === 1).map((q) => q.id)));
    expect(level1.filter((id) => !x.ids.includes(id))).toEqual([]);
  });

  it.each(LANGS)('in %s: a draft is marked in the print header of every page and at the top, not once per section', async (lang) => {
    const page = await context.newPage();
    await page.setContent(renderStandard(release, { lang, format: 'html' }));
    await page.emulateMedia({ media: 'print' });
    const marks = await page.evaluate(() => {
      const rules = Array.from(document.styleSheets).flatMap((s) => Array.from(s.cssRules));
      const pageRule = rules.find((r) => r instanceof CSSPageRule);
      const repeated = Array.from(document.querySelectorAll('blockquote.repeat'));
      return { page: pageRule?.cssText ?? '', text: document.body.innerText, repeated: repeated.length, shown: repeated.filter((b) => getComputedStyle(b).display !== 'none').length };
    });
    await page.close();
    const draftMark = lang === 'ja' ? '草案 DRAFT' : 'DRAFT 草案';
    if (release.status === 'draft') {
      expect(marks.page).toMatch(/@top-center\s*\{[^}]*content:/);
      expect(marks.page).toContain(draftMark);
      // Every section says it on screen; on paper the running header says it once per page instead.
      expect(marks.repeated).toBe(release.categories.length);
      expect(marks.shown).toBe(0);
      expect(marks.text).not.toContain(lang === 'ja' ? 'この節は草案の一部です。' : 'This section is part of a draft.');
      expect(marks.text).toContain(lang === 'ja' ? 'この文書は草案' : 'This document is a draft');
    } else expect(marks.page).not.toContain(draftMark);
    expect(marks.page).toMatch(/@bottom-right\s*\{[^}]*counter\(page\)/);
  });
});

describe('without JavaScript', () => {
  it('the standard document is fully readable', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const release = shipped(VERSIONS[0]!);
    await page.setContent(renderStandard(release, { lang: 'ja', format: 'html' }));
    const first = release.categories[0]!.items[0]!.requirements[0]!;
    await expect(page.locator('h1').innerText()).resolves.toBe(release.title.ja);
    await expect(page.locator(`[id="${first.id}"]`).isVisible()).resolves.toBe(true);
    await expect(page.getByText(first.text.ja, { exact: true }).first().isVisible()).resolves.toBe(true);
    await noJs.close();
  });
});
