/**
 * HTML → PDF through headless Chromium: Debian's /usr/bin/chromium (or SISC_CHROMIUM), driven by
 * playwright-core, which never downloads a browser. The page's own print stylesheet decides the
 * paper (A4), the margins, the running header and the page numbers; the fonts are embedded.
 *
 * Deterministic: Chromium (Skia) writes the time of printing as /CreationDate and /ModDate into
 * the document information dictionary, and nothing else that varies between runs (no /ID, no XMP);
 * those two entries are blanked out with spaces of the same length, so every xref offset stays
 * valid and the same HTML gives the same bytes with the same Chromium. (Another Chromium version
 * may lay text out differently: the bytes are stable per version, not across versions.)
 */
import { existsSync } from 'node:fs';
import type { Context } from './_context.js';
import { CliError } from './_errors.js';
import { messages } from './_messages.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The launch arguments: headless, and no network, update, sync or first-run work of its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] as const;

/** The Chromium to use: SISC_CHROMIUM when set, otherwise Debian's. */
export function chromiumPath(ctx: Context): string {
  const configured = ctx.io.env.SISC_CHROMIUM;
  return configured !== undefined && configured !== '' ? configured : DEFAULT_CHROMIUM;
}

/** Renders a self-contained HTML page (from @sisc/render) to PDF bytes. */
export async function htmlToPdf(ctx: Context, html: string): Promise<Uint8Array> {
  const t = messages(ctx.lang);
  const executablePath = chromiumPath(ctx);
  if (!existsSync(executablePath)) throw new CliError(t.chromiumMissing(executablePath));
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], timeout: 60_000 });
  } catch (err) {
    throw new CliError(t.chromiumFailed(executablePath, firstLine(err)));
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return stabilizePdf(pdf);
  } catch (err) {
    throw new CliError(t.chromiumFailed(executablePath, firstLine(err)));
  } finally {
    await browser.close();
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
}

/**
 * Blanks out what differs between two printings of the same page: the /CreationDate and /ModDate
 * entries (a literal date string) and an /ID array if there is one (its hex digits become 0).
 * Each replacement has the length of what it replaces, so the cross-reference table still points
 * at every object. The bytes are read as latin1, one character per byte.
 */
export function stabilizePdf(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const stable = text
    .replace(/\/(?:CreationDate|ModDate)\s*\((?:[^()\\]|\\.)*\)/g, (m) => ' '.repeat(m.length))
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]/g, (m) => m.replace(/[0-9A-Fa-f](?=[0-9A-Fa-f]*>)/g, '0'));
  return new Uint8Array(Buffer.from(stable, 'latin1'));
}
