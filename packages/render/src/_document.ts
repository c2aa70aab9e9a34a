/** What every document shares: the release's status notice, and the Markdown → HTML page step. */
import { releaseStatusPolicy, type CriteriaRelease } from '@sisc/model';
import { htmlPage, markdownToHtml } from './_html.js';
import { loc, plain, WORDS } from './_i18n.js';
import { md, strong, type Md } from './_markdown.js';
import type { Lang } from './_options.js';

/** The notice a release's status calls for, shown at the top (and, for a draft, in every section). */
export function statusNotice(release: CriteriaRelease, lang: Lang): Md | undefined {
  const w = WORDS[lang];
  switch (release.status) {
    case 'draft':
      return md`${strong(w.draftWord)} ${w.draftBanner(release.version)}`;
    case 'superseded':
      return md`${strong(w.status.superseded)} ${w.supersededBanner(release.version)}`;
    case 'withdrawn':
      return md`${strong(w.status.withdrawn)} ${w.withdrawnBanner(release.version)}`;
    case 'effective':
      return undefined;
  }
}

/**
 * The release's title, with the scheme's name after it only when the title does not already say
 * it (「SIセキュリティ認定制度 要求事項（案）」 is not followed by 「（SIセキュリティ認定制度）」).
 */
export function releaseTitle(release: CriteriaRelease, lang: Lang): Md {
  const w = WORDS[lang];
  if (plain(release.title, lang).includes(plain(release.scheme.name, lang))) return loc(release.title, lang);
  return md`${loc(release.title, lang)}${w.paren(loc(release.scheme.name, lang))}`;
}

export interface Finish {
  lang: Lang;
  format: 'markdown' | 'html';
  /** The page title, plain text. */
  title: string;
  /** The release the document is about: a draft gets a print header on every page. */
  release?: CriteriaRelease;
  /** Whether to mark the document as a draft when there is no release (a provisional result). */
  draft?: boolean;
}

/** The document as Markdown, or as a self-contained HTML page. */
export function finish(markdown: string, f: Finish): string {
  if (f.format === 'markdown') return markdown;
  const w = WORDS[f.lang];
  const draft = f.draft ?? (f.release !== undefined && releaseStatusPolicy(f.release.status).provisional);
  const release = f.release;
  const footer = release ? `${plain(release.title, f.lang)} ${release.version}` : f.title;
  const page: Parameters<typeof htmlPage>[0] = {
    lang: f.lang,
    title: draft ? `[${w.draftWord}] ${f.title}` : f.title,
    footer,
    body: markdownToHtml(markdown),
  };
  if (draft) page.header = w.printDraft;
  return htmlPage(page);
}
