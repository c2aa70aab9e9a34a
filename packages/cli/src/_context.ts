import type { Lang } from './_lang.js';

/**
 * Everything the CLI takes from the outside world, injected so `run` can be tested in-process.
 * The binary passes the real process; tests pass strings and a fixed clock.
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes bytes (a PDF) to standard output; without it, binary output needs --out. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Reads all of standard input (for the file name "-"). */
  readStdin: () => Promise<Uint8Array | string>;
  /** Environment variables: LANG / LC_ALL / LC_MESSAGES, NO_COLOR, FORCE_COLOR, SISC_DEBUG. */
  env: Readonly<Record<string, string | undefined>>;
  /** The directory relative file names are resolved against. */
  cwd: string;
  /** Whether standard output / error is a terminal (colour is used only there). */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Whether standard input is a terminal (then "-" prints a hint before waiting for input). */
  stdinIsTTY?: boolean;
  /** The clock, read only for the default of --as-of (today's date in UTC). */
  now?: () => Date;
}

/** Exit codes: 0 ok, 1 the check failed, 2 usage error or unusable input. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** ANSI styling that does nothing when colour is off. */
export interface Paint {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

export interface Context {
  readonly io: CliIo;
  readonly lang: Lang;
  /** The byte budget for each input file: INPUT_BUDGET.bytes, or --max-bytes. */
  readonly maxBytes: number;
  /** Styling for standard output and standard error. */
  readonly out: Paint;
  readonly err: Paint;
}

function sgr(on: boolean, open: number, close: number): (text: string) => string {
  return on ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

export function paint(enabled: boolean): Paint {
  return {
    enabled,
    bold: sgr(enabled, 1, 22),
    dim: sgr(enabled, 2, 22),
    red: sgr(enabled, 31, 39),
    green: sgr(enabled, 32, 39),
    yellow: sgr(enabled, 33, 39),
    cyan: sgr(enabled, 36, 39),
  };
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). FORCE_COLOR
 * (not "0") turns it on anywhere, for people who pipe into `less -R`.
 */
export function colorEnabled(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return isTTY === true && env.TERM !== 'dumb';
}

/** Today's date in UTC, YYYY-MM-DD: the default of --as-of. The only place the clock is read. */
export function todayUtc(io: CliIo): string {
  const now = io.now ? io.now() : new Date();
  return now.toISOString().slice(0, 10);
}
