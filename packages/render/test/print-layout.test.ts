/**
 * The documents as they are printed on A4, laid out by real headless Chromium (/usr/bin/chromium;
 * never downloaded), in Japanese and in English: the print stylesheet applied, the page as wide as
 * A4 less the margins of `@page` (210 mm − 2 × 14 mm). On that page:
 * - no table cell is narrower than 4 em (a Japanese verdict such as 適合と回答 would otherwise wrap
 *   one or two characters to a line);
 * - no requirement, item or category ID, date or digest is broken across lines (GOV- / 01.01,
 *   2026-03- / 16);
 * - every table's header row repeats on each printed page (a table-header-group).
 * The inputs are the shipped examples, the way an auditor or an SIer prints them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readYaml } from '@sisc/criteria';
import { parseAssessment, type Assessment } from '@sisc/model';
import { renderChecklist, renderDeclaration, renderDiff, renderReport, renderStandard } from '@sisc/render';
import { diffCriteria } from '@sisc/diff';
import { AS_OF, draft, evaluated, nextDraft } from './_fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const LANGS = ['ja', 'en'] as const;
/** A4 less the left and right margins of the page rule (14 mm each), in CSS pixels (96 per inch). */
const PRINT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);
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
  context = await browser.newContext({ viewport: { width: PRINT_WIDTH, height: 1000 } });
}, 60_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

function example(file: string): Assessment {
  const text = readFileSync(new URL(`../../../docs/examples/${file}`, import.meta.url), 'utf8');
  const read = file.endsWith('.json') ? { value: JSON.parse(text) as unknown } : readYaml(text);
  return parseAssessment(read.value);
}

interface Layout {
  /** Cells narrower than 4 em: tag, width in em, text. */
  narrow: string[];
  /** IDs, dates and digests whose characters lie on more than one line. */
  broken: string[];
  /** Tables whose first row is not in a thead shown as a table-header-group. */
  noHeader: number;
  tables: number;
  ids: number;
}

async function layout(html: string): Promise<Layout> {
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
  const found = await page.evaluate(() => {
    const narrow: string[] = [];
    const cells = Array.from(document.querySelectorAll('td, th'));
    for (const cell of cells) {
      const em = parseFloat(getComputedStyle(cell).fontSize);
      const width = cell.getBoundingClientRect().width;
      if (width + 0.5 < 4 * em) narrow.push(`${cell.tagName} ${(width / em).toFixed(2)}em ${(cell.textContent ?? '').slice(0, 30)}`);
    }
    const broken: string[] = [];
    let ids = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const pattern = /\b[A-Z]{3}-\d{2}(?:\.\d{2})?\b|\b\d{4}-\d{2}-\d{2}\b|\b[0-9a-f]{64}\b/g;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        if (rects.length === 0) continue; // not shown (e.g. the draft note hidden on paper)
        ids++;
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${m[0]} in “${text.slice(0, 40)}”`);
      }
    }
    const tables = Array.from(document.querySelectorAll('table'));
    const noHeader = tables.filter((t) => {
      const head = t.querySelector('thead');
      return head === null || getComputedStyle(head).display !== 'table-header-group';
    }).length;
    return { narrow, broken, noHeader, tables: tables.length, ids };
  });
  await page.close();
  return found;
}

describe('printed on A4', () => {
  const release = draft();
  const audit = example('level2-infrastructure-audit.yaml');
  const vendor = example('level1-small-vendor.yaml');
  const gaps = example('level1-with-gaps.json');
  const documents: [string, (lang: 'ja' | 'en') => string][] = [
    ['the standard', (lang) => renderStandard(release, { lang, format: 'html' })],
    ['the Level 2 checklist', (lang) => renderChecklist(release, { lang, format: 'html', level: 2 })],
    ['the declaration of the small vendor', (lang) => renderDeclaration(vendor, evaluated(release, vendor, AS_OF), release, { lang, format: 'html' })],
    ['the report of the Level 2 audit', (lang) => report(audit, lang)],
    ['the report of a self-declaration with gaps', (lang) => report(gaps, lang)],
  ];
  const report = (a: Assessment, lang: 'ja' | 'en') => renderReport(evaluated(release, a, AS_OF), release, { lang, format: 'html', assessment: a });

  describe.each(LANGS)('in %s', (lang) => {
    it.each(documents)('%s: no cell narrower than 4 em, no ID, date or digest broken across lines, headers repeated', async (_name, render) => {
      const x = await layout(render(lang));
      expect(x.tables).toBeGreaterThan(0);
      expect(x.ids).toBeGreaterThan(0);
      expect(x.narrow).toEqual([]);
      expect(x.broken).toEqual([]);
      expect(x.noHeader).toBe(0);
    });

    it('the changelog to the next draft: no ID or date broken across lines', async () => {
      const x = await layout(renderDiff(diffCriteria(release, nextDraft()), release, nextDraft(), { lang, format: 'html' }));
      expect(x.ids).toBeGreaterThan(0);
      expect(x.broken).toEqual([]);
    });

    it('the check sees the damage when the stylesheet does not protect the cells and IDs', async () => {
      const unprotected = report(gaps, lang)
        .replace('th, td { min-width: 4em; }', '')
        .replace('th:not([class]), td:not([class]) { min-width: 7em; }', '')
        .replace('.nobr, th.id, td.id { white-space: nowrap; }', '')
        .replace('</style>', 'table { width: 12em; table-layout: fixed; } thead { display: table-row-group !important; }</style>');
      const x = await layout(unprotected);
      expect(x.narrow.length).toBeGreaterThan(0);
      expect(x.broken.length).toBeGreaterThan(0);
      expect(x.noHeader).toBe(x.tables);
    });
  });
});
