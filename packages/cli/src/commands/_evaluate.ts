import { stableStringify } from '@sisc/model';
import { choice, dateOption, levelOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, paint, todayUtc, type Context } from '../_context.js';
import { evaluateFile } from '../_evaluation.js';
import { writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { resultText } from '../_result-text.js';

export const evaluateOptions = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
  'require-level': { type: 'string' },
  criteria: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const FORMATS = ['text', 'json', 'md', 'html'] as const;

/**
 * `sisc evaluate FILE`: the result of evaluating an assessment. Exit 0 with the result whatever
 * level it reaches, unless --require-level N is given and level N is not achieved (exit 1). An
 * assessment that is not valid cannot be evaluated: its problems are listed, exit 2.
 */
export async function evaluateCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '評価票のファイル（FILE）' : 'the assessment FILE']);
  const format = choice(ctx, parsed, 'format', FORMATS, 'text');
  const required = levelOption(ctx, parsed, 'require-level');
  const given = dateOption(ctx, parsed, 'as-of');
  const asOf = given ?? todayUtc(ctx.io);
  const out = stringOption(parsed, 'out');
  const force = parsed.values.force === true;

  const { doc, assessment, release, result } = await evaluateFile(ctx, file!, asOf, stringOption(parsed, 'criteria'));
  let text: string;
  if (format === 'json') text = `${stableStringify(result, 2)}\n`;
  else if (format === 'md' || format === 'html') {
    // The renderer (and markdown-it) is loaded only for these formats.
    const { renderReport } = await import('@sisc/render');
    text = renderReport(result, release, { lang: ctx.lang, format: format === 'md' ? 'markdown' : 'html', assessment });
    if (!text.endsWith('\n')) text += '\n';
  } else {
    // Colour only when the text goes to a terminal, not into a file.
    const c = out === undefined ? ctx : { ...ctx, out: paint(false) };
    text = resultText(c, result, release, doc, given === undefined);
  }
  writeOutput(ctx, text, out, force);

  if (required !== undefined && result.achievedLevel < required) {
    ctx.io.stderr(`sisc: ${ctx.err.red(t.requireLevelFailed(required, result.achievedLevel))}\n`);
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
