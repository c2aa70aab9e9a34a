// `pnpm bench`: diffs two synthetic releases of 1,000 and of 10,000 requirements and prints the
// time and its growth. Linear work grows about 10× from 1,000 to 10,000.
import { safeParseCriteria, type ChangeLogEntry, type CriteriaRelease, type Requirement } from '@sisc/model';
import { diffCriteria, migrateAssessment } from '../src/index.js';

const t = (ja: string) => ({ ja, en: `EN ${ja}` });
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const CATEGORIES = ['CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'];

/** A release of `size` requirements: 10 categories, size/100 items each, 10 requirements per item. */
function synthetic(size: number): CriteriaRelease {
  const perCategory = size / 100;
  return {
    scheme: { id: 'si-security-certification', name: t('SIセキュリティ認定制度') },
    version: '1.0.0',
    status: 'effective',
    dates: { effectiveFrom: '2026-04-01' },
    title: t('ベンチマーク用基準'),
    publisher: t('ベンチマーク'),
    provenance: { source: t('合成データ') },
    notes: [],
    levels: [
      { level: 1, name: t('レベル1'), audience: t('個別'), assurance: 'self-declared' },
      { level: 2, name: t('レベル2'), audience: t('基盤'), assurance: 'audited' },
    ],
    documents: [],
    frameworks: [],
    categories: CATEGORIES.map((c) => ({
      id: c,
      name: t(`大項目 ${c}`),
      items: Array.from({ length: perCategory }, (_, i) => {
        const itemId = `${c}-${pad(i + 1, 3)}`;
        return {
          id: itemId,
          name: t(`中項目 ${itemId}`),
          intent: t(`内容 ${itemId}`),
          requirements: Array.from({ length: 10 }, (_, j): Requirement => ({
            id: `${itemId}.${pad(j + 1, 2)}`,
            level: j < 3 ? 1 : 2,
            kind: j < 2 ? 'level-requirement' : 'detailed-requirement',
            text: t(`要求事項 ${itemId}.${pad(j + 1, 2)} を文書化し、定期的に見直す。`),
            naPolicy: { allowed: j === 9, justificationRequired: true },
            evidence: j % 3 === 0 ? [t('規程'), t('記録')] : [],
            status: 'active',
            references: [],
            mappings: [],
          })),
        };
      }),
    })),
  };
}

/** The next version: 5% reworded, 2% level lowered, 1% retired, 0.5% moved, 1% added; all declared. */
function revised(base: CriteriaRelease): CriteriaRelease {
  const r = structuredClone(base);
  r.version = '2.0.0';
  const entries: ChangeLogEntry[] = [];
  const why = t('改訂');
  let n = 0;
  const items = r.categories.flatMap((c) => c.items);
  const moves: [Requirement, number][] = [];
  items.forEach((it, ii) => {
    for (const q of it.requirements) {
      n++;
      if (n % 20 === 0) {
        q.text = t(`${q.text.ja}（改訂）`);
        entries.push({ id: q.id, change: 'modified', reason: why, related: [] });
      } else if (n % 50 === 1 && q.level === 2) {
        q.level = 1;
        entries.push({ id: q.id, change: 'modified', reason: why, related: [] });
      } else if (n % 100 === 7) {
        q.status = 'retired';
        q.retired = { since: '2.0.0', reason: why, replacedBy: [] };
        entries.push({ id: q.id, change: 'retired', reason: why, related: [] });
      } else if (n % 200 === 13) {
        moves.push([q, (ii + 1) % items.length]);
        entries.push({ id: q.id, change: 'moved', reason: why, related: [] });
      }
    }
    if (ii % 10 === 0) {
      const id = `${it.id}.11`;
      it.requirements.push({ ...structuredClone(it.requirements[0]!), id, text: t(`追加 ${id}`) });
      entries.push({ id, change: 'added', reason: why, related: [] });
    }
  });
  for (const [q, to] of moves) {
    const from = items.find((it) => it.requirements.includes(q))!;
    from.requirements.splice(from.requirements.indexOf(q), 1);
    items[to]!.requirements.push(q);
  }
  r.changeLog = { from: base.version, entries };
  return r;
}

/** The fastest of `repeat` runs after a warm-up: the least disturbed by other work on the machine. */
function time(run: () => unknown, repeat: number): number {
  run(); // warm up
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  return Math.min(...runs);
}

interface Row {
  size: number;
  changes: number;
  issues: number;
  parse: number;
  diff: number;
  migrate: number;
}

const rows: Row[] = [];
for (const size of [1_000, 10_000]) {
  const a = synthetic(size);
  const b = revised(a);
  const d = diffCriteria(a, b);
  const answers = Object.fromEntries(
    a.categories.flatMap((c) => c.items.flatMap((it) => it.requirements.map((q) => [q.id, { status: 'met' as const, evidence: [] }]))),
  );
  const assessment = { criteria: { scheme: a.scheme.id, version: a.version }, organization: { name: 'ベンチ株式会社' }, targetLevel: 2, mode: 'self-declaration' as const, answers };
  const repeat = size >= 10_000 ? 7 : 30;
  rows.push({
    size,
    changes: d.changes.length,
    issues: d.issues.length,
    parse: time(() => (safeParseCriteria(a), safeParseCriteria(b)), repeat),
    diff: time(() => diffCriteria(a, b), repeat),
    migrate: time(() => migrateAssessment(assessment, a, b), repeat),
  });
}

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
console.log('fastest of several runs, after a warm-up; diffCriteria and migrateAssessment include parsing both releases and their digests');
console.log('requirements   changes  issues   parse both   diffCriteria   migrateAssessment');
for (const r of rows) {
  console.log(`${String(r.size).padStart(12)} ${String(r.changes).padStart(9)} ${String(r.issues).padStart(7)} ${ms(r.parse)}   ${ms(r.diff)}     ${ms(r.migrate)}`);
}
const [small, large] = rows as [Row, Row];
const growth = (k: keyof Row) => `${(large[k] / small[k]).toFixed(1)}×`;
console.log(`growth 1,000 → 10,000 (10× the size): parse ${growth('parse')}, diffCriteria ${growth('diff')}, migrateAssessment ${growth('migrate')} (linear ≈ 10×)`);
