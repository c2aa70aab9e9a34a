import { SiscError } from '@sisc/model';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const show = (v: unknown) => (v === undefined ? 'nothing' : typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));
const list = (values: readonly (string | number)[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

/**
 * Reads `{ lang, format }` from a caller's options.
 * @throws SiscError `invalid-option` naming the bad value and listing the valid ones.
 */
export function readOptions<F extends string>(options: unknown, formats: readonly F[], what: string): { lang: Lang; format: F } {
  if (typeof options !== 'object' || options === null) {
    throw new SiscError('invalid-option', `${what}: options must be an object such as { lang: "ja", format: "${formats[0]}" }, but found ${show(options)}.`);
  }
  const { lang, format } = options as { lang?: unknown; format?: unknown };
  if (!LANGS.includes(lang as Lang)) throw new SiscError('invalid-option', `${what}: options.lang must be one of ${list(LANGS)}, but found ${show(lang)}.`);
  if (!formats.includes(format as F)) throw new SiscError('invalid-option', `${what}: options.format must be one of ${list(formats)}, but found ${show(format)}.`);
  return { lang: lang as Lang, format: format as F };
}

/**
 * Reads an optional level number from the caller's options.
 * @throws SiscError `invalid-option` when it is not one of the release's levels.
 */
export function readLevel(value: unknown, levels: readonly number[], fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !levels.includes(value)) {
    throw new SiscError('invalid-option', `${what}: options.level must be one of the release's levels ${list(levels)}, but found ${show(value)}.`);
  }
  return value;
}
