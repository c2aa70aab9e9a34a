/** A small release and assessments built for the engine's unit tests (not the draft). */
import type { CriteriaReleaseInput } from '@sisc/model';

type Req = CriteriaReleaseInput['categories'][number]['items'][number]['requirements'][number];
const t = (ja: string) => ({ ja, en: `(en) ${ja}` });
const req = (id: string, level: number, extra: Partial<Req> = {}): Req => ({ id, level, kind: 'level-requirement', text: t(`要求 ${id}`), ...extra });

export function release(patch: (r: CriteriaReleaseInput) => void = () => {}): CriteriaReleaseInput {
  const r: CriteriaReleaseInput = {
    scheme: { id: 'si-security-certification', name: t('SIセキュリティ認定制度') },
    version: '0.9.0-test.1',
    status: 'draft',
    title: t('テスト用基準'),
    publisher: t('テスト委員会'),
    provenance: { source: t('テスト') },
    levels: [
      { level: 1, name: t('レベル1'), audience: t('個別'), assurance: 'self-declared' },
      { level: 2, name: t('レベル2'), audience: t('基盤'), assurance: 'audited' },
    ],
    categories: [
      {
        id: 'GOV',
        name: t('企業の体制'),
        items: [
          {
            id: 'GOV-01',
            name: t('管理体制'),
            intent: t('宣言'),
            requirements: [req('GOV-01.01', 1), req('GOV-01.02', 2), req('GOV-01.03', 1, { kind: 'detailed-requirement', naPolicy: { allowed: true, justificationRequired: true } })],
          },
          {
            id: 'GOV-02',
            name: t('教育'),
            intent: t('教育'),
            requirements: [
              req('GOV-02.01', 1, { recurrence: 'P1Y' }),
              req('GOV-02.02', 2),
              req('GOV-02.03', 1, { status: 'retired', retired: { since: '0.9.0-test.1', reason: t('統合') } }),
            ],
          },
        ],
      },
      {
        id: 'OPS',
        name: t('運用'),
        items: [{ id: 'OPS-01', name: t('インシデント'), intent: t('窓口'), requirements: [req('OPS-01.01', 1), req('OPS-01.02', 2, { naPolicy: { allowed: true, justificationRequired: false } })] }],
      },
    ],
  };
  patch(r);
  return r;
}

export const ev = (date: string, title = '記録') => ({ title, date });

/** Every active requirement answered met with one evidence item dated 2026-03-01. */
export function assessment(patch: (a: Record<string, any>) => void = () => {}): Record<string, any> {
  const ids = ['GOV-01.01', 'GOV-01.02', 'GOV-01.03', 'GOV-02.01', 'GOV-02.02', 'OPS-01.01', 'OPS-01.02'];
  const a: Record<string, any> = {
    criteria: { scheme: 'si-security-certification', version: '0.9.0-test.1' },
    organization: { name: '株式会社テスト' },
    targetLevel: 1,
    mode: 'self-declaration',
    declaration: { signatory: { name: '山田太郎', role: '代表取締役' }, date: '2026-04-01' },
    answers: Object.fromEntries(ids.map((id) => [id, { status: 'met', evidence: [ev('2026-03-01')] }])),
  };
  patch(a);
  return a;
}

export const AUDIT = { auditor: { name: '佐藤花子' }, body: { name: '認定機関' }, date: '2026-04-10' };
