// `pnpm bench`: renders a synthetic release of 1,000 and of 10,000 requirements to the HTML
// standard document (and the checklist, and the Markdown alone) and prints the time taken and its
// growth from 1,000 to 10,000 (10× the requirements; about 10× the time means linear).
import type { CriteriaRelease, Requirement } from '@sisc/model';
import { renderChecklist, renderStandard } from '@sisc/render';

/** A valid draft release with `n` requirements: categories of 100 items of 10 requirements. */
export function syntheticRelease(n: number): CriteriaRelease {
  const t = (ja: string) => ({ ja, en: `EN ${ja}` });
  const letters = (k: number) => String.fromCharCode(65 + Math.floor(k / 26 / 26) % 26, 65 + Math.floor(k / 26) % 26, 65 + (k % 26));
  const categories: CriteriaRelease['categories'] = [];
  for (let made = 0, c = 0; made < n; c++) {
    const id = letters(c);
    const items: CriteriaRelease['categories'][number]['items'] = [];
    for (let i = 1; i <= 100 && made < n; i++) {
      const itemId = `${id}-${String(i).padStart(3, '0')}`;
      const requirements: Requirement[] = [];
      for (let q = 1; q <= 10 && made < n; q++, made++) {
        requirements.push({
          id: `${itemId}.${String(q).padStart(2, '0')}`,
          level: q <= 3 ? 1 : 2,
          kind: q <= 2 ? 'level-requirement' : 'detailed-requirement',
          text: t(`要求事項 ${made}: 方針を文書化し、定期的に見直し、関係者に周知する（*注記* [参照] <あり> | 区切り）。`),
          naPolicy: { allowed: q % 4 === 0, justificationRequired: true },
          evidence: q % 3 === 0 ? [t('規程'), t('記録')] : [],
          status: 'active',
          references: [],
          mappings: q === 1 ? [{ framework: 'nist-ssdf', id: `PO.${i}.${q}`, relationship: 'intersects-with', confidence: 'high' }] : [],
        });
      }
      items.push({ id: itemId, name: t(`中項目 ${itemId}`), intent: t(`内容 ${itemId}`), requirements });
    }
    categories.push({ id, name: t(`大項目 ${id}`), items });
  }
  return {
    scheme: { id: 'si-security-certification', name: t('SIセキュリティ認定制度') },
    version: `0.0.0-bench.${n}`,
    status: 'draft',
    dates: {},
    title: t(`ベンチマーク用基準 ${n}`),
    publisher: t('ベンチマーク'),
    provenance: { source: t('合成データ') },
    notes: [],
    levels: [
      { level: 1, name: t('レベル1'), audience: t('全事業者'), assurance: 'self-declared' },
      { level: 2, name: t('レベル2'), audience: t('基盤事業者'), assurance: 'audited' },
    ],
    documents: [],
    frameworks: [{ id: 'nist-ssdf', title: 'NIST SSDF', version: '1.1' }],
    categories,
  };
}

/** Median time of `runs` renders, each of a fresh release object (so validation is included). */
function measure(n: number, runs: number, fn: (r: CriteriaRelease) => string): { ms: number; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const r = syntheticRelease(n);
    const start = performance.now();
    bytes = fn(r).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, bytes };
}

function main(): void {
  // Warm up the JIT (and markdown-it) first.
  for (let i = 0; i < 3; i++) renderStandard(syntheticRelease(1_000), { lang: 'ja', format: 'html' });
  const cases: [string, (r: CriteriaRelease) => string][] = [
    ['renderStandard html (ja)', (r) => renderStandard(r, { lang: 'ja', format: 'html' })],
    ['renderStandard markdown (en)', (r) => renderStandard(r, { lang: 'en', format: 'markdown' })],
    ['renderChecklist html, level 2 (ja)', (r) => renderChecklist(r, { lang: 'ja', format: 'html', level: 2 })],
  ];
  for (const [name, fn] of cases) {
    const small = { n: 1_000, ...measure(1_000, 5, fn) };
    const large = { n: 10_000, ...measure(10_000, 3, fn) };
    const show = (x: typeof small) => `${x.n.toLocaleString('en-US').padStart(6)} requirements: ${x.ms.toFixed(0).padStart(5)} ms (${(x.bytes / 1e6).toFixed(2)} MB)`;
    console.log(`${name.padEnd(36)} ${show(small)}   ${show(large)}   growth ×${(large.ms / small.ms).toFixed(1)} for ×${large.n / small.n} requirements`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
