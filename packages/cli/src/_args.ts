/** Strict argument parsing per command (node:util parseArgs), with messages in the user's language. */
import { parseArgs } from 'node:util';
import { closestMatches, isCalendarDate } from '@sisc/model';
import type { Context } from './_context.js';
import { usageError } from './_errors.js';
import { LANGS } from './_lang.js';
import { messages } from './_messages.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  'max-bytes': { type: 'string' },
} as const satisfies Record<string, OptionSpec>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parse(ctx: Context, args: readonly string[], options: Record<string, OptionSpec>): Parsed {
  const t = messages(ctx.lang);
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: all, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-[^' ,]+(?:, --[^' ]+)?)/.exec(message)?.[1]?.split(', ').pop() ?? '';
    // An unknown option names the known ones it is closest to (--asof → --as-of).
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(t.unknownOption(option, closestMatches(option.split('=')[0]!, Object.keys(all).map((k) => `--${k}`))));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw usageError(/does not take an argument/.test(message) ? t.optionTakesNoValue(option) : t.optionNeedsValue(option));
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw usageError(t.unexpectedArgument(/'([^']*)'/.exec(message)?.[1] ?? ''));
    throw usageError(message);
  }
}

export function stringOption(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

export function choice<T extends string>(ctx: Context, parsed: Parsed, name: string, valid: readonly T[], fallback: T): T {
  const v = stringOption(parsed, name);
  if (v === undefined) return fallback;
  if (!valid.includes(v as T)) throw usageError(messages(ctx.lang).badChoice(`--${name}`, v, valid));
  return v as T;
}

/**
 * --format: one name per format across the libraries and the CLI (text, json, markdown, html, csv,
 * pdf, xlsx, yaml). "md", the CLI's earlier name for markdown, is still accepted.
 */
export function formatOption<T extends string>(ctx: Context, parsed: Parsed, valid: readonly T[], fallback: T): T {
  const v = stringOption(parsed, 'format');
  if (v === 'md' && (valid as readonly string[]).includes('markdown')) return 'markdown' as T;
  return choice(ctx, parsed, 'format', valid, fallback);
}

export function levelOption(ctx: Context, parsed: Parsed, name: string): number | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  if (!/^[1-9]$/.test(v.trim())) throw usageError(messages(ctx.lang).badLevel(`--${name}`, v));
  return Number(v.trim());
}

export function dateOption(ctx: Context, parsed: Parsed, name: string): string | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  if (!isCalendarDate(v)) throw usageError(messages(ctx.lang).badDate(`--${name}`, v));
  return v;
}

/** The command's positional arguments: the required ones, then at most as many as `optional` names (any number with 'many'). */
export function positionals(ctx: Context, parsed: Parsed, required: readonly string[], optional: readonly string[] | 'many' = []): string[] {
  const t = messages(ctx.lang);
  if (parsed.positionals.length < required.length) throw usageError(t.missingArgument(required[parsed.positionals.length]!));
  if (optional !== 'many' && parsed.positionals.length > required.length + optional.length) {
    throw usageError(t.unexpectedArgument(parsed.positionals[required.length + optional.length]!));
  }
  return parsed.positionals;
}

/** Finds --lang anywhere in the arguments, so that even a usage error is in the right language. */
export function scanLang(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--lang') return args[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

export function checkLang(ctx: Context, value: string): void {
  if (!(LANGS as readonly string[]).includes(value)) throw usageError(messages(ctx.lang).badChoice('--lang', value, LANGS));
}
