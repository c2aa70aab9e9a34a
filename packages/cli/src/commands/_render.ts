import { renderChecklist, renderDeclaration, renderReport, renderStandard } from '@sisc/render';
import { choice, dateOption, levelOption, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_OK, todayUtc, type Context } from '../_context.js';
import { usageError } from '../_errors.js';
import { evaluateFile } from '../_evaluation.js';
import { writeOutput } from '../_files.js';
import { messages } from '../_messages.js';
import { defaultRelease, loadRelease } from '../_releases.js';

export const renderOptions = {
  criteria: { type: 'string' },
  level: { type: 'string', short: 'l' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const DOCUMENTS = ['standard', 'checklist', 'declaration', 'report'] as const;
type DocumentName = (typeof DOCUMENTS)[number];

const FORMATS: Record<DocumentName, readonly ('md' | 'html' | 'csv')[]> = {
  standard: ['md', 'html'],
  checklist: ['md', 'html', 'csv'],
  declaration: ['md', 'html'],
  report: ['md', 'html'],
};

const rendererFormat = (f: 'md' | 'html' | 'csv') => (f === 'md' ? 'markdown' : f);

/**
 * `sisc render standard|checklist|declaration|report`: a document from @sisc/render. The standard
 * and the checklist come from a criteria release; the declaration and the report from an
 * assessment, evaluated first (with --as-of, default today in UTC).
 */
export async function renderCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [what] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '文書の種類（standard / checklist / declaration / report）' : 'the document (standard, checklist, declaration or report)'], ['FILE']);
  if (!(DOCUMENTS as readonly string[]).includes(what!)) throw usageError(t.badChoice(ctx.lang === 'ja' ? '文書の種類' : 'the document', what!, DOCUMENTS));
  const doc = what as DocumentName;
  const format = choice(ctx, parsed, 'format', FORMATS[doc], 'md');
  const lang = ctx.lang;
  const criteriaSpec = stringOption(parsed, 'criteria');
  const level = levelOption(ctx, parsed, 'level');
  const out = stringOption(parsed, 'out');
  const force = parsed.values.force === true;
  const file = parsed.positionals[1];

  let text: string;
  if (doc === 'standard' || doc === 'checklist') {
    if (file !== undefined) throw usageError(t.unexpectedArgument(file));
    if (stringOption(parsed, 'as-of') !== undefined) throw usageError(t.optionNotFor('--as-of', 'declaration, report'));
    const release = criteriaSpec === undefined ? defaultRelease() : await loadRelease(ctx, criteriaSpec);
    if (level !== undefined && !release.levels.some((l) => l.level === level)) {
      throw usageError(t.unknownLevel(level, release.levels.map((l) => l.level).join(', ')));
    }
    if (doc === 'standard') {
      if (level !== undefined) throw usageError(t.optionNotFor('--level', 'checklist'));
      text = renderStandard(release, { lang, format: rendererFormat(format) as 'markdown' | 'html' });
    } else {
      text = renderChecklist(release, { lang, format: rendererFormat(format), ...(level !== undefined ? { level } : {}) });
    }
  } else {
    if (file === undefined) throw usageError(t.missingArgument(ctx.lang === 'ja' ? '評価票のファイル（FILE）' : 'the assessment FILE'));
    if (level !== undefined) throw usageError(t.optionNotFor('--level', 'checklist'));
    const asOf = dateOption(ctx, parsed, 'as-of') ?? todayUtc(ctx.io);
    const e = await evaluateFile(ctx, file, asOf, criteriaSpec);
    const options = { lang, format: rendererFormat(format) as 'markdown' | 'html' };
    text = doc === 'declaration' ? renderDeclaration(e.assessment, e.result, e.release, options) : renderReport(e.result, e.release, { ...options, assessment: e.assessment });
  }
  writeOutput(ctx, text, out, force);
  return EXIT_OK;
}
