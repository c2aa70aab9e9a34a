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
