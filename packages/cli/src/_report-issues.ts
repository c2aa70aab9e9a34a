/** Issues as lines a person reads: `file:line:col  severity  path  message`, sorted. */
import { compareStrings, localizeIssue, type Issue } from '@sisc/model';
import type { Context, Paint } from './_context.js';
import type { LocatedIssue } from './_documents.js';
import { messages } from './_messages.js';
import { visible } from './_terminal.js';

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
 * The message in the user's language, without the place it starts with: messages begin with
 * "file:line:col: " (criteria sources) and "$.path: ", which the line already shows.
 */
export function issueText(i: Issue, lang: 'ja' | 'en'): string {
  let text = localizeIssue(i, lang);
  const located = i as LocatedIssue;
  if (located.file !== undefined && text.startsWith(`${located.file}:`)) text = text.replace(/^[^\s]*?:\d+:\d+: /, '');
  if (text.startsWith(`${i.path}: `)) text = text.slice(i.path.length + 2);
  const hint = i.code === 'invalid-syntax' ? YAML_HINTS[String(i.params?.yamlCode ?? '')] : undefined;
  return hint ? `${text} ${hint[lang]}` : text;
}

/** What to do about the YAML mistakes people make most, in words for people who do not write YAML daily. */
const YAML_HINTS: Record<string, { ja: string; en: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    ja: 'ヒント: 値に「: 」（コロンと空白）が含まれる場合は、値全体を引用符 " で囲んでください。',
    en: 'Hint: a value that contains ": " (a colon and a space) must be put in quotes "…".',
  },
  TAB_AS_INDENT: { ja: 'ヒント: 字下げにはタブではなく半角空白を使ってください。', en: 'Hint: indent with spaces, not tabs.' },
  DUPLICATE_KEY: { ja: 'ヒント: 同じ項目名が2回書かれています。どちらかを削除してください。', en: 'Hint: the same key is written twice; remove one of them.' },
  BAD_INDENT: { ja: 'ヒント: 字下げ（行頭の空白の数）がそろっているか確認してください。', en: 'Hint: check the indentation (the spaces at the start of the lines).' },
  MISSING_CHAR: { ja: 'ヒント: 引用符または括弧が閉じられていません。', en: 'Hint: a quote or a bracket is not closed.' },
  MULTIPLE_DOCS: {
    ja: 'ヒント: 「---」の行より後ろにある2つ目以降の文書を削除するか、別のファイルに分けてください。',
    en: 'Hint: remove the documents after the "---" line, or put each in a file of its own.',
  },
  BAD_SCALAR_START: {
    ja: 'ヒント: @ や ` などの記号で始まる値は、値全体を引用符 " で囲んでください。',
    en: 'Hint: a value that starts with a character such as @ or ` must be put in quotes "…".',
  },
};

export function severityLabel(ctx: Context, p: Paint, severity: Issue['severity']): string {
  const word = messages(ctx.lang).severity[severity];
  return severity === 'error' ? p.red(word) : severity === 'warning' ? p.yellow(word) : p.cyan(word);
}

export function formatIssue(ctx: Context, p: Paint, i: LocatedIssue): string {
  const place = i.file === undefined ? '' : i.line === undefined ? i.file : `${i.file}:${i.line}:${i.column ?? 1}`;
  const parts = [place ? p.bold(visible(place)) : '', severityLabel(ctx, p, i.severity), p.dim(visible(i.path)), visible(issueText(i, ctx.lang))].filter((s) => s !== '');
  return parts.join('  ');
}

/** At most this many issues are printed as text; the rest are counted (JSON output has them all). */
export const SHOWN_ISSUES = 200;

export function formatIssues(ctx: Context, p: Paint, issues: readonly LocatedIssue[]): string {
  const sorted = sortLocated(issues);
  let out = '';
  for (let i = 0; i < sorted.length && i < SHOWN_ISSUES; i++) out += `${formatIssue(ctx, p, sorted[i]!)}\n`;
  if (sorted.length > SHOWN_ISSUES) out += `${p.dim(messages(ctx.lang).moreIssues(sorted.length - SHOWN_ISSUES))}\n`;
  return out;
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  return { errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}
