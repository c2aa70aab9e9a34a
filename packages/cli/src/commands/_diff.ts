import { diffCriteria } from '@sisc/diff';
import { hasErrors, stableStringify } from '@sisc/model';
import { renderDiff } from '@sisc/render';
import { formatOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, type Context } from '../_context.js';
import { writeOutput } from '../_files.js';
import { loadRelease } from '../_releases.js';

export const diffOptions = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/**
 * `sisc diff FROM TO`: what changed between two releases (shipped versions, release files or
 * source directories). Exit 1 when the diff finds an error: a version number that does not honour
 * the changes, a change log that does not match them, a removed ID, different schemes.
 */
export async function diffCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const what = ctx.lang === 'ja' ? ['比較元（FROM）', '比較先（TO）'] : ['FROM (a version, release file or source directory)', 'TO'];
  const [fromSpec, toSpec] = positionals(ctx, parsed, what);
  const format = formatOption(ctx, parsed, ['text', 'json', 'markdown', 'html'] as const, 'text');
  const out = stringOption(parsed, 'out');
  const from = await loadRelease(ctx, fromSpec!);
  const to = await loadRelease(ctx, toSpec!);
  const diff = diffCriteria(from, to);
  let text: string;
  if (format === 'json') text = `${stableStringify(diff, 2)}\n`;
  // Colour only when the text goes to a terminal, not into a file.
  else text = renderDiff(diff, from, to, { lang: ctx.lang, format, color: format === 'text' && out === undefined && ctx.out.enabled });
  writeOutput(ctx, text, out, parsed.values.force === true);
  return hasErrors(diff.issues) || !diff.semver.honoured ? EXIT_FAILED : EXIT_OK;
}
