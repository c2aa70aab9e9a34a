import { Document, isMap, isScalar, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { assurancePolicy, releaseStatusPolicy, SCHEMA_IDS, type CriteriaRelease } from '@sisc/model';
import { choice, levelOption, stringOption, positionals, type Parsed } from '../_args.js';
import { EXIT_OK, type Context } from '../_context.js';
import { usageError } from '../_errors.js';
import { writeOutput } from '../_files.js';
import { localized, type Lang } from '../_lang.js';
import { messages } from '../_messages.js';
import { defaultRelease, loadRelease } from '../_releases.js';

export const initOptions = {
  level: { type: 'string', short: 'l' },
  criteria: { type: 'string' },
  format: { type: 'string' },
  org: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

interface SkeletonEntry {
  id: string;
  level: number;
  text: string;
  naAllowed: boolean;
  naJustification: boolean;
  item: { id: string; name: string; intent: string; first: boolean };
  category: { id: string; name: string; first: boolean };
}

/** The active requirements that apply at `level`, in release order, with their texts. */
export function applicableEntries(release: CriteriaRelease, level: number, lang: Lang): SkeletonEntry[] {
  const out: SkeletonEntry[] = [];
  for (const c of release.categories) {
    let firstInCategory = true;
    for (const i of c.items) {
      let firstInItem = true;
      for (const r of i.requirements) {
        if (r.status !== 'active' || r.level > level) continue;
        out.push({
          id: r.id,
          level: r.level,
          text: localized(r.text, lang),
          naAllowed: r.naPolicy.allowed,
          naJustification: r.naPolicy.justificationRequired,
          item: { id: i.id, name: localized(i.name, lang), intent: localized(i.intent, lang), first: firstInItem },
          category: { id: c.id, name: localized(c.name, lang), first: firstInCategory },
        });
        firstInItem = false;
        firstInCategory = false;
      }
    }
  }
  return out;
}

/**
 * `sisc init`: an assessment skeleton for a release and a level. Every requirement that applies at
 * the level gets an answer with status "not-met" (nothing is claimed until someone says so) and an
 * empty evidence list. YAML (the default) shows each requirement's text in a comment above its
 * answer, and templates of the declaration and audit at the end; JSON, which has no comments,
 * carries the text in each answer's note. Who signs or audits is never invented: the declaration
 * and audit are left for people to fill in.
 */
export async function initCommand(ctx: Context, parsed: Parsed): Promise<number> {
  const t = messages(ctx.lang);
  positionals(ctx, parsed, []);
  const format = choice(ctx, parsed, 'format', ['yaml', 'json'] as const, 'yaml');
  const spec = stringOption(parsed, 'criteria');
  const release = spec === undefined ? defaultRelease() : await loadRelease(ctx, spec);
  const level = levelOption(ctx, parsed, 'level') ?? 1;
  const levelDef = release.levels.find((l) => l.level === level);
  if (!levelDef) throw usageError(t.unknownLevel(level, release.levels.map((l) => l.level).join(', ')));
  if (spec === undefined) {
    ctx.io.stderr(`${t.usingCriteria(release.version, t.status[release.status], releaseStatusPolicy(release.status).provisional)}\n`);
  }
  const { requiresMode } = assurancePolicy(levelDef.assurance);
  const audited = requiresMode === 'audit';
  const entries = applicableEntries(release, level, ctx.lang);
  const org = stringOption(parsed, 'org');

  const skeleton = {
    $schema: SCHEMA_IDS.assessment,
    criteria: { scheme: release.scheme.id, version: release.version },
    organization: { name: org !== undefined && org.trim() !== '' ? org : t.initOrgPlaceholder },
    targetLevel: level,
    mode: requiresMode ?? 'self-declaration',
    answers: Object.fromEntries(
      entries.map((e) => [e.id, format === 'json' ? { status: 'not-met', evidence: [], note: e.text } : { status: 'not-met', evidence: [] }]),
    ),
  };
  if (audited) ctx.io.stderr(`${t.initAuditNeeded(level)}\n`);

  const text = format === 'json' ? `${JSON.stringify(skeleton, null, 2)}\n` : yamlSkeleton(ctx.lang, release, level, audited, skeleton, entries);
  writeOutput(ctx, text, stringOption(parsed, 'out'), parsed.values.force === true);
  return EXIT_OK;
}

const comment = (lines: readonly string[]) => lines.map((l) => ` ${l}`).join('\n');

function yamlSkeleton(lang: Lang, release: CriteriaRelease, level: number, audited: boolean, skeleton: Record<string, unknown>, entries: readonly SkeletonEntry[]): string {
  const t = messages(lang);
  const doc = new Document(skeleton);
  doc.commentBefore = comment([t.initHeader(release.scheme.id, release.version, level), ...t.initHowTo]);
  const root = doc.contents as YAMLMap;
  const orgPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'organization') as Pair<Scalar> | undefined;
  if (orgPair) {
    orgPair.key.commentBefore = comment([
      lang === 'ja' ? '法人番号がある場合は corporateNumber: "13桁の番号" を追加してください（引用符で囲みます）。' : 'If the organisation has a corporate number (法人番号), add corporateNumber: "<13 digits>" (in quotes).',
    ]);
    orgPair.key.spaceBefore = true;
  }
  const answers = doc.get('answers', true);
  if (isMap(answers)) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const pair of answers.items) {
      const key = pair.key as Scalar;
      const e = byId.get(String(key.value));
      if (!e) continue;
      const lines: string[] = [];
      if (e.category.first) lines.push(`■ ${e.category.id} ${e.category.name}`);
      if (e.item.first) lines.push(`□ ${e.item.id} ${e.item.name} — ${e.item.intent}`);
      const na = e.naAllowed ? t.initNa(e.naJustification) : t.initNoNa;
      lines.push(`${e.id} [${t.levelName(e.level)}] ${e.text}`, `  ${na}`);
      key.commentBefore = comment(lines);
      if (e !== entries[0]) key.spaceBefore = true;
      if (isMap(pair.value)) {
        const status = pair.value.get('status', true);
        if (isScalar(status)) status.comment = ' met | not-met | not-applicable';
      }
    }
  }
  doc.comment = comment([...t.initDeclaration, ...(audited ? ['', ...t.initAudit] : [])]);
  return doc.toString({ lineWidth: 0 });
}
