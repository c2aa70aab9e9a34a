/**
 * `sisc criteria new|check|stamp|release`: the committee's commands for the criteria data
 * (packages/criteria/data/<version>/*.yaml and packages/criteria/released.json). The logic is in
 * @sisc/criteria (scaffoldRelease, checkCriteriaSources, stampTranslations, publishDraft) and
 * @sisc/diff (the change log and version checks); this file parses arguments, reads and writes files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkCriteriaSources, compareVersions, publishDraft, scaffoldRelease, stampTranslations, type ReleaseSources, type SourceIssue } from '@sisc/criteria';
import { diffCriteria } from '@sisc/diff';
import { SEMVER, stableStringify } from '@sisc/model';
import { choice, dateOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, type Context } from '../_context.js';
import { CliError, IssuesError, usageError } from '../_errors.js';
import { displayPath, readYamlDirectory, resolvePath } from '../_files.js';
import { messages } from '../_messages.js';
import { countBySeverity, formatIssues } from '../_report-issues.js';

export const criteriaOptions = {
  data: { type: 'string' },
  from: { type: 'string' },
  'effective-from': { type: 'string' },
  version: { type: 'string' },
  format: { type: 'string' },
} as const;

const SUBCOMMANDS = ['new', 'check', 'stamp', 'release'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** Options each subcommand takes (beyond --data, --lang, --help). */
const ALLOWED: Record<Subcommand, readonly string[]> = {
  new: ['from'],
  check: ['format'],
  stamp: [],
  release: ['effective-from', 'version'],
};

interface DataDir {
  /** Absolute path of the data directory (one sub-directory per release). */
  dir: string;
  /** Absolute path of released.json (beside the data directory). */
  released: string;
}

/** --data DIR, else packages/criteria/data in the working directory or one above it. */
function findData(ctx: Context, parsed: Parsed): DataDir {
  const t = messages(ctx.lang);
  const given = stringOption(parsed, 'data');
  const candidates: string[] = [];
  if (given !== undefined) candidates.push(resolvePath(ctx, given));
  else {
    for (let d = resolve(ctx.io.cwd); ; d = dirname(d)) {
      candidates.push(join(d, 'packages', 'criteria', 'data'));
      if (basename(d) === 'data' && existsSync(join(dirname(d), 'released.json'))) candidates.push(d);
      if (dirname(d) === d) break;
    }
  }
  const dir = candidates.find((c) => isDir(c));
  if (!dir) throw new CliError(given !== undefined ? t.criteriaNoDataAt(displayPath(ctx, given)) : t.criteriaNoData);
  return { dir, released: join(dirname(dir), 'released.json') };
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function versionsIn(data: DataDir): string[] {
  return readdirSync(data.dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(data.dir, d.name, 'release.yaml')))
    .map((d) => d.name)
    .sort(compareVersions);
}

function readReleased(ctx: Context, data: DataDir): Record<string, string> {
  if (!existsSync(data.released)) return {};
  const shown = displayPath(ctx, data.released);
  try {
    const value = JSON.parse(readFileSync(data.released, 'utf8')) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) throw new Error('expected { "version": "digest" }');
    return value as Record<string, string>;
  } catch (err) {
    throw new CliError(messages(ctx.lang).cannotReadReleased(shown, err instanceof Error ? err.message : String(err)));
  }
}

function releaseDir(ctx: Context, data: DataDir, version: string): string {
  const dir = join(data.dir, version);
  if (!isDir(dir)) throw new CliError(messages(ctx.lang).unknownVersion(version, versionsIn(data)));
  return dir;
}

function sources(ctx: Context, data: DataDir, version: string): ReleaseSources {
  return { version, files: readYamlDirectory(ctx, join(data.dir, version)) };
}

function checkVersionArg(ctx: Context, version: string): void {
  if (!SEMVER.test(version)) throw usageError(messages(ctx.lang).criteriaBadVersion(version));
}

/** The whole check: every release of the data directory, or one. */
function runCheck(ctx: Context, data: DataDir, only?: string) {
  const dirs = versionsIn(data).map((v) => sources(ctx, data, v));
  return checkCriteriaSources(dirs, {
    released: readReleased(ctx, data),
    releasedFile: displayPath(ctx, data.released),
    ...(only !== undefined ? { only } : {}),
    compare: (from, to) => diffCriteria(from, to).issues,
  });
}

/** An issue in a category file names its place in that file: $.categories[1].items[0] → $.items[0]. */
function inFile(i: SourceIssue): SourceIssue {
  const m = /^\$\.categories\[\d+\]/.exec(i.path);
  if (!m || i.file === undefined || /(^|\/)release\.ya?ml$/.test(i.file)) return i;
  const path = `$${i.path.slice(m[0].length)}`;
  return { ...i, path, message: i.message.replace(`: ${i.path}: `, `: ${path}: `).replace(new RegExp(`^${i.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), `${path}: `) };
}

export async function criteriaCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [sub, ...args] = parsed.positionals;
  if (sub === undefined) throw usageError(t.missingArgument(t.criteriaSubcommand(SUBCOMMANDS)));
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) throw usageError(t.criteriaUnknownSubcommand(sub, SUBCOMMANDS));
  const name = sub as Subcommand;
  for (const option of Object.keys(criteriaOptions)) {
    if (option !== 'data' && parsed.values[option] !== undefined && !ALLOWED[name].includes(option)) throw usageError(t.optionNotFor(`--${option}`, `sisc criteria ${SUBCOMMANDS.filter((s) => ALLOWED[s].includes(option)).join(', ')}`));
  }
  const rest: Parsed = { values: parsed.values, positionals: args };
  switch (name) {
    case 'new':
      return newRelease(ctx, rest);
    case 'check':
      return check(ctx, rest);
    case 'stamp':
      return stamp(ctx, rest);
    case 'release':
      return release(ctx, rest);
  }
}

/** `sisc criteria new VERSION [--from VERSION]`. */
function newRelease(ctx: Context, parsed: Parsed): number {
  const t = messages(ctx.lang);
  const [version] = positionals(ctx, parsed, [t.criteriaVersionArg]);
  checkVersionArg(ctx, version!);
  const data = findData(ctx, parsed);
  const known = versionsIn(data);
  const from = stringOption(parsed, 'from') ?? known[known.length - 1];
  if (from === undefined) throw new CliError(t.unknownVersion('', known));
  const fromDir = releaseDir(ctx, data, from);
  const target = join(data.dir, version!);
  if (existsSync(target)) throw new CliError(t.criteriaExists(version!, displayPath(ctx, target)));
  const files = readYamlDirectory(ctx, fromDir);
  const made = scaffoldRelease(files, from, version!);
  mkdirSync(target, { recursive: true });
  for (const f of made) writeFileSync(join(target, basename(f.path)), f.text);
  ctx.io.stdout(`${t.criteriaCreated(version!, from, displayPath(ctx, target))}\n`);
  return EXIT_OK;
}

/** `sisc criteria check [DIR|VERSION]`: exit 1 on errors. */
function check(ctx: Context, parsed: Parsed): number {
  const t = messages(ctx.lang);
  const [spec] = positionals(ctx, parsed, [], [t.criteriaVersionArg]);
  const format = choice(ctx, parsed, 'format', ['text', 'json'] as const, 'text');
  let data: DataDir;
  let only: string | undefined;
  if (spec !== undefined && isDir(resolvePath(ctx, spec)) && existsSync(join(resolvePath(ctx, spec), 'release.yaml'))) {
    // A release directory: its parent holds the history.
    const dir = resolvePath(ctx, spec);
    data = { dir: dirname(dir), released: join(dirname(dirname(dir)), 'released.json') };
    only = basename(dir);
  } else if (spec !== undefined && isDir(resolvePath(ctx, spec))) {
    data = { dir: resolvePath(ctx, spec), released: join(dirname(resolvePath(ctx, spec)), 'released.json') };
  } else {
    data = findData(ctx, parsed);
    if (spec !== undefined) {
      releaseDir(ctx, data, spec);
      only = spec;
    }
  }
  const result = runCheck(ctx, data, only);
  const issues = result.issues.map(inFile);
  if (format === 'json') {
    ctx.io.stdout(`${stableStringify({ releases: result.releases, issues }, 2)}\n`);
  } else {
    const p = ctx.out;
    let out = formatIssues(ctx, p, issues);
    for (const r of result.releases) out += `${t.criteriaReleaseLine(r.version, r.status === undefined ? '-' : t.status[r.status], r.frozen, r.errors, r.warnings)}\n`;
    const { errors, warnings } = countBySeverity(issues);
    const line = t.criteriaCheckSummary(errors, warnings, result.releases.length);
    out += `${errors > 0 ? p.red(line) : p.green(line)}\n`;
    ctx.io.stdout(out);
  }
  return issues.some((i) => i.severity === 'error') ? EXIT_FAILED : EXIT_OK;
}

/** `sisc criteria stamp VERSION`: record enSource where an English text has none. */
function stamp(ctx: Context, parsed: Parsed): number {
  const t = messages(ctx.lang);
  const [version] = positionals(ctx, parsed, [t.criteriaVersionArg]);
  const data = findData(ctx, parsed);
  const dir = releaseDir(ctx, data, version!);
  const released = readReleased(ctx, data);
  if (version! in released) throw new CliError(t.criteriaFrozen(version!));
  let total = 0;
  for (const f of readYamlDirectory(ctx, dir)) {
    const result = stampTranslations(f.text);
    if (result.error !== undefined) throw new CliError(t.criteriaNotYaml(f.path, result.error));
    if (result.stamped === 0) continue;
    writeFileSync(join(dir, basename(f.path)), result.text);
    total += result.stamped;
    ctx.io.stdout(`${t.criteriaStamped(f.path, result.stamped)}\n`);
  }
  if (total === 0) ctx.io.stdout(`${t.criteriaNothingToStamp(version!)}\n`);
  return EXIT_OK;
}

/** `sisc criteria release VERSION --effective-from DATE [--version X.Y.Z]`. */
function release(ctx: Context, parsed: Parsed): number {
  const t = messages(ctx.lang);
  const [draft] = positionals(ctx, parsed, [t.criteriaVersionArg]);
  const effectiveFrom = dateOption(ctx, parsed, 'effective-from');
  if (effectiveFrom === undefined) throw usageError(t.missingArgument('--effective-from DATE'));
  const version = stringOption(parsed, 'version');
  if (version !== undefined) checkVersionArg(ctx, version);
  const data = findData(ctx, parsed);
  const dir = releaseDir(ctx, data, draft!);
  // Everything the check finds about the draft must be fixed first.
  const checked = runCheck(ctx, data, draft);
  const errors = checked.issues.filter((i) => i.severity === 'error').map(inFile);
  if (errors.length > 0) throw new IssuesError(t.criteriaCannotRelease(draft!), errors, { exitCode: EXIT_FAILED });
  const result = publishDraft(readYamlDirectory(ctx, dir), { effectiveFrom, ...(version !== undefined ? { version } : {}) });
  if (!result.files || !result.digest) throw new IssuesError(t.criteriaCannotRelease(draft!), result.issues.map(inFile), { exitCode: EXIT_FAILED });
  const target = join(data.dir, result.version);
  if (existsSync(target)) throw new CliError(t.criteriaExists(result.version, displayPath(ctx, target)));
  const released = readReleased(ctx, data);
  if (result.version in released) throw new CliError(t.criteriaFrozen(result.version));

  // Write the release beside the draft, then take the draft's place.
  const temp = join(data.dir, `.${result.version}.${process.pid}.tmp`);
  mkdirSync(temp, { recursive: true });
  for (const f of result.files) writeFileSync(join(temp, basename(f.path)), f.text);
  const next = Object.fromEntries(Object.entries({ ...released, [result.version]: result.digest }).sort(([a], [b]) => compareVersions(a, b)));
  renameSync(temp, target);
  writeFileSync(data.released, `${JSON.stringify(next, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  ctx.io.stdout(`${t.criteriaReleased(draft!, result.version, effectiveFrom, result.digest, displayPath(ctx, target), displayPath(ctx, data.released))}\n`);
  return EXIT_OK;
}
