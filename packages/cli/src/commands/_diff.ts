import { diffCriteria } from '@sisc/diff';
import { hasErrors, stableStringify, type Change, type CriteriaDiff } from '@sisc/model';
import { renderDiff } from '@sisc/render';
import { choice, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, paint, type Context } from '../_context.js';
import { writeOutput } from '../_files.js';
import type { Lang } from '../_lang.js';
import { messages } from '../_messages.js';
import { loadRelease } from '../_releases.js';
import { formatIssues } from '../_report-issues.js';

export const diffOptions = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const KIND: Record<Lang, Record<Change['kind'], string>> = {
  en: {
    added: 'added',
    removed: 'removed',
    retired: 'retired',
    reinstated: 'reinstated',
    'text-changed': 'text changed',
    moved: 'moved',
    'level-changed': 'level changed',
    'kind-changed': 'kind changed',
    'na-policy-changed': '"not applicable" policy changed',
    'evidence-changed': 'expected evidence changed',
    'recurrence-changed': 'recurrence changed',
    'references-changed': 'references changed',
    'metadata-changed': 'changed',
    'assurance-changed': 'assurance changed',
    'validity-changed': 'validity changed',
  },
  ja: {
    added: '追加',
    removed: '削除',
    retired: '廃止',
    reinstated: '復活',
    'text-changed': '文言の変更',
    moved: '移動',
    'level-changed': 'レベルの変更',
    'kind-changed': '種別の変更',
    'na-policy-changed': '「該当なし」の扱いの変更',
    'evidence-changed': '求める証跡の変更',
    'recurrence-changed': '実施周期の変更',
    'references-changed': '参照の変更',
    'metadata-changed': '変更',
    'assurance-changed': '保証方法の変更',
    'validity-changed': '有効期間の変更',
  },
};

const TARGET: Record<Lang, Record<Change['target'], string>> = {
  en: { release: 'release', level: 'level', category: 'category', item: 'item', requirement: 'requirement' },
  ja: { release: 'リリース', level: 'レベル', category: '大項目', item: '中項目', requirement: '要求事項' },
};

const SIGN: Partial<Record<Change['kind'], string>> = { added: '+', removed: '-', retired: '-', reinstated: '+' };

function show(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export function diffText(ctx: Context, diff: CriteriaDiff): string {
  const t = messages(ctx.lang);
  const p = ctx.out;
  const name = (b: CriteriaDiff['from']) => `${b.scheme} ${b.version}`;
  const lines: string[] = [p.bold(t.diffTitle(name(diff.from), name(diff.to))), ''];
  const s = diff.semver;
  const semverLine = t.diffSemver(s.required, s.actual, s.honoured, s.next);
  lines.push(s.honoured ? semverLine : p.red(semverLine), '');
  if (diff.changes.length === 0) lines.push(t.diffNone);
  else {
    lines.push(p.bold(t.diffCount(diff.changes.length)));
    for (const c of diff.changes) {
      const sign = SIGN[c.kind] ?? '~';
      const where = c.field !== undefined && c.lang !== undefined && !c.field.endsWith(`.${c.lang}`) ? `${c.field} ${c.lang}` : (c.field ?? c.lang ?? '');
      const head = `  ${sign} ${TARGET[ctx.lang][c.target]} ${c.id}: ${KIND[ctx.lang][c.kind]}${where ? ` (${where})` : ''} — ${c.bump}${c.declared ? ` [${c.declared.change}]` : ''}`;
      lines.push(sign === '+' ? p.green(head) : sign === '-' ? p.red(head) : head);
      if (c.before !== undefined && c.after !== undefined && c.kind !== 'added' && c.kind !== 'removed') {
        lines.push(p.dim(`      - ${show(c.before)}`), p.dim(`      + ${show(c.after)}`));
      }
    }
  }
  if (diff.issues.length > 0) {
    lines.push('', p.bold(t.issuesTitle(diff.issues.length)));
    lines.push(
      ...formatIssues(ctx, p, diff.issues)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `sisc diff FROM TO`: what changed between two releases (shipped versions, release files or
 * source directories). Exit 1 when the diff finds an error: a version number that does not honour
 * the changes, a change log that does not match them, a removed ID, different schemes.
 */
export async function diffCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const what = ctx.lang === 'ja' ? ['比較元（FROM）', '比較先（TO）'] : ['FROM (a version, release file or source directory)', 'TO'];
  const [fromSpec, toSpec] = positionals(ctx, parsed, what);
  const format = choice(ctx, parsed, 'format', ['text', 'json', 'md', 'html'] as const, 'text');
  const out = stringOption(parsed, 'out');
  const from = await loadRelease(ctx, fromSpec!);
  const to = await loadRelease(ctx, toSpec!);
  const diff = diffCriteria(from, to);
  let text: string;
  if (format === 'json') text = `${stableStringify(diff, 2)}\n`;
  else if (format === 'md' || format === 'html') text = renderDiff(diff, from, to, { lang: ctx.lang, format: format === 'md' ? 'markdown' : 'html' });
  else text = diffText(out === undefined ? ctx : { ...ctx, out: paint(false) }, diff);
  writeOutput(ctx, text, out, parsed.values.force === true);
  return hasErrors(diff.issues) || !diff.semver.honoured ? EXIT_FAILED : EXIT_OK;
}
