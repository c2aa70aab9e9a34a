/**
 * Safe-by-default Markdown building. Every document is written as Markdown first (and turned into
 * HTML by `_html.ts`); the only way to put text into it is through `md`, whose template parts are
 * trusted (written here, in code) and whose interpolated strings are escaped. So no text from a
 * release, an assessment or a result can add a link, an image, a heading, a list, a table cell or
 * raw HTML: it always ends up as the very characters it was.
 */

/** A fragment of Markdown that is safe to place inline: produced by `md`, `esc`, `code`, `link`, … */
export interface Md {
  readonly md: string;
}

const fragment = (md: string): Md => Object.freeze({ md });
export const EMPTY: Md = fragment('');

function isMd(value: unknown): value is Md {
  return typeof value === 'object' && value !== null && typeof (value as Md).md === 'string';
}

/** A list entry: a fragment, or a fragment with nested entries. */
export type ListItem = Md | { readonly item: Md; readonly children: readonly ListItem[] };

export type MdValue = Md | string | number | readonly Md[];

/**
 * Tagged template: literal parts are Markdown written by us; every string or number interpolated
 * is escaped with `esc`; `Md` fragments go in as they are; arrays of fragments are joined.
 */
export function md(strings: TemplateStringsArray, ...values: MdValue[]): Md {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += toMd(v) + (strings[i + 1] ?? '');
  });
  return fragment(out);
}

function toMd(v: MdValue): string {
  if (typeof v === 'string') return escapeInline(v);
  if (typeof v === 'number') return escapeInline(String(v));
  if (Array.isArray(v)) return v.map((x: Md) => x.md).join('');
  if (isMd(v)) return v.md;
  throw new TypeError('md: unsupported value');
}

/** Joins fragments with a separator (the separator is trusted Markdown). */
export function join(parts: readonly Md[], separator: string): Md {
  return fragment(parts.map((p) => p.md).join(separator));
}

/** Escapes one text for an inline position (see escapeInline). */
export function esc(text: string): Md {
  return fragment(escapeInline(text));
}

// C0 and C1 controls (tab, CR and LF included), line and paragraph separators, and the bidi
// embedding / override / isolate controls, which could make a text read differently from what it is.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Characters with a meaning in CommonMark / GFM inline syntax, escaped wherever they occur.
const SPECIAL = /[\\`*_[\]()!<>#|~&]/g;

/**
 * One line of plain text: every control character (line breaks and tabs included) and bidi
 * control becomes a space, runs of ASCII spaces collapse to one, and the ends are trimmed. Other
 * spaces (the ideographic space U+3000, no-break spaces) inside the text are kept.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Escapes a text so that Markdown renders exactly its characters, in any inline position (a
 * paragraph, a list item, a heading, a table cell): it is put on one line (`oneLine`), every
 * character with an inline meaning ([ ] ( ) ! < > * _ ` # | ~ & \) gets a backslash. A text at the
 * start of a line cannot open a block either: MarkdownDoc escapes list and setext markers there.
 */
export function escapeInline(text: string): string {
  return oneLine(text).replace(SPECIAL, '\\$&');
}

/**
 * Text from an assessment or a result (an organisation name, a justification, an evidence title,
 * a message): escaped like any text, and also every "." ":" "@" and "/", so that no Markdown viewer
 * that links bare URLs, scheme-less //host, www. addresses or e-mail addresses (GFM autolinks,
 * markdown-it linkify)
 * turns part of it into a link either.
 */
export function untrusted(text: string): Md {
  return fragment(escapeInline(text).replace(/[.:@/]/g, '\\$&'));
}

/**
 * Escapes what would open a block at the start of a line (a list, quote or setext marker: - + =
 * 1. 1)); the rest of a line is safe once its values went through `escapeInline`, which also
 * escapes > and #.
 */
function lineStart(text: string): string {
  return text.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A code span holding a text literally (for URIs, JSON values): Markdown inside is not
 * interpreted, and no renderer turns it into a link. On one line; the backtick fence is longer
 * than any run of backticks in the text. Not for table cells (a "|" would split the cell).
 */
export function code(text: string): Md {
  const line = oneLine(text);
  if (line === '') return EMPTY;
  let longest = 0;
  for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
  return fragment(`${fence}${pad}${line}${pad}${fence}`);
}

/** Characters allowed in the anchors we generate: requirement, item and category IDs, slugs. */
const ANCHOR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isAnchorId(id: string): boolean {
  return ANCHOR.test(id);
}

function checkAnchor(id: string): string {
  if (!ANCHOR.test(id)) throw new Error(`internal: "${id}" cannot be used as an anchor`);
  return id;
}

/**
 * An anchor target, `<a id="ID"></a>`, placed at the start of a heading (GitHub and other
 * Markdown viewers honour it). Our markdown-it parser reads exactly this form (and no other HTML)
 * and moves the id onto the heading.
 */
export function anchor(id: string): Md {
  return fragment(`<a id="${checkAnchor(id)}"></a>`);
}

/** A link to an anchor in the same document. */
export function link(text: MdValue, id: string): Md {
  return fragment(`[${toMd(text)}](#${checkAnchor(id)})`);
}

const HTTP_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * An http(s) URL from a criteria release (a document or framework URL): an autolink when it is a
 * plain http(s) URL, otherwise a code span. Never used for text from an assessment.
 */
export function url(value: string): Md {
  return HTTP_URL.test(value) && !/[<>]/.test(value) ? fragment(`<${value}>`) : code(value);
}

/** Bold. */
export function strong(text: MdValue): Md {
  return fragment(`**${toMd(text)}**`);
}

/**
 * Builds a Markdown document block by block: headings (in order, never skipping a level),
 * paragraphs, lists, tables and notices. Blocks are separated by one blank line; the document
 * ends with one newline.
 */
export class MarkdownDoc {
  private readonly blocks: string[] = [];
  private lastHeading = 0;
  private readonly anchors = new Set<string>();

  /** A heading of level 1–6, optionally with an anchor (its `id` in HTML). */
  heading(level: number, text: Md, anchorId?: string): this {
    if (level < 1 || level > 6 || level > this.lastHeading + 1) throw new Error(`internal: heading level ${level} after ${this.lastHeading}`);
    this.lastHeading = level;
    const target = anchorId === undefined ? '' : this.claim(anchorId).md;
    this.blocks.push(`${'#'.repeat(level)} ${target}${text.md}`);
    return this;
  }

  /** Registers an anchor placed elsewhere (a table cell); every anchor is unique in a document. */
  claim(anchorId: string): Md {
    if (this.anchors.has(anchorId)) throw new Error(`internal: duplicate anchor "${anchorId}"`);
    this.anchors.add(anchorId);
    return anchor(anchorId);
  }

  paragraph(text: Md): this {
    if (text.md !== '') this.blocks.push(lineStart(text.md));
    return this;
  }

  /** A bulleted list; items may carry nested items, to any depth. */
  list(items: readonly ListItem[]): this {
    if (items.length === 0) return this;
    const lines: string[] = [];
    // An empty item gets a no-break space: a bare "-" under an item would be a setext underline.
    const content = (m: Md) => (m.md === '' ? '&nbsp;' : lineStart(m.md));
    const walk = (entries: readonly ListItem[], indent: string) => {
      for (const entry of entries) {
        if (isMd(entry)) lines.push(`${indent}- ${content(entry)}`);
        else {
          lines.push(`${indent}- ${content(entry.item)}`);
          walk(entry.children, `${indent}  `);
        }
      }
    };
    walk(items, '');
    this.blocks.push(lines.join('\n'));
    return this;
  }

  /** A table; cells must be inline fragments (escaped text never holds an unescaped "|"). */
  table(header: readonly Md[], rows: readonly (readonly Md[])[], align?: readonly ('left' | 'right' | 'center')[]): this {
    const cell = (m: Md) => (m.md === '' ? ' ' : m.md);
    const rule = header.map((_, i) => ({ left: '---', right: '--:', center: ':-:' })[align?.[i] ?? 'left']);
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`];
    for (const row of rows) {
      if (row.length !== header.length) throw new Error('internal: table row width');
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    this.blocks.push(lines.join('\n'));
    return this;
  }

  /** A notice (a block quote): the draft notice, warnings. HTML styles block quotes as notices. */
  notice(text: Md): this {
    this.blocks.push(`> ${lineStart(text.md)}`);
    return this;
  }

  /** A thematic break. */
  rule(): this {
    this.blocks.push('---');
    return this;
  }

  toString(): string {
    return `${this.blocks.join('\n\n')}\n`;
  }
}
