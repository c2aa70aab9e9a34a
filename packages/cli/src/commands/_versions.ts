import { listCriteria } from '@sisc/criteria';
import { stableStringify } from '@sisc/model';
import { choice, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { displayWidth, padEnd } from '../_lang.js';
import { messages } from '../_messages.js';
import { defaultRelease } from '../_releases.js';

export const versionsOptions = {
  format: { type: 'string' },
} as const;

/** `sisc versions`: the shipped releases with status and dates. */
export async function versionsCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const format = choice(ctx, parsed, 'format', ['text', 'json'] as const, 'text');
  const list = listCriteria();
  if (format === 'json') {
    ctx.io.stdout(`${stableStringify(list, 2)}\n`);
    return EXIT_OK;
  }
  const t = messages(ctx.lang);
  const p = ctx.out;
  if (list.length === 0) {
    ctx.io.stdout(`${t.noReleases}\n`);
    return EXIT_OK;
  }
  const rows = list.map((l) => [
    l.version,
    t.status[l.status],
    l.dates.published ?? '-',
    l.dates.effectiveFrom ?? '-',
    l.dates.acceptUntil ?? '-',
    ctx.lang === 'en' ? (l.title.en ?? l.title.ja) : l.title.ja,
  ]);
  const header = [...t.versionsHeader];
  const widths = header.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i]!)].map(displayWidth)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  let out = `${p.bold(line(header))}\n`;
  for (const r of rows) out += `${line(r)}\n`;
  out += `\n${t.versionsDefault(defaultRelease().version)}\n`;
  ctx.io.stdout(out);
  return EXIT_OK;
}
