// `pnpm run docs` and `pnpm generate` (through packages/render/scripts/generate.ts) write the
// published documents of every shipped criteria release into docs/standard/, rendered from the
// data by @sisc/render. The files are committed; packages/render/test/docs-fresh.test.ts fails
// when one is stale ("run pnpm run docs"). Plain `pnpm docs` does not reach this script: pnpm
// passes `docs` through to `npm docs`.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCriteria, listCriteria, type CriteriaListing } from '@sisc/criteria';
import { diffCriteria } from '@sisc/diff';
import type { CriteriaRelease } from '@sisc/model';
import { renderChecklist, renderDiff, renderStandard } from '@sisc/render';

export const DOCS_DIR = join(import.meta.dirname, '..', 'docs', 'standard');

const LANGS = ['ja', 'en'] as const;
/** A text in a Markdown table cell, shown as it is. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]()!<>#|~&]/g, '\\$&');
const STATUS = {
  ja: { draft: '草案', effective: '発効', superseded: '旧版（後継版あり）', withdrawn: '廃止' },
  en: { draft: 'draft', effective: 'effective', superseded: 'superseded', withdrawn: 'withdrawn' },
} as const;

/** HTML text, escaped (release notes of a first release quote the release's title). */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The release a release's notes compare with: the one its change log names, else the one before it. */
function previousOf(listing: readonly CriteriaListing[], index: number): string | undefined {
  const from = getCriteria(listing[index]!.version).changeLog?.from;
  if (from !== undefined && listing.some((l, k) => k < index && l.version === from)) return from;
  return index > 0 ? listing[index - 1]!.version : undefined;
}

const FIRST = {
  ja: (r: CriteriaRelease, n: number) => ({ title: `リリースノート ${r.version}`, body: `${r.version} は最初のリリースです（要求事項 ${n} 件）。以前の版がないため、変更点はありません。` }),
  en: (r: CriteriaRelease, n: number) => ({ title: `Release notes ${r.version}`, body: `${r.version} is the first release (${n} requirements). There is no earlier release, so there are no changes.` }),
} as const;

/**
 * The release notes of one release, from its declared change log and the changes computed against
 * the release before it (renderDiff of @sisc/render over diffCriteria of @sisc/diff).
 */
function releaseNotes(listing: readonly CriteriaListing[], index: number, lang: 'ja' | 'en', format: 'markdown' | 'html'): string {
  const release = getCriteria(listing[index]!.version);
  const previous = previousOf(listing, index);
  if (previous !== undefined) {
    const before = getCriteria(previous);
    return renderDiff(diffCriteria(before, release), before, release, { lang, format });
  }
  const n = release.categories.reduce((sum, c) => sum + c.items.reduce((k, it) => k + it.requirements.length, 0), 0);
  const { title, body } = FIRST[lang](release, n);
  const heading = `${title} — ${lang === 'ja' ? release.title.ja : (release.title.en ?? release.title.ja)}`;
  if (format === 'markdown') return `# ${cell(heading)}\n\n${cell(body)}\n`;
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${html(heading)}</title>\n</head>\n<body>\n<h1>${html(heading)}</h1>\n<p>${html(body)}</p>\n</body>\n</html>\n`;
}

/**
 * Every published document, by path relative to docs/standard/: per release
 * <version>/{standard,checklist,release-notes}.<lang>.{md,html} and checklist.<lang>.csv, and
 * README.md, the index of every release with its status, dates and digest.
 */
export function publishedDocuments(): Map<string, string> {
  const files = new Map<string, string>();
  const listing = listCriteria();
  for (const [index, { version }] of listing.entries()) {
    const release = getCriteria(version);
    for (const lang of LANGS) {
      for (const [format, ext] of [
        ['markdown', 'md'],
        ['html', 'html'],
      ] as const) {
        files.set(`${version}/standard.${lang}.${ext}`, renderStandard(release, { lang, format }));
        files.set(`${version}/checklist.${lang}.${ext}`, renderChecklist(release, { lang, format }));
        files.set(`${version}/release-notes.${lang}.${ext}`, releaseNotes(listing, index, lang, format));
      }
      files.set(`${version}/checklist.${lang}.csv`, renderChecklist(release, { lang, format: 'csv' }));
    }
  }
  const rows = [...listing].reverse().map(({ version, status, title, dates, digest }) => {
    const links = (lang: 'ja' | 'en') =>
      [`[MD](${version}/standard.${lang}.md)`, `[HTML](${version}/standard.${lang}.html)`, `[MD](${version}/checklist.${lang}.md)`, `[HTML](${version}/checklist.${lang}.html)`, `[CSV](${version}/checklist.${lang}.csv)`];
    const [sja, hja, cja, chja, csvja] = links('ja');
    const [sen, hen, cen, chen, csven] = links('en');
    const notes = `[ja MD](${version}/release-notes.ja.md) [HTML](${version}/release-notes.ja.html) · [en MD](${version}/release-notes.en.md) [HTML](${version}/release-notes.en.html)`;
    const when = [dates.published ?? '-', dates.effectiveFrom ?? '-', dates.acceptUntil ?? '-'].join(' / ');
    return `| ${version} | ${STATUS.ja[status]} / ${STATUS.en[status]} | ${when} | ${cell(title.ja)} | ${sja} ${hja} | ${cja} ${chja} ${csvja} | ${sen} ${hen} | ${cen} ${chen} ${csven} | ${notes} | \`${digest}\` |`;
  });
  files.set(
    'README.md',
    [
      '# SIセキュリティ認定制度 要求事項 — 公開文書 / Published documents',
      '',
      '<!-- Generated by `pnpm run docs` (scripts/docs.ts) from the criteria data. Do not edit. -->',
      '',
      '基準データ（`@sisc/criteria`）から `pnpm run docs` で生成した、リリースごとの要求事項の文書とレベル1 自己適合宣言のチェックリストです。編集しないでください。',
      'The standard document and the Level 1 self-declaration checklist of every shipped criteria release, generated from the data by `pnpm run docs`. Do not edit them by hand.',
      '',
      '- 草案の文書は、各ページに草案であることを表示します。 / Drafts are marked as drafts on every page.',
      '- 要求事項のIDはそのままアンカーです（例: `standard.ja.html#GOV-01.01`）。 / Every requirement ID is an anchor (e.g. `standard.en.html#GOV-01.01`).',
      '- CSV は Excel でそのまま開けます（UTF-8 BOM 付き）。 / The CSV opens in Excel as it is (UTF-8 with BOM).',
      '',
      '- リリースノートは、宣言された変更履歴（changeLog）と、前の版から計算した変更から生成しています。ダイジェストは基準データの SHA-256（`criteriaDigest`）です。 / The release notes are made from the declared change log and the changes computed from the release before; the digest is the SHA-256 of the criteria data (`criteriaDigest`).',
      '',
      '| 版 Version | 状態 Status | 公表日 / 発効日 / 受付終了日 Published / effective from / accepted until | 名称 Title | 要求事項 Standard (ja) | チェックリスト Checklist (ja) | Standard (en) | Checklist (en) | リリースノート Release notes | ダイジェスト Digest (sha256) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
  return files;
}

/** The files under docs/standard/ now, by path relative to it. */
export function existingDocuments(dir = DOCS_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Writes every published document, and removes files that no release produces any more. */
export function writeDocs(dir = DOCS_DIR): { written: number; removed: string[] } {
  const files = publishedDocuments();
  const removed = existingDocuments(dir).filter((p) => !files.has(p));
  for (const p of removed) rmSync(join(dir, p));
  for (const [p, content] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return { written: files.size, removed };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { written, removed } = writeDocs();
  console.log(`docs/standard: wrote ${written} files${removed.length > 0 ? `, removed ${removed.join(', ')}` : ''}`);
}
