/**
 * File input and output. Input: a file, or standard input for "-". Output: standard output, or a
 * file named by --out, written atomically and never over an existing file unless --force says so.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { utf8Length } from '@sisc/criteria';
import type { Context } from './_context.js';
import { parseText, type LoadedDocument } from './_documents.js';
import { CliError, usageError } from './_errors.js';
import { messages } from './_messages.js';

export const STDIN = '-';

export interface InputText {
  /** The name shown in messages: the file name as given, or <stdin>. */
  name: string;
  text: string;
}

export function resolvePath(ctx: Context, path: string): string {
  return isAbsolute(path) ? path : resolve(ctx.io.cwd, path);
}

/** A path as shown in messages: relative to the working directory when inside it, "/" separators. */
export function displayPath(ctx: Context, path: string): string {
  const abs = resolvePath(ctx, path);
  const rel = relative(ctx.io.cwd, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return shown.split('\\').join('/');
}

function decode(ctx: Context, name: string, bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(messages(ctx.lang).notUtf8(name));
  }
}

function fsFailure(ctx: Context, name: string, err: unknown): CliError {
  const t = messages(ctx.lang);
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return new CliError(t.fileNotFound(name));
  if (code === 'EISDIR') return new CliError(t.isDirectory(name));
  if (code === 'EACCES' || code === 'EPERM') return new CliError(t.fileNotReadable(name, t.permissionDenied));
  return new CliError(t.fileNotReadable(name, err instanceof Error ? err.message : String(err)));
}

/**
 * The bytes of a file, or of standard input for "-", within the byte budget: a file over it is
 * refused before it is read, so it is never loaded into memory.
 */
async function readRaw(ctx: Context, spec: string): Promise<{ name: string; bytes: Uint8Array | string }> {
  if (spec === STDIN) {
    const name = '<stdin>';
    if (ctx.io.stdinIsTTY) ctx.io.stderr(`${messages(ctx.lang).stdinIsTerminal}\n`);
    const bytes = await ctx.io.readStdin();
    const size = typeof bytes === 'string' ? utf8Length(bytes) : bytes.byteLength;
    if (size > ctx.maxBytes) throw new CliError(messages(ctx.lang).tooLarge(name, size, ctx.maxBytes));
    return { name, bytes };
  }
  const name = displayPath(ctx, spec);
  try {
    const size = statSync(resolvePath(ctx, spec)).size;
    if (size > ctx.maxBytes) throw new CliError(messages(ctx.lang).tooLarge(name, size, ctx.maxBytes));
    return { name, bytes: readFileSync(resolvePath(ctx, spec)) };
  } catch (err) {
    throw err instanceof CliError ? err : fsFailure(ctx, name, err);
  }
}

/** Reads a text file (UTF-8), or standard input for "-". */
export async function readInput(ctx: Context, spec: string): Promise<InputText> {
  const { name, bytes } = await readRaw(ctx, spec);
  return { name, text: decode(ctx, name, bytes) };
}

/** Reads a file (or standard input for "-") as bytes, within the byte budget: a workbook is not text. */
export async function readInputBytes(ctx: Context, spec: string): Promise<{ name: string; bytes: Uint8Array }> {
  const { name, bytes } = await readRaw(ctx, spec);
  return { name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes) };
}

/** Reads a YAML or JSON document (a file or "-") within the byte budget; syntax problems are in `syntaxIssues`. */
export async function readDocument(ctx: Context, spec: string): Promise<LoadedDocument> {
  const input = await readInput(ctx, spec);
  return parseText(input.name, input.text, undefined, ctx.maxBytes);
}

export function isDirectory(ctx: Context, spec: string): boolean {
  if (spec === STDIN) return false;
  try {
    return statSync(resolvePath(ctx, spec)).isDirectory();
  } catch {
    return false;
  }
}

export function pathExists(ctx: Context, spec: string): boolean {
  return spec !== STDIN && existsSync(resolvePath(ctx, spec));
}

/** The YAML files directly inside a directory, sorted, as { path (for messages), text }. */
export function readYamlDirectory(ctx: Context, spec: string): { path: string; text: string }[] {
  const dir = resolvePath(ctx, spec);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n));
  } catch (err) {
    throw fsFailure(ctx, displayPath(ctx, spec), err);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((n) => {
    const shown = displayPath(ctx, join(dir, n));
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, n));
    } catch (err) {
      throw fsFailure(ctx, shown, err);
    }
    return { path: shown, text: decode(ctx, shown, bytes) };
  });
}

let tempCounter = 0;

/**
 * Writes `text` (or bytes) to standard output, or to `out`. A file is written whole or not at all (a temporary
 * file in the same directory, then renamed into place), and an existing file is replaced only with
 * `force`: without it the new file is linked into place, which fails if the name is taken, so
 * nothing is overwritten even if the file appears in the meantime.
 */
export function writeOutput(ctx: Context, text: string | Uint8Array, out: string | undefined, force: boolean, binaryKind = 'pdf'): void {
  if (force && out === undefined) throw usageError(messages(ctx.lang).outWithoutFile);
  if (out === undefined || out === STDIN) {
    if (typeof text === 'string') ctx.io.stdout(text);
    else {
      // Bytes (a PDF, a workbook) never go to a terminal, where they would garble the screen.
      if (!ctx.io.stdoutBytes || ctx.io.stdoutIsTTY === true) throw usageError(messages(ctx.lang).binaryToTerminal(binaryKind));
      ctx.io.stdoutBytes(text);
    }
    return;
  }
  const t = messages(ctx.lang);
  const target = resolvePath(ctx, out);
  const shown = displayPath(ctx, out);
  if (isDirectory(ctx, out)) throw new CliError(t.outIsDirectory(shown));
  if (!force && existsSync(target)) throw new CliError(t.outExists(shown));
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new CliError(t.cannotWrite(shown, err instanceof Error ? err.message : String(err)));
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${++tempCounter}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    if (force) renameSync(temp, target);
    else {
      try {
        linkSync(temp, target);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'EEXIST') throw new CliError(t.outExists(shown));
        // A file system without hard links: the existence check above has to do.
        if (existsSync(target)) throw new CliError(t.outExists(shown));
        renameSync(temp, target);
        ctx.io.stderr(`${t.wrote(shown)}\n`);
        return;
      }
      unlinkSync(temp);
    }
    ctx.io.stderr(`${t.wrote(shown)}\n`);
  } catch (err) {
    try {
      if (existsSync(temp)) unlinkSync(temp);
    } catch {
      // nothing more to do
    }
    if (err instanceof CliError) throw err;
    throw new CliError(t.cannotWrite(shown, err instanceof Error ? err.message : String(err)));
  }
}
