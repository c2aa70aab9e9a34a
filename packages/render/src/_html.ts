/**
 * Markdown → HTML, and the page around it. markdown-it runs with raw HTML off (`html: false`: any
 * HTML in a text is shown as text), no linkify, no typographer and no images; links are allowed
 * only to `#anchors` in the page and to http(s) URLs (which only a release's document and
 * framework URLs can produce). The one piece of HTML it reads is the anchor form written by
 * `anchor()` in `_markdown.ts`, which becomes the `id` of its heading.
 *
 * The page is self-contained: inline CSS with a print stylesheet, no script, and a
 * Content-Security-Policy that forbids scripts, frames, images and every network request.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Parser, StateCore, StateInline, Token } from 'markdown-it';
import type { Lang } from './_options.js';

const ANCHOR_TAG = /^<a id="([A-Za-z0-9][A-Za-z0-9._-]{0,127})"><\/a>/;

function anchorRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const m = ANCHOR_TAG.exec(state.src.slice(state.pos, state.pos + 160));
  if (!m) return false;
  if (!silent) {
    const token = state.push('sisc_anchor', 'span', 0);
    token.meta = { id: m[1] };
  }
  state.pos += m[0].length;
  return true;
}

/** Moves an anchor that opens a heading onto the heading itself: `<h5 id="GOV-01.01">`. */
function headingIds(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1]!;
    if (open.type !== 'heading_open' || inline.type !== 'inline') continue;
    const first = inline.children?.[0];
    if (first?.type !== 'sisc_anchor') continue;
    open.attrSet('id', String((first.meta as { id: string }).id));
    inline.children!.shift();
  }
}

/**
 * An item or requirement ID inside text (`GOV-01`, `GOV-01.01`), kept on one line (browsers break
 * after a hyphen); anything shaped like one (SHA-256) is kept whole too, which does it no harm.
 */
/** Requirement, item and category IDs, and ISO dates: kept on one line wherever they appear in text. */
const ID_IN_TEXT = /\b[A-Z]{2,6}-\d{2,3}(?:\.\d{2,3})?(?![\d.]*\d)|\b\d{4}-\d{2}-\d{2}(?![\d-])/g;
/** A SHA-256 digest in hex, as the declaration and report print it. */
const DIGEST = /^[0-9a-f]{64}$/;
const WHOLE_ID = /^(?:[A-Z]{2,6}|[A-Z]{2,6}-\d{2,3}(?:\.\d{2,3})?)$/;
/**
 * A column holds phrases, not prose, when no cell has a run longer than this between spaces or
 * Japanese punctuation (適合と回答, ☐ 適合 ☐ 非適合, 2026-03-16): such a column is kept from breaking
 * inside its phrases. A longer run (製品のセキュリティリスクの説明) is prose and may break anywhere.
 */
const PHRASE_RUN = 10;
const longestRun = (text: string) => Math.max(0, ...text.split(/[\s、。，．・（）()「」『』［］[\]:：,]+/u).map((part) => [...part].length));

function cellText(inline: Token | undefined): string {
  if (!inline?.children) return '';
  return inline.children
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim();
}

/**
 * Column classes chosen from what each column holds, so tables fit Japanese text on A4 (where a
 * line may break between any two characters and the browser's automatic layout squeezes short
 * columns to one character): `id` (IDs: never wrapped), `short` (verdicts, dates, numbers, short
 * phrases: wrapped only at spaces and punctuation), `blank` (left empty to be filled in by hand:
 * given room). Columns of prose get no class and take the rest of the width.
 */
function tableColumns(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'table_open') continue;
    const header: Token[] = [];
    const rows: { open: Token; text: string }[][] = [];
    let row: { open: Token; text: string }[] = [];
    let j = i + 1;
    for (; j < tokens.length && tokens[j]!.type !== 'table_close'; j++) {
      const t = tokens[j]!;
      if (t.type === 'th_open') header.push(t);
      else if (t.type === 'td_open') row.push({ open: t, text: cellText(tokens[j + 1]) });
      else if (t.type === 'tr_close' && row.length > 0) {
        rows.push(row);
        row = [];
      }
    }
    for (let col = 0; col < header.length; col++) {
      const cells = rows.map((r) => r[col]).filter((c): c is { open: Token; text: string } => c !== undefined);
      const filled = cells.filter((c) => c.text !== '');
      let kind: string | undefined;
      if (cells.length > 0 && filled.length === 0) kind = 'blank';
      else if (filled.length > 0 && filled.every((c) => WHOLE_ID.test(c.text))) kind = 'id';
      else if (filled.every((c) => longestRun(c.text) <= PHRASE_RUN)) kind = 'short';
      if (kind === undefined) continue;
      header[col]!.attrJoin('class', kind);
      for (const c of cells) c.open.attrJoin('class', kind);
    }
    i = j;
  }
}

/**
 * Notices repeated word for word in several sections (a draft's "this section is a draft") are
 * classed `repeat`: on screen every section shows it, on paper the running header already says it
 * once per page.
 */
function repeatedNotices(state: StateCore): void {
  const tokens = state.tokens;
  const notices: { open: Token; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'blockquote_open') continue;
    let depth = 0;
    const parts: string[] = [];
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.type === 'blockquote_open') depth++;
      else if (t.type === 'blockquote_close' && --depth === 0) break;
      else if (t.type === 'inline') parts.push(t.content);
    }
    notices.push({ open: tokens[i]!, text: parts.join('\n') });
  }
  const count = new Map<string, number>();
  for (const n of notices) count.set(n.text, (count.get(n.text) ?? 0) + 1);
  for (const n of notices) if (count.get(n.text)! > 1) n.open.attrJoin('class', 'repeat');
}

function createParser(): Parser {
  const parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false, xhtmlOut: false });
  parser.disable(['image', 'html_inline', 'html_block']);
  parser.validateLink = (href: string) => /^#[A-Za-z0-9][A-Za-z0-9._-]*$/.test(href) || /^https?:\/\/[^\s<>"]+$/i.test(href);
  parser.inline.ruler.before('autolink', 'sisc_anchor', anchorRule);
  parser.core.ruler.after('inline', 'sisc_heading_ids', headingIds);
  parser.core.ruler.after('sisc_heading_ids', 'sisc_table_columns', tableColumns);
  parser.core.ruler.after('sisc_table_columns', 'sisc_repeated_notices', repeatedNotices);
  parser.renderer.rules.text = (tokens, idx) => escapeHtml(tokens[idx]!.content).replace(ID_IN_TEXT, '<span class="nobr">$&</span>');
  parser.renderer.rules.code_inline = (tokens, idx) => {
    const content = tokens[idx]!.content;
    return `<code${DIGEST.test(content) ? ' class="digest"' : ''}>${escapeHtml(content)}</code>`;
  };
  parser.renderer.rules.sisc_anchor = (tokens, idx) => `<span id="${escapeHtml(String((tokens[idx]!.meta as { id: string }).id))}"></span>`;
  return parser;
}

let parser: Parser | undefined;

/** The HTML body of a Markdown document we built. */
export function markdownToHtml(markdown: string): string {
  parser ??= createParser();
  return parser.render(markdown);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A CSS string literal holding any text: everything but letters, digits and spaces as a CSS escape. */
function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    if (/^[A-Za-z0-9 .,:;_()/#%+=@!?&-]$/.test(ch) || ch.codePointAt(0)! > 0x7f) {
      // Non-ASCII characters are safe in a CSS string, except separators and controls.
      out += /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(ch) ? ' ' : ch;
    } else if (ch.codePointAt(0)! < 0x20 || ch === '\u007f') out += ' ';
    else out += `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * Japanese fonts first, one for each system: 游ゴシック (Windows, macOS), ヒラギノ (macOS), BIZ UDP
 * ゴシック (Windows 10+, Linux: Debian's fonts-morisawa-bizud-gothic), Noto Sans CJK JP (Linux:
 * fonts-noto-cjk), メイリオ (older Windows). Their Latin letters serve English text as well.
 * BIZ UDPゴシック comes before Noto Sans CJK JP for the PDF: Chromium embeds a TrueType font as a
 * named, subset CID font, but draws Noto's CFF outlines (and any synthesized bold) as anonymous
 * Type 3 glyphs; BIZ UDPゴシック is TrueType and has a real bold.
 */
const FONTS = '"Yu Gothic Medium", "游ゴシック Medium", "Yu Gothic", "游ゴシック", YuGothic, "游ゴシック体", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "ヒラギノ角ゴシック", "BIZ UDPGothic", "BIZ UDPゴシック", "Noto Sans CJK JP", "Noto Sans JP", Meiryo, sans-serif';

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
  font-family: ${FONTS}; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; color: #1b1b1b; background: #fff;
  line-height: 1.7; overflow-wrap: break-word; }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; line-height: 1.35; margin: 2.4rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid #c9cede; }
h3 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h4 { font-size: 1.07rem; margin: 1.6rem 0 .5rem; }
h5 { font-size: 1rem; margin: 1.3rem 0 .4rem; }
h6 { font-size: .95rem; margin: 1.1rem 0 .4rem; }
p, ul, ol { margin: .5rem 0; }
ul { padding-left: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .94rem; }
th, td { border: 1px solid #9aa0ad; padding: .3rem .55rem; vertical-align: top; text-align: left; }
th { background: #eef0f6; }
td[style*="right"], th[style*="right"] { text-align: right; font-variant-numeric: tabular-nums; }
th, td { min-width: 4em; }
.nobr, th.id, td.id { white-space: nowrap; }
th.id, td.id { width: 1%; }
th.short, td.short { word-break: keep-all; }
th.blank, td.blank { width: 28%; }
:is(th, td).blank:nth-child(2):last-child { width: 65%; }
th:not([class]), td:not([class]) { min-width: 7em; }
#signature + p + table td { height: 6em; vertical-align: middle; }
#signature + p + table :is(th, td):nth-child(1) { width: 8em; }
#signature + p + table :is(th, td):nth-child(3) { width: 34%; }
#signature + p + table :is(th, td):nth-child(4) { width: 6.5em; min-width: 6.5em; }
blockquote { margin: 1rem 0; padding: .55rem 1rem; border-left: .4rem solid #b3261e; background: #fdf1f0; }
blockquote p { margin: 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .88em; background: #f2f3f5; padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
a { color: #0b4fb3; }
hr { border: 0; border-top: 1px solid #c9cede; margin: 2rem 0; }
:target { background: #fff5c2; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.55; }
  blockquote.repeat { display: none; }
  #conformity { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr, blockquote, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; }
  blockquote { background: none; border: 1px solid #b3261e; border-left-width: .4rem; }
  code { background: none; padding: 0; }
  code.digest { white-space: nowrap; font-size: .75em; }
  :target { background: none; }
}
`;

export interface PageOptions {
  lang: Lang;
  /** The page title (plain text). */
  title: string;
  /** Printed at the top of every page, e.g. 草案 DRAFT (plain text); nothing when undefined. */
  header?: string;
  /** Printed at the bottom left of every page (plain text). */
  footer: string;
  /** The HTML body, from markdownToHtml. */
  body: string;
}

/**
 * A complete, self-contained HTML page. The print header and footer are page-margin boxes of
 * `@page`, which Chromium (131 and later) and other paged-media engines repeat on every printed
 * page; the page number goes bottom right.
 */
export function htmlPage(options: PageOptions): string {
  const { lang, title, header, footer, body } = options;
  const print = [
    '@page {',
    '  size: A4 portrait;',
    `  font-family: ${FONTS};`,
    '  margin: 16mm 14mm 16mm;',
    ...(header === undefined ? [] : [`  @top-center { content: ${cssString(header)}; color: #b3261e; font-weight: bold; font-size: 9pt; }`]),
    `  @bottom-left { content: ${cssString(footer)}; color: #555; font-size: 8pt; }`,
    '  @bottom-right { content: counter(page) " / " counter(pages); color: #555; font-size: 8pt; }',
    '}',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="@sisc/render">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}${print}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
