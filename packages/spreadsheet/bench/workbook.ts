// `pnpm bench`: writes and reads checklist workbooks (and the CSV) of synthetic releases of 1,000
// and 10,000 requirements, every one answered with evidence, and prints the time, the file size
// and the growth. Linear work grows about 10× from 1,000 to 10,000.
import type { AssessmentInput, CriteriaRelease, Requirement } from '@sisc/model';
import { renderChecklist } from '@sisc/render';
import { readChecklistCsv, readChecklistWorkbook, renderChecklistWorkbook } from '../src/index.js';

const t = (ja: string) => ({ ja, en: `EN ${ja}` });
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const CATEGORIES = ['CA', 'CB', 'CC', 'CD', 'CE', 'CF', 'CG', 'CH', 'CI', 'CJ'];

/** A release of `size` requirements: 10 categories, size/100 items each, 10 requirements per item, all at level 1. */
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
            level: 1,
            kind: j < 2 ? 'level-requirement' : 'detailed-requirement',
            text: t(`要求事項 ${itemId}.${pad(j + 1, 2)} を文書化し、定期的に見直す。`),
            naPolicy: { allowed: j === 9, justificationRequired: true },
            evidence: [],
            status: 'active',
            references: [],
            mappings: [],
          })),
        };
      }),
    })),
  } as CriteriaRelease;
}

function answered(r: CriteriaRelease): AssessmentInput {
  const answers: AssessmentInput['answers'] = {};
  for (const c of r.categories)
    for (const it of c.items)
      for (const q of it.requirements) answers[q.id] = { status: 'met', justification: '規程に定め、年1回見直している。', evidence: [{ title: `規程 ${q.id}`, date: '2026-03-01', uri: `https://intra.example.jp/${q.id}` }] };
  return { criteria: { scheme: r.scheme.id, version: r.version }, organization: { name: 'ベンチ株式会社' }, targetLevel: 1, mode: 'self-declaration', declaration: { signatory: { name: '山田 太郎', role: '代表取締役' }, date: '2026-03-31' }, answers };
}

/** The fastest of `repeat` runs after a warm-up: the least disturbed by other work on the machine. */
function time(run: () => unknown, repeat: number): number {
  run();
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
  bytes: number;
  write: number;
  read: number;
  csvWrite: number;
  csvRead: number;
}

const rows: Row[] = [];
for (const size of [1_000, 10_000]) {
  const release = synthetic(size);
  const assessment = answered(release);
  const { answers: _a, ...base } = assessment;
  const bytes = renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment });
  const back = readChecklistWorkbook(bytes, { release });
  if (!back.success || Object.keys(back.assessment.answers).length !== size) throw new Error(`the ${size} workbook did not read back: ${JSON.stringify(back.issues.slice(0, 3))}`);
  const csv = renderChecklist(release, { lang: 'ja', format: 'csv', assessment });
  const repeat = size >= 10_000 ? 5 : 20;
  rows.push({
    size,
    bytes: bytes.length,
    write: time(() => renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment }), repeat),
    read: time(() => readChecklistWorkbook(bytes, { release }), repeat),
    csvWrite: time(() => renderChecklist(release, { lang: 'ja', format: 'csv', assessment }), repeat),
    csvRead: time(() => readChecklistCsv(csv, { release, base }), repeat),
  });
}

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
console.log('fastest of several runs, after a warm-up; every requirement answered with a justification and one piece of evidence');
console.log('requirements     xlsx size   write xlsx    read xlsx    write csv     read csv');
for (const r of rows) {
  console.log(`${String(r.size).padStart(12)} ${`${(r.bytes / 1024).toFixed(0)} KiB`.padStart(13)} ${ms(r.write)}   ${ms(r.read)}   ${ms(r.csvWrite)}   ${ms(r.csvRead)}`);
}
const [small, large] = rows as [Row, Row];
const growth = (k: keyof Row) => `${(large[k] / small[k]).toFixed(1)}×`;
console.log(`growth 1,000 → 10,000 (10× the size): size ${growth('bytes')}, write ${growth('write')}, read ${growth('read')}, csv write ${growth('csvWrite')}, csv read ${growth('csvRead')} (linear ≈ 10×)`);
