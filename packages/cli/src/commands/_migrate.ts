import { parseDocument } from 'yaml';
import { migrateAssessment, type AnswerAgainReason, type DropReason, type MigrationReport } from '@sisc/diff';
import { hasErrors, safeParseAssessment, stableStringify, type Assessment } from '@sisc/model';
import { choice, positionals, stringOption, type Parsed } from '../_args.js';
import { EXIT_FAILED, EXIT_OK, type Context } from '../_context.js';
import { usageError } from '../_errors.js';
import { readAssessment } from '../_evaluation.js';
import { writeOutput } from '../_files.js';
import type { Lang } from '../_lang.js';
import { messages } from '../_messages.js';
import { loadRelease, shippedRelease } from '../_releases.js';
import { formatIssues } from '../_report-issues.js';

export const migrateOptions = {
  to: { type: 'string' },
  from: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/**
 * The migrated assessment as YAML, keeping the comments and layout of the original: the original
 * document is edited (criteria.version set, dropped answers removed). If that does not give exactly
 * the migrated assessment, it is written out afresh.
 */
function migratedYaml(originalText: string, migrated: Assessment): string {
  const doc = parseDocument(originalText);
  if (doc.errors.length === 0) {
    doc.setIn(['criteria', 'version'], migrated.criteria.version);
    doc.setIn(['criteria', 'scheme'], migrated.criteria.scheme);
    const original = doc.toJS() as { answers?: Record<string, unknown> };
    for (const id of Object.keys(original.answers ?? {})) {
      if (!Object.hasOwn(migrated.answers, id)) doc.deleteIn(['answers', id]);
    }
    const text = doc.toString({ lineWidth: 0 });
    const check = safeParseAssessment(parseDocument(text).toJS());
    if (check.success && stableStringify(check.data) === stableStringify(migrated)) return text;
  }
  return parseDocument(JSON.stringify(migrated)).toString({ lineWidth: 0 });
}

const REASON: Record<Lang, Record<DropReason | AnswerAgainReason, string>> = {
  en: {
    unknown: 'not a requirement of the old release',
    removed: 'removed',
    retired: 'retired',
    split: 'split',
    merged: 'merged',
    modified: 'its meaning changed',
    'na-policy': '"not applicable" no longer accepted',
    reinstated: 'reinstated',
    added: 'new',
    'now-applies': 'now applies at the target level',
  },
  ja: {
    unknown: '旧版の要求事項ではない',
    removed: '削除された',
    retired: '廃止された',
    split: '分割された',
    merged: '統合された',
    modified: '内容が変更された',
    'na-policy': '「該当なし」が認められなくなった',
    reinstated: '復活した',
    added: '新設',
    'now-applies': '目標レベルで新たに適用される',
  },
};

function reportText(ctx: Context, report: MigrationReport): string {
  const t = messages(ctx.lang);
  const p = ctx.err;
  const name = (b: MigrationReport['from']) => `${b.scheme} ${b.version}`;
  const lines = [t.migrateSummary(name(report.from), name(report.to), report.carried.length, report.dropped.length, report.mustAnswer.length)];
  if (report.dropped.length > 0) {
    lines.push(p.bold(t.migrateDropped));
    for (const d of report.dropped) {
      lines.push(`  - ${d.id} (${REASON[ctx.lang][d.reason]}${d.replacedBy && d.replacedBy.length > 0 ? ` → ${d.replacedBy.join(', ')}` : ''}): ${JSON.stringify(d.answer)}`);
    }
  }
  if (report.mustAnswer.length > 0) {
    lines.push(p.bold(t.migrateAgain));
    for (const a of report.mustAnswer) lines.push(`  - ${a.id} (${REASON[ctx.lang][a.reason]}, ${t.levelName(a.level)})`);
  }
  let out = `${lines.join('\n')}\n`;
  if (report.issues.length > 0) out += formatIssues(ctx, p, report.issues);
  return out;
}

/**
 * `sisc migrate FILE --to V`: the assessment carried over to another release, on standard output
 * (or --out); what was dropped and what must be answered again, on standard error. Exit 1 when the
 * migrated assessment has problems migrating cannot fix (its target level is gone, say).
 */
export async function migrateCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  const [file] = positionals(ctx, parsed, [ctx.lang === 'ja' ? '評価票のファイル（FILE）' : 'the assessment FILE']);
  const toSpec = stringOption(parsed, 'to');
  if (toSpec === undefined) throw usageError(t.missingArgument('--to V'));
  const { doc, assessment } = await readAssessment(ctx, file!);
  const format = choice(ctx, parsed, 'format', ['yaml', 'json'] as const, doc.format);
  const fromSpec = stringOption(parsed, 'from');
  const from = fromSpec !== undefined ? await loadRelease(ctx, fromSpec) : shippedRelease(ctx, assessment.criteria.version);
  const to = await loadRelease(ctx, toSpec);
  const { assessment: migrated, report } = migrateAssessment(doc.value, from, to);
  const text = format === 'json' ? `${JSON.stringify(migrated, null, 2)}\n` : doc.format === 'yaml' ? migratedYaml(doc.text, migrated) : migratedYaml(JSON.stringify(migrated), migrated);
  writeOutput(ctx, text, stringOption(parsed, 'out'), parsed.values.force === true);
  ctx.io.stderr(reportText(ctx, report));
  return hasErrors(report.issues) ? EXIT_FAILED : EXIT_OK;
}
