import { listCriteria } from '@sisc/criteria';
import { stableStringify } from '@sisc/model';
import { choice, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { renderVersions } from '@sisc/render';
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
  if (list.length === 0) {
    ctx.io.stdout(`${t.noReleases}\n`);
    return EXIT_OK;
  }
  ctx.io.stdout(`${renderVersions(list, { lang: ctx.lang, format: 'text', color: ctx.out.enabled })}\n${t.versionsDefault(defaultRelease().version)}\n`);
  return EXIT_OK;
}
