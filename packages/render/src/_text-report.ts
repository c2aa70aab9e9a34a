/**
 * The evaluation result as terminal text (renderReport with format "text"): the same words as the
 * report document, from the same vocabulary, laid out for a terminal.
 */
import { formatRatio, localize, type Blocker, type EvaluationResult, type LevelResult } from '@sisc/model';
import { plain, WORDS } from './_i18n.js';
import type { CheckedRelease } from './_inputs.js';
import type { Lang } from './_options.js';
import { table, visible, type Paint } from './_text.js';
import { issueLines, type LocatedIssue } from './render-issues.js';

export interface ReportTextOptions {
  /** The result's issues, with file, line and column where the caller located them. */
  issues?: readonly LocatedIssue[];
  /** The evaluation date was not given but taken from the clock: the text says so. */
  asOfIsToday?: boolean;
}

interface Texts {
  requirementText: (id: string) => string;
  categoryName: (id: string) => string;
  levelName: (n: number) => string;
}

function texts(c: CheckedRelease, lang: Lang): Texts {
  const cat = new Map(c.release.categories.map((x) => [x.id, plain(x.name, lang)]));
  const levels = new Map(c.release.levels.map((l) => [l.level, plain(l.name, lang)]));
  return {
    requirementText: (id) => {
      const r = c.byId.get(id)?.requirement;
      return r ? visible(plain(r.text, lang)) : '';
    },
    categoryName: (id) => visible(cat.get(id) ?? id),
    levelName: (n) => visible(levels.get(n) ?? WORDS[lang].levelN(n)),
  };
}

const idRows = (ids: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += 8) out.push(`      ${ids.slice(i, i + 8).join(', ')}${i + 8 < ids.length ? ',' : ''}`);
  return out;
};

/** The lines listing what blocks one level: attestation blockers in words, then requirements. */
function blockerLines(level: LevelResult, result: EvaluationResult, x: Texts, lang: Lang, compact: boolean): string[] {
  const w = WORDS[lang];
  const byId = new Map(result.requirements.map((r) => [r.id, r]));
  const lines: string[] = [];
  const unsatisfied: Blocker[] = [];
  const evidence: Blocker[] = [];
  for (const b of level.blockers) {
    if (b.code === 'requirement-not-satisfied') unsatisfied.push(b);
    else if (b.code === 'evidence-missing') evidence.push(b);
    else lines.push(`  - ${visible(localize(b, lang))}`);
  }
  if (unsatisfied.length > 0) {
    lines.push(`  - ${w.unsatisfiedTitle(unsatisfied.length)}`);
    if (compact) lines.push(...idRows(unsatisfied.map((b) => b.requirementId ?? '')));
    else {
      const rows = unsatisfied.map((b) => {
        const r = byId.get(b.requirementId ?? '');
        const verdict = r?.verdict ?? 'unanswered';
        const label = verdict === 'not-applicable' && !r?.satisfied ? `${w.verdict['not-applicable']}${w.textParen(w.refused)}` : w.verdict[verdict];
        return [b.requirementId ?? '', `[${label}]`, x.requirementText(b.requirementId ?? '')];
      });
      lines.push(...table(rows, ['l', 'l', 'l'], '      '));
    }
  }
  if (evidence.length > 0) {
    lines.push(`  - ${w.evidenceMissingTitle(evidence.length)}`);
    const ids = evidence.map((b) => b.requirementId ?? '');
    if (compact) lines.push(...idRows(ids));
    else lines.push(...table(ids.map((id) => [id, x.requirementText(id)]), ['l', 'l'], '      '));
  }
  return lines;
}

export function reportText(result: EvaluationResult, c: CheckedRelease, lang: Lang, p: Paint, options: ReportTextOptions): string {
  const w = WORDS[lang];
  const x = texts(c, lang);
  const out: string[] = [];
  out.push(p.bold(w.resultTitle));
  if (result.basis.provisional) out.push(p.yellow(w.provisionalNote));
  out.push('');

  const paren = w.textParen;
  const name = visible(result.organization.name);
  const org = result.organization.corporateNumber ? `${name}${paren(`${w.corporateNumberShort} ${visible(result.organization.corporateNumber)}`)}` : name;
  const criteria = `${result.basis.criteria.scheme} ${result.basis.criteria.version}${result.basis.provisional ? paren(w.draftMark) : ''}`;
  const achievedLevel = result.levels.find((l) => l.level === result.achievedLevel);
  const achieved =
    result.achievedLevel === 0 ? w.achievedNone : `${x.levelName(result.achievedLevel)}${achievedLevel?.validUntil ? paren(`${w.validUntilShort} ${achievedLevel.validUntil}`) : ''}`;
  const rows: [string, string][] = [
    [w.organization, org],
    [w.criteria, criteria],
    [w.evaluatedOn, `${result.basis.asOf}${options.asOfIsToday === true ? paren(w.asOfToday) : ''}`],
    [w.mode, w.modes[result.mode]],
    [w.targetLevel, x.levelName(result.targetLevel)],
    [w.achievedLevel, result.conformant ? p.green(achieved) : p.red(achieved)],
    [w.conformant, result.conformant ? p.green(w.conformantYes) : p.red(w.conformantNo)],
  ];
  out.push(...table(rows, ['l', 'l']), '');

  // The counts over what applies at the target level.
  const countRows = [
    [w.categoryCol, w.satisfiedCountCol, w.applicableCountCol, w.ratioCol],
    ...result.categories.map((k) => [`${k.id} ${x.categoryName(k.id)}`, String(k.satisfied), String(k.applicable), formatRatio(k.ratio)]),
  ];
  if (result.total) countRows.push([w.total, String(result.total.satisfied), String(result.total.applicable), formatRatio(result.total.ratio)]);
  out.push(p.bold(w.countsTitle(w.levelN(result.targetLevel))));
  const counted = table(countRows, ['l', 'r', 'r', 'r']);
  out.push(p.dim(counted[0]!), ...counted.slice(1), '');

  // The gap: every level from the achieved one up to the target; when conformant, the next level.
  const gapLevels = result.levels.filter((l) => !l.achieved && l.level > result.achievedLevel && l.level <= result.targetLevel);
  for (const l of gapLevels) out.push(p.bold(w.blockingTitle(x.levelName(l.level), l.blockers.length)), ...blockerLines(l, result, x, lang, false), '');
  if (gapLevels.length === 0) {
    const next = result.levels.find((l) => l.level === Math.max(result.achievedLevel, result.targetLevel) + 1 && !l.achieved);
    if (next) out.push(p.bold(w.towardsTitle(x.levelName(next.level), next.blockers.length)), ...blockerLines(next, result, x, lang, true), '');
  }

  const issues = options.issues ?? result.issues;
  if (issues.length === 0) out.push(w.issuesNone);
  else {
    out.push(p.bold(w.issuesTitle(issues.length)));
    out.push(
      ...issueLines(issues, lang, p)
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  }
  const basis = result.basis;
  out.push('', p.dim(w.basisLine(`${basis.engine.name} ${basis.engine.version}`, basis.scoringRules, basis.criteria.digest)));
  return `${out.join('\n')}\n`;
}
