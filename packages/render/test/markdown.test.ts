/**
 * The escaping every document relies on: whatever a text holds, in whatever position it lands
 * (paragraph, list item, heading, table cell, notice), Markdown renders exactly its characters —
 * no element, link, image or block of its own. Checked table-driven with known attacks and with
 * fast-check over arbitrary strings, through the very markdown-it setup the HTML uses, and through
 * a markdown-it that links bare URLs (as some Markdown viewers do).
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { csv, csvField } from '../src/_csv.js';
import { markdownToHtml } from '../src/_html.js';
import { anchor, code, esc, link, MarkdownDoc, md, oneLine, untrusted, type Md } from '../src/_markdown.js';
import { PAYLOADS, URI_PAYLOADS } from './_fixtures.js';

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The tags of an HTML fragment, and its text. The one element the page adds inside text, a span
 * keeping an ID such as GOV-01.01 on one line, holds nothing but the ID and is left out.
 */
function parts(fragment: string): { tags: string[]; text: string } {
  const html = fragment.replace(/<span class="nobr">([A-Z]{2,6}-[0-9]{2,3}(?:\.[0-9]{2,3})?)<\/span>/g, '$1');
  const tags = [...html.matchAll(/<\/?([a-z0-9]+)[^>]*>/g)].map((m) => m[1]!);
  return { tags, text: decode(html.replace(/<[^>]*>/g, '')).replace(/\n/g, '') };
}

type Context = [name: string, build: (m: Md) => string, tags: string[]];
const CONTEXTS: Context[] = [
  ['paragraph', (m) => new MarkdownDoc().paragraph(m).toString(), ['p']],
  ['paragraph after a label', (m) => new MarkdownDoc().paragraph(md`Label: ${m}`).toString(), ['p']],
  ['list item', (m) => new MarkdownDoc().list([m]).toString(), ['ul', 'li']],
  ['nested list item', (m) => new MarkdownDoc().list([{ item: md`x`, children: [m] }]).toString(), ['ul', 'li']],
  ['heading', (m) => new MarkdownDoc().heading(1, m).toString(), ['h1']],
  ['notice', (m) => new MarkdownDoc().notice(m).toString(), ['blockquote', 'p']],
  ['table cell', (m) => new MarkdownDoc().table([md`h`, md`i`], [[m, md`z`]]).toString(), ['table', 'thead', 'tbody', 'tr', 'th', 'td']],
];

const SPECIALS = [...'\\`*_[]()!<>#|~&-+=.:@"\'{}^$%/;?,'];
/** Strings made mostly of Markdown's special characters, line breaks, digits and spaces. */
const markdownish = fc.string({ unit: fc.constantFrom(...SPECIALS, ' ', '  ', '\n', '\r\n', '\t', '1', '1.', 'a', 'x', 'http://', 'www.', 'javascript:', '<script>', '日本', '\u3000'), maxLength: 40 });
const anything = fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...PAYLOADS));

const renderOf = (markdown: string) => markdownToHtml(markdown);
const linkifying = new MarkdownIt('default', { html: false, linkify: true });

/** The text as it ends up: on one line; markdown-it trims table cells fully (JS trim). */
const expectedText = (s: string, context: string) => {
  const line = context === 'table cell' ? oneLine(s).trim() : oneLine(s);
  return line === '' && context.includes('list') ? '\u00a0' : line;
};

describe.each(CONTEXTS)('a text in a %s', (context, build, allowed) => {
  const check = (s: string, escape: (s: string) => Md) => {
    const { tags, text } = parts(renderOf(build(escape(s))));
    expect(tags.filter((t) => !allowed.includes(t))).toEqual([]);
    const shown = context === 'table cell' ? text.slice(2, -1) : context === 'nested list item' ? text.slice(1) : context === 'paragraph after a label' ? text.slice('Label: '.length) : text;
    expect(shown).toBe(expectedText(s, context));
  };

  it.each(PAYLOADS)('shows %j as its characters, in no element of its own', (payload) => {
    check(payload, esc);
    check(payload, untrusted);
  });

  it('shows any string as its characters (property)', () => {
    fc.assert(
      fc.property(anything, (s) => {
        check(s, esc);
        check(s, untrusted);
      }),
      { numRuns: 300 },
    );
  });
});

describe('table columns', () => {
  const table = (rows: string[][]) => renderOf(new MarkdownDoc().table(rows[0]!.map((h) => esc(h)), rows.slice(1).map((r) => r.map((c) => (c === '' ? md`` : esc(c))))).toString());
  it('are classed by what they hold: IDs, short phrases, blanks to fill in, prose', () => {
    const html = table([
      ['ID', '回答', '要求事項', '記入'],
      ['GOV-01.01', '適合と回答', '法令を遵守し、サービス運用基盤及びプロセスに関するすべてのセキュリティポリシーを文書化し、維持する', ''],
      ['GOV-01.02', '該当なし', '短い', ''],
    ]);
    expect(html).toContain('<th class="id">ID</th>\n<th class="short">回答</th>\n<th>要求事項</th>\n<th class="blank">記入</th>');
    expect(html).toContain('<td class="id"><span class="nobr">GOV-01.01</span></td>\n<td class="short">適合と回答</td>\n<td>法令を');
    expect(html).toContain('<td class="blank"></td>');
  });
});

describe('untrusted text', () => {
  it('never becomes a link, even for a Markdown viewer that links bare URLs, www. and e-mail addresses', () => {
    const triggers = [
      'see https://evil.example/x or www.evil.example or mail@evil.example',
      'evil.example',
      '127.0.0.1:9',
      '//evil.example/path',
      'see //evil.example/path now',
      'ｈｔｔｐｓ：／／evil．example／x',
      'ｗｗｗ．evil．example',
      'mail＠evil．example',
      'xmpp:mail@evil.example',
      'mailto:mail@evil.example',
      'WWW.EVIL.EXAMPLE',
    ];
    for (const s of [...PAYLOADS, ...triggers]) {
      const markdown = new MarkdownDoc().paragraph(untrusted(s)).toString();
      expect(linkifying.render(markdown)).not.toContain('<a');
      // What a GFM autolink renderer (GitHub's cmark-gfm) links: www., a scheme and //, name@host.
      // None of them may be left in the Markdown source unescaped.
      expect(markdown).not.toMatch(/www\.|[a-z]:\/\/|[^\\]\/\/[^\s/]|[\w.+-]@[\w-]/i);
    }
    fc.assert(
      fc.property(anything, (s) => !linkifying.render(new MarkdownDoc().list([untrusted(s)]).toString()).includes('<a')),
      { numRuns: 300 },
    );
  });
});

describe('code spans (evidence URIs)', () => {
  it.each(URI_PAYLOADS)('keep %j literally, never as a link', (uri) => {
    for (const parser of [renderOf, (m: string) => linkifying.render(m)]) {
      const html = parser(new MarkdownDoc().paragraph(md`Evidence: ${code(uri)}`).toString());
      expect(html).not.toContain('<a');
      expect(parts(html).tags).toEqual(['p', 'code', 'code', 'p']);
      expect(parts(html).text).toBe(`Evidence: ${oneLine(uri)}`);
    }
  });

  it('keep any string literally (property)', () => {
    fc.assert(
      fc.property(
        anything.filter((s) => oneLine(s) !== ''),
        (s) => {
          const html = renderOf(new MarkdownDoc().paragraph(md`x ${code(s)}`).toString());
          const { tags, text } = parts(html);
          expect(tags).toEqual(['p', 'code', 'code', 'p']);
          // CommonMark strips one space from each end of a code span padded on both sides.
          expect(text.slice(2)).toBe(oneLine(s));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('anchors and links', () => {
  it('an anchor opening a heading becomes the id of the heading', () => {
    expect(renderOf(new MarkdownDoc().heading(1, md`T`).heading(2, md`GOV-01.01 x`, 'GOV-01.01').toString())).toContain('<h2 id="GOV-01.01"><span class="nobr">GOV-01.01</span> x</h2>');
  });

  it('an anchor elsewhere becomes an empty span with the id', () => {
    expect(renderOf(new MarkdownDoc().paragraph(md`${anchor('level-1')}1`).toString())).toBe('<p><span id="level-1"></span>1</p>\n');
  });

  it('the anchor form written as text is shown, not read', () => {
    expect(renderOf(new MarkdownDoc().heading(1, esc('<a id="GOV-01.01"></a>x')).toString())).toBe('<h1>&lt;a id=&quot;<span class="nobr">GOV-01.01</span>&quot;&gt;&lt;/a&gt;x</h1>\n');
  });

  it('keeps IDs in text on one line (a span of their own), and nothing else', () => {
    const html = renderOf(new MarkdownDoc().paragraph(esc('GOV-01.01, GOV-01 and GOV; not GOVERNMENT-2026, ISO-27001, SISC-L2-2026-0042 or GOV-01.01.5')).toString());
    expect(html).toBe('<p><span class="nobr">GOV-01.01</span>, <span class="nobr">GOV-01</span> and GOV; not GOVERNMENT-2026, ISO-27001, SISC-L2-2026-0042 or GOV-01.01.5</p>\n');
  });

  it('refuses anything but a plain ID as an anchor or link target', () => {
    for (const bad of ['', 'a b', '"x', 'x"onmouseover="1', '#x', 'javascript:1', 'a/b']) {
      expect(() => anchor(bad)).toThrow(/cannot be used as an anchor/);
      expect(() => link('x', bad)).toThrow(/cannot be used as an anchor/);
    }
  });

  it('a document refuses a duplicate anchor and a skipped heading level', () => {
    const doc = new MarkdownDoc().heading(1, md`a`, 'x');
    expect(() => doc.heading(2, md`b`, 'x')).toThrow(/duplicate anchor "x"/);
    expect(() => new MarkdownDoc().heading(1, md`a`).heading(3, md`c`)).toThrow(/heading level 3 after 1/);
  });
});

describe('csv', () => {
  it.each([
    ['plain', 'abc', '"abc"'],
    ['quotes are doubled', 'say "hi"', '"say ""hi"""'],
    ['commas and line breaks stay inside the field', 'a,b\r\nc', '"a,b\r\nc"'],
    ['= starts a formula', '=1+1', `"'=1+1"`],
    ['+ starts a formula', '+1', `"'+1"`],
    ['- starts a formula', '-1', `"'-1"`],
    ['@ starts a formula', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\t=1', `"'\t=1"`],
    ['a carriage return', '\r=1', `"'\r=1"`],
    ['in the middle it is text', 'a=1', '"a=1"'],
    ['empty', '', '""'],
    ['Japanese', '要求事項「GOV」', '"要求事項「GOV」"'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(csv([['a', 'b'], ['c', 'd']])).toBe('\uFEFF"a","b"\r\n"c","d"\r\n');
  });
});
