/**
 * `sisc render … --format pdf`, as a user runs it, checked with Debian's poppler-utils: the text
 * extracted by pdftotext (organisation, auditor, body, reference, requirement IDs, verdicts), the
 * fonts listed by pdffonts (a Japanese font embedded), page numbers, and the same bytes from two
 * runs. Needs Chromium (/usr/bin/chromium or SISC_CHROMIUM; scripts/setup.sh and CI install it):
 * without it the tests are skipped, saying why. poppler-utils is required (setup installs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCriteria } from '@sisc/criteria';
import { DEFAULT_CHROMIUM, stabilizePdf } from '../src/_pdf.js';
import { sisc, tempDir } from './_harness.js';

const CHROMIUM = process.env.SISC_CHROMIUM || DEFAULT_CHROMIUM;
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const AUDIT = 'docs/examples/level2-infrastructure-audit.yaml';
const VENDOR = 'docs/examples/level1-small-vendor.yaml';
const GAPS = 'docs/examples/level1-with-gaps.json';
const AS_OF = ['--as-of', '2026-04-01'];
const ENV = { LANG: 'en_US.UTF-8', SISC_CHROMIUM: CHROMIUM };

function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw new Error(`${tool} is missing: install Debian's poppler-utils (scripts/setup.sh does).`);
    throw err;
  }
}

/** Renders a document to a PDF file and returns its path. */
async function pdf(args: string[], lang: 'ja' | 'en' = 'ja'): Promise<string> {
  const out = join(tempDir(), 'out.pdf');
  const run = await sisc(['render', ...args, '--format', 'pdf', '--lang', lang, '--out', out], { env: ENV });
  expect(run.stderr).toMatch(/out\.pdf/); // "wrote …"
  expect(run.code).toBe(0);
  return out;
}

const text = (file: string, layout = false) => poppler('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']);
/** "3 / 9" as pdftotext gives it (it may drop the spaces). */
const pageNumber = (p: number, pages: number) => new RegExp(`(^|\\s)${p}\\s*/\\s*${pages}(\\s|$)`);

if (!HAVE_CHROMIUM) {
  console.warn(`PDF tests skipped: there is no Chromium at ${CHROMIUM}`);
  it.skip(`PDF tests skipped: there is no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set SISC_CHROMIUM)`, () => {});
}

describe.skipIf(!HAVE_CHROMIUM)('render --format pdf', () => {
  it('the Level 2 audit report: organisation, auditor, body, reference, every requirement ID and its verdict, as text', async () => {
    const file = await pdf(['report', AUDIT, ...AS_OF]);
    const t = text(file);
    for (const s of ['評価報告書', '株式会社東海インフラテクノロジー', '審査 真理子', '一般社団法人サンプル認定審査機構', 'SISC-L2-2026-0042', '2026-03-27', '東 誠一郎']) {
      expect(t).toContain(s);
    }
    const release = getCriteria('1.0.0-draft.1');
    const ids = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((q) => q.id)));
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(t).toContain(id);
    // A row of the verdict table, on one line: ID, requirement, level, verdict, reason.
    expect(text(file, true)).toMatch(/GOV-01\.01 +中項目の徹底を供給者として宣言する +1 +適合 +適合と回答\n/);
    expect(t).toContain('https://www.example.co.jp/about/security-declaration/'); // an evidence URI, as text
    expect(t).toContain('DOC-ISMS-001');
  }, 60_000);

  it('a report with gaps says 非適合, in Japanese', async () => {
    const t = text(await pdf(['report', GAPS, ...AS_OF]));
    expect(t).toContain('非適合');
    expect(t).toContain('2025年度の基礎教育は未実施'); // an answer's note
  }, 60_000);

  it('embeds a Japanese font (named, subset, TrueType) and numbers the pages', async () => {
    const file = await pdf(['declaration', VENDOR, ...AS_OF]);
    const fonts = poppler('pdffonts', [file]).split('\n').slice(2);
    const cjk = fonts.filter((l) => /(BIZUDP?Gothic|NotoSans(Mono)?CJK|NotoSansJP|IPAexGothic|IPAGothic|YuGothic|Hiragino)/i.test(l));
    expect(cjk.length).toBeGreaterThan(0);
    for (const line of cjk) expect(line.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']); // emb sub uni
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const t = text(file);
    for (let p = 1; p <= pages; p++) expect(t).toMatch(pageNumber(p, pages));
    for (const s of ['自己適合宣言書', '株式会社みなとネットソリューションズ', '代表取締役', '署名・押印', '印']) expect(t).toContain(s);
  }, 60_000);

  it('gives the same bytes twice, with no creation date in them, and a valid cross-reference table', async () => {
    const a = readFileSync(await pdf(['report', AUDIT, ...AS_OF]));
    const b = readFileSync(await pdf(['report', AUDIT, ...AS_OF]));
    expect(a.equals(b)).toBe(true);
    const latin1 = a.toString('latin1');
    expect(latin1).not.toMatch(/\/(CreationDate|ModDate)/);
    const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1)![1]);
    expect(latin1.slice(startxref, startxref + 4)).toBe('xref');
    // Every object the table lists starts where the table says.
    const table = latin1.slice(startxref).split('trailer')[0]!;
    const offsets = [...table.matchAll(/^(\d{10}) 00000 n/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(10);
    for (const offset of offsets) expect(latin1.slice(offset, offset + 20)).toMatch(/^\d+ 0 obj/);
  }, 90_000);

  it.each(['ja', 'en'] as const)('in %s: every document prints, with its title and the draft mark in the text', async (lang) => {
    const docs: [string[], string][] = [
      [['standard', '--criteria', '1.0.0-draft.1'], lang === 'ja' ? 'SIセキュリティ認定制度 要求事項（案）' : 'SI Security Certification requirements (draft)'],
      [['checklist', '--level', '1', '--criteria', '1.0.0-draft.1'], lang === 'ja' ? 'チェックリスト' : 'checklist'],
      [['declaration', VENDOR, ...AS_OF], lang === 'ja' ? '自己適合宣言書' : 'Self-declaration of conformity'],
      [['report', AUDIT, ...AS_OF], lang === 'ja' ? '審査 真理子' : 'Auditor: 審査 真理子'],
      [['changelog', '1.0.0-draft.1', '1.0.0-draft.1'], '1.0.0-draft.1 → 1.0.0-draft.1'],
    ];
    for (const [args, title] of docs) {
      const file = await pdf(args, lang);
      const t = text(file);
      expect(t, args[0]).toContain(title);
      expect(t, args[0]).toContain(lang === 'ja' ? '草案 DRAFT' : 'DRAFT 草案');
      const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]))![1]);
      expect(t, args[0]).toMatch(pageNumber(pages, pages));
    }
  }, 120_000);

  it('writes the bytes to standard output when it is not a terminal, and refuses a terminal', async () => {
    const chunks: Uint8Array[] = [];
    const run = await sisc(['render', 'checklist', '--format', 'pdf'], { env: ENV, io: { stdoutBytes: (b) => void chunks.push(b) } });
    expect(run.code).toBe(0);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const tty = await sisc(['render', 'checklist', '--format', 'pdf', '--lang', 'ja'], { env: ENV, stdoutIsTTY: true, io: { stdoutBytes: () => {} } });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('pdf ファイルはテキストではないため、端末には出力しません');
  }, 60_000);
});

describe('stabilizePdf', () => {
  it('blanks the dates and zeroes an /ID, keeping every byte offset', () => {
    const input = "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261202201001+00'00')\n/ModDate (D:20261202201001+00'00')>>\nendobj\ntrailer\n<</ID [<0A1B2C> <3d4e5f>]>>\n";
    const out = Buffer.from(stabilizePdf(new Uint8Array(Buffer.from(input, 'latin1')))).toString('latin1');
    expect(out.length).toBe(input.length);
    expect(out).not.toContain('2026');
    expect(out).toContain('/Producer (Skia/PDF m156)');
    expect(out).toContain('/ID [<000000> <000000>]');
    expect(out.indexOf('endobj')).toBe(input.indexOf('endobj'));
  });
});
