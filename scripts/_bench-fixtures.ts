/** Synthetic documents for scripts/bench-targets.ts (also imported by its child processes). */
import type { CriteriaReleaseInput } from '@sisc/model';

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
export const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
export function engineRelease(requirements: number): CriteriaReleaseInput {
  const t = (ja: string) => ({ ja });
  const categories: CriteriaReleaseInput['categories'] = [];
  let n = 0;
  for (let c = 0; n < requirements; c++) {
    const cid = `C${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`;
    const items: CriteriaReleaseInput['categories'][number]['items'] = [];
    for (let i = 1; i <= 100 && n < requirements; i++) {
      const iid = `${cid}-${String(i).padStart(3, '0')}`;
      const reqs: CriteriaReleaseInput['categories'][number]['items'][number]['requirements'] = [];
      for (let r = 1; r <= 10 && n < requirements; r++, n++) {
        reqs.push({
          id: `${iid}.${String(r).padStart(2, '0')}`,
          level: r <= 3 ? 1 : 2,
          kind: r <= 2 ? 'level-requirement' : 'detailed-requirement',
          text: t(`要求事項 ${iid}.${r}`),
          ...(r === 5 ? { naPolicy: { allowed: true, justificationRequired: true } } : {}),
          ...(r === 1 ? { recurrence: 'P1Y' } : {}),
        });
      }
      items.push({ id: iid, name: t(`中項目 ${iid}`), intent: t('内容'), requirements: reqs });
    }
    categories.push({ id: cid, name: t(`大項目 ${cid}`), items });
  }
  return {
    scheme: { id: 'si-security-certification', name: t('SIセキュリティ認定制度') },
    version: `9.9.${requirements}-synthetic.1`,
    status: 'draft',
    title: t('合成リリース'),
    publisher: t('ベンチマーク'),
    provenance: { source: t('合成') },
    levels: [
      { level: 1, name: t('レベル1'), audience: t('個別'), assurance: 'self-declared', declarationValidity: 'P1Y' },
      { level: 2, name: t('レベル2'), audience: t('基盤'), assurance: 'audited' },
    ],
    categories,
  };
}

export function engineAssessment(release: CriteriaReleaseInput): unknown {
  const rand = rng(release.categories.length);
  const answers: Record<string, unknown> = {};
  for (const c of release.categories)
    for (const i of c.items)
      for (const r of i.requirements) answers[r.id] = { status: rand() < 0.97 ? 'met' : 'not-met', evidence: [{ title: `${r.id} 記録`, date: day(Math.floor(rand() * 480)) }] };
  return {
    criteria: { scheme: release.scheme.id, version: release.version },
    organization: { name: '株式会社合成' },
    targetLevel: 2,
    mode: 'audit',
    declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-04-01' },
    audit: { auditor: { name: '佐藤 花子' }, body: { name: '認定機構' }, date: '2026-04-20' },
    answers,
  };
}
