/**
 * The self-assessment page as a person uses it, in real headless Chromium, opened from disk
 * (file://) with every request other than the page itself refused: a Level 1 self-declaration
 * completed keyboard-only, saved and checked with `sisc evaluate`; the examples opened; hostile
 * text typed into every field; reload; accessibility (axe-core); the committed file is fresh.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCriteria, listCriteria } from '@sisc/criteria';
import { buildPage } from '../scripts/build.js';

const root = join(import.meta.dirname, '..', '..', '..');
const PAGE = join(root, 'docs', 'app', 'index.html');
const URL_ = pathToFileURL(PAGE).href;
const CLI = join(root, 'packages', 'cli', 'dist', 'bin.js');
const CHROMIUM = '/usr/bin/chromium';
const AS_OF = '2026-04-01';
/** The release the page opens with: the first effective one, else the newest (as src/main.ts chooses). */
const VERSION = (listCriteria().find((r) => r.status === 'effective') ?? listCriteria().at(-1)!).version;

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/setup.sh does it)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);
afterAll(async () => browser?.close());

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, the page itself included. */
  requests: string[];
  errors: string[];
}

/** Opens the page in a fresh profile; requests for anything but the page itself are refused and recorded. */
async function open(locale = 'ja-JP', context?: BrowserContext): Promise<Opened> {
  const ctx = context ?? (await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
  const page = await ctx.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url === URL_ ? route.continue() : route.abort();
  });
  // window.print() in any frame (the print frame's included) is recorded in the top window instead of opening the dialog.
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __printed?: string[] };
      top.__printed?.push(document.body.innerText);
    };
  });
  await page.goto(URL_);
  await page.getByTestId('achieved-level').waitFor();
  return { context: ctx, page, requests, errors };
}

/** `sisc evaluate FILE --as-of AS_OF --format json` with the built CLI. */
function cliEvaluate(file: string): { achievedLevel: number; conformant: boolean } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, 'evaluate', file, '--as-of', AS_OF, '--format', 'json'], { encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return JSON.parse(out) as { achievedLevel: number; conformant: boolean };
}

const achieved = async (page: Page) => Number(/\d+/.exec((await page.getByTestId('achieved-level').textContent()) ?? '')?.[0]);

/** Types a date into the focused date field with the keyboard (the field's own digit order). */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== iso) await page.keyboard.type(`${y}${m}${d}`);
}

const level1 = getCriteria(VERSION)
  .categories.flatMap((c) => c.items.flatMap((i) => i.requirements))
  .filter((r) => r.status === 'active' && r.level === 1);

describe('docs/app/index.html', () => {
  it('is what `pnpm generate` builds from the current sources', async () => {
    // Compared whole, but reported briefly: the file is one long line.
    expect(readFileSync(PAGE, 'utf8') === (await buildPage()), 'docs/app/index.html is stale: run pnpm generate').toBe(true);
  });

  it('weighs at most 400 KB gzipped and asks for no other file', () => {
    const html = readFileSync(PAGE);
    const gz = execFileSync('gzip', ['-9c'], { input: html });
    expect(gz.length).toBeLessThanOrEqual(400 * 1024);
    expect(html.toString('utf8')).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
  });
});

describe('in Chromium, opened from disk with the network refused', () => {
  it('completes a Level 1 self-declaration keyboard-only in Japanese; the saved file gives the CLI the same result', async () => {
    const { page, requests, errors, context } = await open('ja-JP');
    // The evaluation date is set first, so the page and the CLI compute for the same day.
    await page.getByLabel('評価基準日').focus();
    await typeDate(page, AS_OF);
    await page.getByLabel('事業者名').focus();
    await page.keyboard.type('株式会社テスト情報システム');
    // Everything else by Tab, Space and typing only, in the page's own focus order.
    const answered = new Set<string>();
    for (let steps = 0; steps < 2000 && answered.size < level1.length; steps++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLInputElement | null;
        return a ? { tag: a.tagName, type: a.type, name: a.name, path: a.dataset.path ?? '', checked: a.checked, value: a.value } : null;
      });
      if (!el) continue;
      if (el.path === '$.declaration.signatory.name' && el.value === '') await page.keyboard.type('見本 太郎');
      else if (el.path === '$.declaration.signatory.role' && el.value === '') await page.keyboard.type('代表取締役');
      else if (el.path === '$.declaration.date' && el.value === '') await typeDate(page, '2026-03-16');
      else if (el.type === 'radio' && el.name.startsWith('status-')) {
        const id = el.name.slice('status-'.length);
        if (!answered.has(id)) {
          // Tab lands on the group's checked choice (未回答); the arrow keys move to 適合 (met) and select it.
          for (let k = 0; k < 4 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== 'met'; k++) await page.keyboard.press('ArrowDown');
          answered.add(id);
        }
      }
    }
    expect(answered.size).toBe(level1.length);
    expect(await achieved(page), (await page.locator('aside').textContent()) ?? '').toBe(1);
    await expect(page.getByTestId('achieved-level').textContent()).resolves.toContain('レベル1');

    // Save as YAML and as JSON, by keyboard too; both give the CLI the same result.
    const dir = mkdtempSync(join(tmpdir(), 'sisc-web-'));
    for (const label of ['YAMLで保存', 'JSONで保存']) {
      await page.getByRole('button', { name: label }).focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      expect(cliEvaluate(file)).toMatchObject({ achievedLevel: 1, conformant: true });
    }

    // Print the declaration, by keyboard: the page prints render's declaration, with what was entered.
    await page.evaluate(() => {
      (window as unknown as { __printed: string[] }).__printed = [];
    });
    await page.getByRole('button', { name: '自己適合宣言書を印刷' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: string[] }).__printed.length)).toBe(1);
    const printed = await page.evaluate(() => (window as unknown as { __printed: string[] }).__printed[0]!);
    expect(printed.split('\n')[0]).toBe('自己適合宣言書');
    for (const text of ['株式会社テスト情報システム', '見本 太郎', '代表取締役', '2026-03-16', 'レベル1 自己適合宣言', VERSION]) expect(printed).toContain(text);

    // Reload: the answers are still there.
    await page.reload();
    await page.getByTestId('achieved-level').waitFor();
    expect(await achieved(page)).toBe(1);
    await expect(page.getByLabel('事業者名').inputValue()).resolves.toBe('株式会社テスト情報システム');

    expect(errors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([URL_]));
    await context.close();
  });

  it.each(readdirSync(join(root, 'docs', 'examples')).sort())('opens docs/examples/%s and shows the achieved level the CLI computes', async (name) => {
    const file = join(root, 'docs', 'examples', name);
    const { page, errors, requests, context } = await open('ja-JP');
    await page.getByLabel('評価基準日').fill(AS_OF);
    await page.getByTestId('open-file').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: name }).waitFor();
    expect(await achieved(page)).toBe(cliEvaluate(file).achievedLevel);
    expect(errors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([URL_]));
    await context.close();
  });

  it('shows hostile text typed into every field as text: nothing runs, nothing becomes a link', async () => {
    const { page, errors, requests, context } = await open('en-US');
    await page.getByRole('button', { name: 'English' }).click();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> https://evil.example/ www.evil.example //evil.example/x [x](javascript:alert(3)) \u202e\u001b[2J';
    // Open evidence rows and an N/A justification, so every kind of field is on the page.
    await page.getByRole('button', { name: /Add evidence/ }).first().click();
    const naAllowed = level1.find((r) => r.naPolicy.allowed);
    if (naAllowed) await page.locator(`input[name="status-${naAllowed.id}"][value="not-applicable"]`).check();
    const fields = page.locator('#app input[type=text], #app input:not([type]), #app textarea');
    const n = await fields.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) {
      const path = (await fields.nth(i).getAttribute('data-path')) ?? '';
      await fields.nth(i).fill(path === '$.organization.corporateNumber' ? '' : hostile);
    }
    const dates = page.locator('#app input[type=date]');
    for (let i = 0; i < (await dates.count()); i++) await dates.nth(i).fill('2026-03-16');
    for (const label of ['Print the self-declaration', 'Print the evaluation report']) await page.getByRole('button', { name: label }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('#app img, #app script, #app a').count()).toBe(0);
    for (const frame of page.frames().slice(1)) {
      expect(await frame.locator('img, script, a[href^="http"], a[href^="javascript"], a[href^="//"]').count()).toBe(0);
    }
    expect(page.frames().length).toBe(3);
    await expect(page.getByLabel('Organisation name').inputValue()).resolves.toBe(hostile);
    expect(await page.locator('#app').innerHTML()).not.toContain('<img src=x');
    expect(errors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([URL_]));
    await context.close();
  });

  it('saves the answers as the Excel checklist and opens it back: the same achieved level as the CLI, sisc import reads the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sisc-web-xlsx-'));
    const example = join(root, 'docs', 'examples', 'level1-small-vendor.yaml');
    const { page, errors, requests, context } = await open('ja-JP');
    await page.getByLabel('評価基準日').fill(AS_OF);
    await page.getByTestId('open-file').setInputFiles(example);
    await page.getByRole('status').filter({ hasText: 'level1-small-vendor.yaml' }).waitFor();
    const expected = cliEvaluate(example).achievedLevel;
    expect(await achieved(page)).toBe(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excelチェックリストで保存' }).click()]);
    const saved = join(dir, 'checklist.xlsx');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    // The workbook alone gives the CLI the same result.
    expect(cliEvaluate(saved).achievedLevel).toBe(expected);
    // A fresh page opens it back with the same answers.
    const fresh = await open('ja-JP');
    await fresh.page.getByLabel('評価基準日').fill(AS_OF);
    await fresh.page.getByTestId('open-file').setInputFiles(saved);
    await fresh.page.getByRole('status').filter({ hasText: 'checklist.xlsx を開きました' }).waitFor();
    expect(await achieved(fresh.page)).toBe(expected);
    await expect(fresh.page.getByLabel('事業者名').inputValue()).resolves.toBe(await page.getByLabel('事業者名').inputValue());
    for (const o of [{ errors, requests }, fresh]) {
      expect(o.errors).toEqual([]);
      expect(new Set(o.requests)).toEqual(new Set([URL_]));
    }
    await fresh.context.close();
    await context.close();
  });

  it('reads hostile files within the input budget, as the CLI does: an alias bomb, duplicate keys, deep nesting, several documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sisc-web-hostile-'));
    const cases: [string, string, RegExp][] = [
      // Each alias refers to the anchor that holds it: without a budget the reader never returns.
      ['bomb.yaml', 'criteria: &a\n  x: *a\n  y: *a\n', /\$\.criteria\.x: この値は自分自身を含んでいます/],
      ['fanout.yaml', `a: &a [${'1,'.repeat(1000)}1]\n${Array.from({ length: 150 }, (_, i) => `k${i}: *a`).join('\n')}\n`, /102行7列目: .*上限（100個の別名）/],
      ['dup.json', '{\n  "schema": "x",\n  "schema": "y"\n}\n', /3行3列目:.*"schema" appears twice/],
      ['deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, /1行66列目: .*上限（64階層）/],
      ['two.yaml', 'a: 1\n---\nb: 2\n', /several YAML documents/],
    ];
    const { page, errors, requests, context } = await open('ja-JP');
    for (const [name, text, expected] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      await page.getByTestId('open-file').setInputFiles(file);
      const status = page.getByRole('status').filter({ hasText: name });
      await status.waitFor({ timeout: 5_000 });
      expect(await status.textContent(), name).toMatch(expected);
    }
    expect(errors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([URL_]));
    await context.close();
  });

  it('has no serious or critical accessibility violations (axe-core), in Japanese and English', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const locale of ['ja-JP', 'en-US']) {
      const { page, context } = await open(locale);
      await page.getByTestId('open-file').setInputFiles(join(root, 'docs', 'examples', 'level1-with-gaps.json'));
      await page.getByRole('status').filter({ hasText: 'level1-with-gaps.json' }).waitFor();
      if (locale === 'en-US') await page.getByRole('button', { name: 'English' }).click();
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await context.close();
    }
  });

  it('keeps the answers across a reload and erases them on request', async () => {
    const { page, context } = await open('ja-JP');
    await page.getByLabel('事業者名').fill('消去テスト株式会社');
    await page.reload();
    await expect(page.getByLabel('事業者名').inputValue()).resolves.toBe('消去テスト株式会社');
    page.removeAllListeners('dialog');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '保存した内容を消去' }).click();
    await expect(page.getByLabel('事業者名').inputValue()).resolves.toBe('');
    await page.reload();
    await expect(page.getByLabel('事業者名').inputValue()).resolves.toBe('');
    await context.close();
  });
});

