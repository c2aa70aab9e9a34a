/** Small shared pieces: language choice, OSCAL-safe strings, dates, the sisc namespace. */
import type { CriteriaRelease, LocalizedText } from '@sisc/model';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The OSCAL version the documents are written for. */
export const OSCAL_VERSION = '1.2.1';

/** Namespace (OSCAL `ns`) of every sisc-specific prop and part name. */
export const SISC_NS = 'https://sisc.dev/ns/oscal';

/**
 * The text in the language asked for. Japanese is canonical; an English text not yet translated
 * falls back to the Japanese (OSCAL has no language field, so the document says which one it is).
 */
export function pick(text: LocalizedText, lang: Lang): string {
  return lang === 'ja' ? text.ja : (text.en ?? text.ja);
}

/** One line (OSCAL markup-line: no line breaks). */
export function line(text: string): string {
  const one = text.replace(/\s*\n\s*/g, ' ').trim();
  return one === '' ? '-' : one;
}

/**
 * Text for an OSCAL markup field (title: markup-line; description, prose, remarks:
 * markup-multiline), which tools render as Markdown. Text from a document is untrusted, so every
 * character Markdown or HTML would act on is backslash-escaped (CommonMark: an escaped ASCII
 * punctuation character is literal): no tag, link, image, emphasis, entity, heading, table or
 * OSCAL parameter insertion ({{ }}) can come from it. Brackets are escaped, so parentheses and
 * "!" cannot start a link or an image and are left as they are.
 */
export function markup(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&{}]/g, '\\$&');
}

/** One line of markup (markup-line): escaped, no line breaks. */
export function markupLine(text: string): string {
  return line(markup(text));
}

/** Markup read back as text: CommonMark's backslash escapes of ASCII punctuation undone. */
export function unmarkup(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** An OSCAL string (no leading or trailing white space, not empty). */
export function str(text: string): string {
  return line(text);
}

/** A calendar date as an OSCAL date-time: midnight UTC of that day. */
export function dateTime(date: string): string {
  return `${date}T00:00:00Z`;
}

/** The date part of an OSCAL date-time. */
export function dateOf(dateTimeText: string): string {
  return dateTimeText.slice(0, 10);
}

/**
 * The release's own date: published, else effective from, else the date of its source. Undefined
 * when the release gives none (drafts); the caller's `date` option is used then.
 */
export function releaseDate(release: CriteriaRelease, fallback: string | undefined): string | undefined {
  return release.dates.published ?? release.dates.effectiveFrom ?? release.provenance.date ?? fallback;
}

const ABSOLUTE_URI = /^[a-zA-Z][a-zA-Z0-9+\-.]+:[^\s]+$/;

/** True when the text is an absolute URI with no white space (safe for OSCAL href / CycloneDX url). */
export function isUri(text: string): boolean {
  return ABSOLUTE_URI.test(text) && !/[<>"{}|\\^`]/.test(text);
}
