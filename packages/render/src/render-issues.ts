/** Issues as lines a person reads: `file:line:col  severity  path  message`, sorted. */
import { compareStrings, localize, SiscError, type Issue } from '@sisc/model';
import { WORDS } from './_i18n.js';
import { readOptions, type Lang } from './_options.js';
import { readColor, visible, type Paint } from './_text.js';

/** An issue with the place in the file it was found at, when the caller knows it (the CLI does). */
export interface LocatedIssue extends Issue {
  file?: string;
  line?: number;
  column?: number;
}

/** Options of the text formats: language, and ANSI colour (default off). */
export interface TextOptions {
  lang: Lang;
  format: 'text';
  /** ANSI colours and bold, for a terminal. Default false. */
  color?: boolean;
}

export interface IssuesOptions extends TextOptions {
  /** At most this many issues are listed; the rest are counted. Default 200. */
  limit?: number;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Sorted by file, line, column, then path, severity, code and message. */
export function sortLocated<T extends LocatedIssue>(issues: readonly T[]): T[] {
  return [...issues].sort(
    (a, b) =>
      compareStrings(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareStrings(a.path, b.path) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

/**
 * The message in the language, without the place it starts with: messages begin with
 * "file:line:col: " (criteria sources) and "$.path: ", which the line already shows.
 */
export function issueText(i: LocatedIssue, lang: Lang): string {
  let text = localize(i, lang);
  if (i.file !== undefined && text.startsWith(`${i.file}:`)) text = text.replace(/^[^\s]*?:\d+:\d+: /, '');
  if (text.startsWith(`${i.path}: `)) text = text.slice(i.path.length + 2);
  const hint = i.code === 'invalid-syntax' ? WORDS[lang].yamlHint[String(i.params?.yamlCode ?? '')] : undefined;
  return hint ? `${text} ${hint}` : text;
}

function severityLabel(p: Paint, lang: Lang, severity: Issue['severity']): string {
  const word = WORDS[lang].severity[severity];
  return severity === 'error' ? p.red(word) : severity === 'warning' ? p.yellow(word) : p.cyan(word);
}

function issueLine(p: Paint, lang: Lang, i: LocatedIssue): string {
  const place = i.file === undefined ? '' : i.line === undefined ? i.file : `${i.file}:${i.line}:${i.column ?? 1}`;
  const parts = [place ? p.bold(visible(place)) : '', severityLabel(p, lang, i.severity), p.dim(visible(i.path)), visible(issueText(i, lang))].filter((s) => s !== '');
  return parts.join('  ');
}

/** The issues as text lines (each ending in a line break), sorted; after `limit` of them, a count of the rest. */
export function issueLines(issues: readonly LocatedIssue[], lang: Lang, p: Paint, limit = 200): string {
  const sorted = sortLocated(issues);
  let out = '';
  for (let i = 0; i < sorted.length && i < limit; i++) out += `${issueLine(p, lang, sorted[i]!)}\n`;
  if (sorted.length > limit) out += `${p.dim(WORDS[lang].moreIssues(sorted.length - limit))}\n`;
  return out;
}

/**
 * Validation issues (of any document) as terminal text: one line per issue, sorted by file, line
 * and column, then path: `file:line:col  severity  path  message`, in the language asked for.
 * Text from the document is made safe for a terminal.
 *
 * @throws SiscError `invalid-option` for bad options.
 */
export function renderIssues(issues: readonly LocatedIssue[], options: IssuesOptions): string {
  const { lang } = readOptions(options, ['text'] as const, 'renderIssues');
  const limit = options.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 0) throw new SiscError('invalid-option', `renderIssues: options.limit must be a whole number of 0 or more, but found ${String(limit)}.`);
  return issueLines(issues, lang, readColor(options), limit);
}
