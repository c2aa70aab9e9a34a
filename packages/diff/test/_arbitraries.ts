/** fast-check arbitraries: small valid releases, edits of them, shuffles and assessments. */
import fc from 'fast-check';
import type { Answer, Assessment, CriteriaRelease, Requirement } from '@sisc/model';

const TEXTS = ['方針を文書化する。', '教育を定期的に実施する。', '窓口を設置する。', '委託先と合意する。', '構成管理表を提供する。', '脆弱性情報を収集する。'];
const CATEGORY_IDS = ['GOV', 'BLD', 'OPS', 'CTR'];

const text = fc.constantFrom(...TEXTS).map((ja) => ({ ja, en: `EN ${ja}` }));

function requirementArb(id: string, levels: number): fc.Arbitrary<Requirement> {
  return fc
    .record({
      level: fc.integer({ min: 1, max: levels }),
      kind: fc.constantFrom('level-requirement' as const, 'detailed-requirement' as const),
      text,
      na: fc.boolean(),
      justification: fc.boolean(),
      recurrence: fc.constantFrom(undefined, 'P6M', 'P1Y'),
      retired: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      evidence: fc.array(text, { maxLength: 2 }),
    })
    .map(({ level, kind, text: t, na, justification, recurrence, retired, evidence }) => {
      const r: Requirement = {
        id,
        level,
        kind,
        text: t,
        naPolicy: { allowed: na, justificationRequired: justification },
        evidence,
        status: 'active',
        references: [],
        mappings: [],
      };
      if (recurrence !== undefined) r.recurrence = recurrence;
      if (retired) {
        r.status = 'retired';
        r.retired = { since: '1.0.0-draft.1', reason: { ja: '廃止' }, replacedBy: [] };
      }
      return r;
    });
}

/** A small valid draft release: 1–3 levels, 1–3 categories of 1–3 items of 1–4 requirements. */
export const releaseArb: fc.Arbitrary<CriteriaRelease> = fc.integer({ min: 1, max: 3 }).chain((levels) =>
  fc
    .array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .chain((shape) =>
      fc.tuple(
        ...shape.map((items, ci) =>
          fc.tuple(
            ...items.map((n, ii) => {
              const itemId = `${CATEGORY_IDS[ci]}-0${ii + 1}`;
              return fc.tuple(...Array.from({ length: n }, (_, k) => requirementArb(`${itemId}.0${k + 1}`, levels)));
            }),
          ),
        ),
      ),
    )
    .map((categories) => ({
      scheme: { id: 'si-security-certification', name: { ja: 'SIセキュリティ認定制度' } },
      version: '1.0.0-draft.1',
      status: 'draft' as const,
      dates: {},
      title: { ja: 'テスト用基準' },
      publisher: { ja: 'テスト委員会' },
      provenance: { source: { ja: 'テスト' } },
      notes: [],
      levels: Array.from({ length: levels }, (_, i) => ({
        level: i + 1,
        name: { ja: `レベル${i + 1}` },
        audience: { ja: '事業者' },
        assurance: i === 0 ? ('self-declared' as const) : ('audited' as const),
      })),
      documents: [],
      frameworks: [],
      categories: categories.map((items, ci) => ({
        id: CATEGORY_IDS[ci]!,
        name: { ja: `大項目${ci + 1}` },
        items: items.map((requirements, ii) => ({
          id: `${CATEGORY_IDS[ci]}-0${ii + 1}`,
          name: { ja: `中項目${ii + 1}` },
          intent: { ja: '内容' },
          requirements,
        })),
      })),
    })),
);

type Op =
  | { op: 'ja' | 'en' | 'level' | 'na' | 'recurrence' | 'retire' | 'remove' | 'evidence'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'add'; to: number; level: number };

export const editsArb: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constantFrom('ja' as const, 'en' as const, 'level' as const, 'na' as const, 'recurrence' as const, 'retire' as const, 'remove' as const, 'evidence' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('add' as const), to: fc.nat(), level: fc.nat() }),
  ),
  { maxLength: 6 },
);

/** Applies edits to a copy of a release; the result is still valid. */
export function applyEdits(base: CriteriaRelease, ops: readonly Op[], version = '1.0.0-draft.2'): CriteriaRelease {
  const r = structuredClone(base);
  r.version = version;
  const items = () => r.categories.flatMap((c) => c.items);
  const reqs = () => items().flatMap((it) => it.requirements.map((q) => ({ it, q })));
  let added = 0;
  for (const o of ops) {
    const all = reqs();
    if (o.op === 'add') {
      const it = items()[o.to % items().length]!;
      it.requirements.push({
        id: `${it.id}.${90 + added++}`,
        level: (o.level % r.levels.length) + 1,
        kind: 'detailed-requirement',
        text: { ja: '追加された要求事項。' },
        naPolicy: { allowed: false, justificationRequired: true },
        evidence: [],
        status: 'active',
        references: [],
        mappings: [],
      });
      continue;
    }
    if (all.length === 0) continue;
    const { it, q } = all[o.at % all.length]!;
    switch (o.op) {
      case 'ja':
        q.text = { ...q.text, ja: `${q.text.ja}（改訂）` };
        break;
      case 'en':
        q.text = { ...q.text, en: `${q.text.en ?? ''} (revised)` };
        break;
      case 'level':
        q.level = (q.level % r.levels.length) + 1;
        break;
      case 'na':
        q.naPolicy = { ...q.naPolicy, allowed: !q.naPolicy.allowed };
        break;
      case 'recurrence':
        if (q.recurrence === 'P1Y') delete q.recurrence;
        else q.recurrence = q.recurrence === undefined ? 'P6M' : 'P1Y';
        break;
      case 'retire':
        if (q.status === 'active') {
          q.status = 'retired';
          q.retired = { since: version, reason: { ja: '廃止' }, replacedBy: [] };
        }
        break;
      case 'remove':
        it.requirements.splice(it.requirements.indexOf(q), 1);
        break;
      case 'evidence':
        q.evidence = [...q.evidence, { ja: '新しい証跡。' }];
        break;
      case 'move': {
        const target = items()[o.to % items().length]!;
        it.requirements.splice(it.requirements.indexOf(q), 1);
        target.requirements.push(q);
        break;
      }
    }
  }
  return r;
}

function permute<T>(list: readonly T[], keys: readonly number[], offset: number): T[] {
  return list
    .map((v, i) => [keys[(i + offset) % Math.max(keys.length, 1)] ?? i, i, v] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, , v]) => v);
}

/** A copy of a release with its categories, items, requirements and their lists in another order. */
export function shuffled(r: CriteriaRelease, keys: readonly number[]): CriteriaRelease {
  let n = 0;
  const out = structuredClone(r);
  out.categories = permute(out.categories, keys, n++).map((c) => ({
    ...c,
    items: permute(c.items, keys, n++).map((it) => ({
      ...it,
      requirements: permute(it.requirements, keys, n++).map((q) => ({ ...q, evidence: permute(q.evidence, keys, n++) })),
    })),
  }));
  return out;
}

export const shuffleKeysArb = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 });

const answerArb: fc.Arbitrary<Answer> = fc.constantFrom<Answer>(
  { status: 'met', evidence: [{ title: '証跡', date: '2026-01-10' }] },
  { status: 'not-met', evidence: [] },
  { status: 'not-applicable', justification: '該当しない', evidence: [] },
  { status: 'not-applicable', evidence: [] },
);

/** An assessment against `r` answering a random subset of its requirements (retired ones included). */
export function assessmentArb(r: CriteriaRelease): fc.Arbitrary<Assessment> {
  const ids = r.categories.flatMap((c) => c.items.flatMap((it) => it.requirements.map((q) => q.id)));
  return fc.tuple(fc.subarray(ids), fc.array(answerArb, { minLength: ids.length, maxLength: ids.length }), fc.integer({ min: 1, max: r.levels.length })).map(([chosen, answers, targetLevel]) => ({
    criteria: { scheme: r.scheme.id, version: r.version },
    organization: { name: '株式会社テスト' },
    targetLevel,
    mode: 'self-declaration' as const,
    answers: Object.fromEntries(chosen.map((id, i) => [id, answers[i]!])),
  }));
}
