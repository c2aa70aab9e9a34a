/** The languages sisc speaks, and how it picks one. */
import type { LocalizedText } from '@sisc/model';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

/**
 * The language from the locale, as POSIX orders the variables: LC_ALL, then LC_MESSAGES, then
 * LANG (the first one set and not empty). A locale starting with "ja" (ja_JP.UTF-8, ja) gives
 * Japanese; anything else, or none, gives English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^ja(?:[_.@-]|$)/i.test(value) ? 'ja' : 'en';
  }
  return 'en';
}

/** A text in the user's language: English when there is a translation, else the Japanese (canonical). */
export function localized(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.ja) : text.ja;
}
