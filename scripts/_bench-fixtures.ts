/** Synthetic documents for scripts/bench-targets.ts (also imported by its child processes). */
import type { CriteriaRelease, CriteriaReleaseInput } from '@sisc/model';

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

/**
 * The k-th realistic assessment of a release (self-declarations, and every third an audit), as
 * packages/engine/bench/evaluate.ts and scripts/bench-targets.ts measure them.
 */
export function realisticAssessment(draft: CriteriaRelease, k: number): Record<string, unknown> {
  const draftIds = draft.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.map((r) => ({ id: r.id, level: r.level, na: r.naPolicy.allowed }))));
  const rand = rng(k + 1);
  const audit = k % 3 === 0;
  const answers: Record<string, unknown> = {};
  for (const r of draftIds) {
    if (!audit && r.level > 1 && rand() < 0.7) continue;
    const x = rand();
    const status = x < 0.85 ? 'met' : x < 0.95 || !r.na ? 'not-met' : 'not-applicable';
    const evidence = Array.from({ length: audit ? 1 + Math.floor(rand() * 3) : Math.floor(rand() * 2) }, (_, i) => ({
      title: `${r.id} 証跡 ${i + 1}: 規程・記録・議事録の写し`,
      uri: `https://intra.example.co.jp/isms/${r.id}/${i + 1}.pdf`,
      date: day(Math.floor(rand() * 480)),
    }));
    answers[r.id] = { status, ...(status === 'not-applicable' ? { justification: '該当する委託先・協力体制がない。' } : {}), evidence, ...(rand() < 0.3 ? { note: '年次レビューで確認済み。次回は下期に実施予定。' } : {}) };
  }
  return {
    $schema: 'https://sisc.dev/schemas/v1/assessment.schema.json',
    criteria: { scheme: draft.scheme.id, version: draft.version },
    organization: { name: `株式会社ベンチマーク${k}`, corporateNumber: '7990412345678' },
    targetLevel: audit ? 2 : 1,
    mode: audit ? 'audit' : 'self-declaration',
    declaration: { signatory: { name: '山田 太郎', role: '代表取締役社長' }, date: '2026-04-01' },
    ...(audit ? { audit: { auditor: { name: '佐藤 花子' }, body: { name: '一般社団法人サンプル認定機構' }, date: '2026-04-20', reference: `SISC-2026-${k}` } } : {}),
    answers,
  };
}
