/** The evaluation result as text for a terminal: the summary people read first, then the gap. */
import { formatRatio, type Blocker, type CriteriaRelease, type EvaluationResult, type LevelResult } from '@sisc/model';
import type { Context } from './_context.js';
import { locateIssues, type LoadedDocument } from './_documents.js';
import { displayWidth, localized, padEnd, padStart, type Lang } from './_lang.js';
import { messages } from './_messages.js';
import { visible } from './_terminal.js';
import { formatIssues } from './_report-issues.js';

const BLOCKER_JA: Record<Exclude<Blocker['code'], 'requirement-not-satisfied' | 'evidence-missing'>, (level: number) => string> = {
  'lower-level-not-achieved': (l) => `レベル${l - 1}を達成していません。`,
  'declaration-missing': (l) => `レベル${l}には、氏名と役職を明記した署名者による自己適合宣言が必要ですが、ありません。`,
  'declaration-incomplete': () => '自己適合宣言に署名者の氏名または役職がありません。',
  'declaration-in-future': () => '自己適合宣言の日付が評価基準日より後です。',
  'declaration-expired': () => '自己適合宣言の有効期限が過ぎています。',
  'audit-required': (l) => `レベル${l}は認定審査によってのみ達成できます（この評価票は認定審査ではありません）。`,
  'audit-incomplete': () => '審査の情報に審査員または審査機関の名称がありません。',
  'audit-in-future': () => '審査日が評価基準日より後です。',
  'audit-expired': () => '審査の有効期限が過ぎています。',
  'criteria-not-accepting': () => 'この基準の版は、この宣言・審査を受け付けていません。',
};


function table(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[], indent = '  '): string[] {
  const widths = align.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) =>
    (
      indent +
      r
        .map((cell, i) => (align[i] === 'r' ? padStart(cell, widths[i]!) : i === r.length - 1 ? cell : padEnd(cell, widths[i]!)))
        .join('  ')
    ).trimEnd(),
  );
}

interface Texts {
  requirementText: (id: string) => string;
  categoryName: (id: string) => string;
  levelName: (n: number) => string;
}

function texts(release: CriteriaRelease, lang: Lang): Texts {
  const req = new Map<string, string>();
  const cat = new Map<string, string>();
  for (const c of release.categories) {
    cat.set(c.id, localized(c.name, lang));
    for (const i of c.items) for (const r of i.requirements) req.set(r.id, localized(r.text, lang));
  }
  const levels = new Map(release.levels.map((l) => [l.level, localized(l.name, lang)]));
  return {
    requirementText: (id) => req.get(id) ?? '',
    categoryName: (id) => cat.get(id) ?? id,
    levelName: (n) => levels.get(n) ?? messages(lang).levelName(n),
  };
}

/** The lines listing what blocks one level: attestation blockers in words, then requirements. */
function blockerLines(ctx: Context, level: LevelResult, result: EvaluationResult, x: Texts, compact: boolean): string[] {
  const t = messages(ctx.lang);
  const byId = new Map(result.requirements.map((r) => [r.id, r]));
  const lines: string[] = [];
  const requirementBlockers = level.blockers.filter((b) => b.code === 'requirement-not-satisfied');
  const evidenceBlockers = level.blockers.filter((b) => b.code === 'evidence-missing');
  for (const b of level.blockers) {
    if (b.code === 'requirement-not-satisfied' || b.code === 'evidence-missing') continue;
    lines.push(`  - ${ctx.lang === 'ja' ? BLOCKER_JA[b.code](level.level) : b.message}`);
  }
  if (requirementBlockers.length > 0) {
    lines.push(`  - ${t.unsatisfiedCount(requirementBlockers.length)}`);
    if (compact) {
      const ids = requirementBlockers.map((b) => b.requirementId ?? '');
      for (let i = 0; i < ids.length; i += 8) lines.push(`      ${ids.slice(i, i + 8).join(', ')}${i + 8 < ids.length ? ',' : ''}`);
      return withEvidence(lines, evidenceBlockers, x, ctx.lang, compact);
    }
    const rows = requirementBlockers.map((b) => {
      const r = byId.get(b.requirementId ?? '');
      const verdict = r?.verdict ?? 'unanswered';
      const label = verdict === 'not-applicable' && !r?.satisfied ? t.naRefused : t.verdict[verdict];
      return [b.requirementId ?? '', `[${label}]`, x.requirementText(b.requirementId ?? '')];
    });
    for (const one of table(rows, ['l', 'l', 'l'], '      ')) lines.push(one);
  }
  return withEvidence(lines, evidenceBlockers, x, ctx.lang, compact);
}

function withEvidence(lines: string[], evidenceBlockers: readonly Blocker[], x: Texts, lang: Lang, compact: boolean): string[] {
  if (evidenceBlockers.length === 0) return lines;
  const n = evidenceBlockers.length;
  lines.push(`  - ${lang === 'ja' ? `証跡のない「適合」の回答 ${n} 件（認定審査では証跡が必要です）:` : `${n} requirement${n === 1 ? '' : 's'} answered met without evidence (an audit needs evidence):`}`);
  const ids = evidenceBlockers.map((b) => b.requirementId ?? '');
  if (compact) {
    for (let i = 0; i < ids.length; i += 8) lines.push(`      ${ids.slice(i, i + 8).join(', ')}${i + 8 < ids.length ? ',' : ''}`);
  } else for (const one of table(ids.map((id) => [id, x.requirementText(id)]), ['l', 'l'], '      ')) lines.push(one);
  return lines;
}

export function resultText(ctx: Context, result: EvaluationResult, release: CriteriaRelease, doc: LoadedDocument | undefined, asOfDefaulted: boolean): string {
  const t = messages(ctx.lang);
  const p = ctx.out;
  const x = texts(release, ctx.lang);
  const out: string[] = [];
  out.push(p.bold(t.resultTitle));
  if (result.basis.provisional) out.push(p.yellow(t.provisionalNote));
  out.push('');

  const paren = (text: string) => (ctx.lang === 'ja' ? `（${text}）` : ` (${text})`);
  const name = visible(result.organization.name);
  const org = result.organization.corporateNumber ? `${name}${paren(`${t.label.corporateNumber} ${result.organization.corporateNumber}`)}` : name;
  const criteria = `${result.basis.criteria.scheme} ${result.basis.criteria.version}${result.basis.provisional ? paren(t.draftMark) : ''}`;
  const achievedLevel = result.levels.find((l) => l.level === result.achievedLevel);
  const achieved =
    result.achievedLevel === 0
      ? ctx.lang === 'ja'
        ? '0（達成したレベルはありません）'
        : '0 (no level achieved)'
      : `${x.levelName(result.achievedLevel)}${achievedLevel?.validUntil ? paren(`${t.label.validUntil} ${achievedLevel.validUntil}`) : ''}`;
  const rows: [string, string][] = [
    [t.label.organization, org],
    [t.label.criteria, criteria],
    [t.label.asOf, `${result.basis.asOf}${asOfDefaulted ? paren(t.label.asOfToday) : ''}`],
    [t.label.assessment, `${t.mode[result.mode] ?? result.mode}`],
    [t.label.target, x.levelName(result.targetLevel)],
    [t.label.achieved, result.conformant ? p.green(achieved) : p.red(achieved)],
    [t.label.conformant, result.conformant ? p.green(t.conformantYes) : p.red(t.conformantNo)],
  ];
  for (const one of table(rows, ['l', 'l'])) out.push(one);
  out.push('');

  // The counts over what applies at the target level.
  const countRows = [
    [...t.countsHeader],
    ...result.categories.map((c) => [`${c.id} ${x.categoryName(c.id)}`, String(c.satisfied), String(c.applicable), formatRatio(c.ratio)]),
  ];
  if (result.total) countRows.push([t.total, String(result.total.satisfied), String(result.total.applicable), formatRatio(result.total.ratio)]);
  out.push(p.bold(t.countsTitle(result.targetLevel)));
  const counted = table(countRows, ['l', 'r', 'r', 'r']);
  out.push(p.dim(counted[0]!), ...counted.slice(1));
  out.push('');

  // The gap: every level from the achieved one up to the target; when conformant, the next level.
  const gapLevels = result.levels.filter((l) => !l.achieved && l.level > result.achievedLevel && l.level <= result.targetLevel);
  for (const l of gapLevels) {
    out.push(p.bold(t.gapTitle(l.level, l.blockers.length)), ...blockerLines(ctx, l, result, x, false), '');
  }
  if (gapLevels.length === 0) {
    const next = result.levels.find((l) => l.level === Math.max(result.achievedLevel, result.targetLevel) + 1 && !l.achieved);
    if (next) out.push(p.bold(t.nextTitle(next.level, next.blockers.length)), ...blockerLines(ctx, next, result, x, true), '');
  }

  if (result.issues.length === 0) out.push(t.noIssues);
  else {
    out.push(p.bold(t.issuesTitle(result.issues.length)));
    const located = doc ? locateIssues(doc, result.issues) : result.issues;
    out.push(
      ...formatIssues(ctx, p, located)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  const basis = result.basis;
  out.push('', p.dim(t.basisLine(`${basis.engine.name} ${basis.engine.version}`, basis.scoringRules, basis.criteria.digest)));
  return `${out.join('\n')}\n`;
}
