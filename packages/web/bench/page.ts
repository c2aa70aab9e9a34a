// The self-assessment page: its weight (gzip -9) and the time from opening it from disk to a
// usable form (the checklist and the result shown), in headless Chromium, median of 7 loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const page = join(import.meta.dirname, '..', '..', '..', 'docs', 'app', 'index.html');
const html = readFileSync(page);
const gz = gzipSync(html, { level: 9 }).length;
console.log(`page weight: ${(html.length / 1000).toFixed(0)} KB, gzip -9 ${(gz / 1000).toFixed(0)} KB (target ≤ 400 KB: ${gz <= 400_000 ? 'PASS' : 'FAIL'})`);

const browser = await chromium.launch({
  executablePath: process.env.SISC_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const t0 = performance.now();
  await p.goto(pathToFileURL(page).href);
  await p.locator('[data-testid="achieved-level"]').waitFor();
  await p.locator('input[type=radio]').first().waitFor();
  times.push(performance.now() - t0);
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`open → usable form: median ${times[3]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[6]!.toFixed(0)})`);
