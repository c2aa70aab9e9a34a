import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { criteriaVersions, getCriteria, type Assessment_1_0_0_draft_1, type AssessmentByVersion } from '@sisc/criteria';
import { parseAssessment, type AssessmentInput, type ReadonlyAssessmentInput } from '@sisc/model';
import { PACKAGE_ROOT, requirementIds } from '../scripts/_criteria-files.js';

const base = {
  criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1' },
  organization: { name: '株式会社サンプル' },
  targetLevel: 1,
  mode: 'self-declaration',
  declaration: { signatory: { name: '山田太郎', role: '代表取締役社長' }, date: '2026-01-15' },
} as const;

describe('the typed assessment of 1.0.0-draft.1 (TypeScript)', () => {
  it('accepts answers keyed by the release\'s requirement IDs', () => {
    const ok: Assessment_1_0_0_draft_1 = {
      ...base,
      answers: {
        'GOV-01.01': { status: 'met', evidence: [{ title: '情報セキュリティ基本方針', date: '2026-01-10' }] },
        'CTR-01.04': { status: 'not-met' },
        'GOV-03.03': { status: 'not-applicable', justification: 'コミュニティに参加していない' },
      },
    };
    expectTypeOf(ok.answers).toHaveProperty('GOV-01.01');
    expectTypeOf(ok.answers).toHaveProperty('OPS-03.04');
    // The typed assessment is an assessment of the model.
    expect(parseAssessment(ok).answers['GOV-01.01']?.status).toBe('met');
  });

  it('rejects, at compile time, an ID the release does not have and a criteria version that is not the release', () => {
    const unknownId: Assessment_1_0_0_draft_1 = {
      ...base,
      answers: {
        // @ts-expect-error GOV-05.01 is not a requirement of 1.0.0-draft.1
        'GOV-05.01': { status: 'met' },
      },
    };
    const levelInId: Assessment_1_0_0_draft_1 = {
      ...base,
      answers: {
        // @ts-expect-error IDs do not encode the level: there is no GOV-01.L1
        'GOV-01.L1': { status: 'met' },
      },
    };
    const otherVersion: Assessment_1_0_0_draft_1 = {
      ...base,
      // @ts-expect-error the typed assessment names exactly its release
      criteria: { scheme: 'si-security-certification', version: '1.0.0' },
      answers: {},
    };
    expectTypeOf(unknownId.answers).not.toHaveProperty('GOV-05.01');
    expectTypeOf<keyof Assessment_1_0_0_draft_1['answers']>().toEqualTypeOf<
      | 'GOV-01.01' | 'GOV-01.02' | 'GOV-01.03' | 'GOV-02.01' | 'GOV-02.02' | 'GOV-02.03' | 'GOV-02.04' | 'GOV-03.01' | 'GOV-03.02' | 'GOV-03.03' | 'GOV-04.01' | 'GOV-04.02'
      | 'BLD-01.01' | 'BLD-01.02' | 'BLD-01.03' | 'BLD-01.04' | 'BLD-02.01' | 'BLD-02.02' | 'BLD-02.03' | 'BLD-02.04' | 'BLD-03.01' | 'BLD-03.02' | 'BLD-03.03'
      | 'BLD-04.01' | 'BLD-04.02' | 'BLD-04.03' | 'BLD-04.04'
      | 'OPS-01.01' | 'OPS-01.02' | 'OPS-01.03' | 'OPS-01.04' | 'OPS-02.01' | 'OPS-02.02' | 'OPS-02.03' | 'OPS-02.04' | 'OPS-03.01' | 'OPS-03.02' | 'OPS-03.03' | 'OPS-03.04'
      | 'CTR-01.01' | 'CTR-01.02' | 'CTR-01.03' | 'CTR-01.04'
    >();
    expect([unknownId, levelInId, otherVersion]).toHaveLength(3);
  });

  it('is indexed by version and assignable to the model\'s Assessment', () => {
    expectTypeOf<AssessmentByVersion['1.0.0-draft.1']>().toEqualTypeOf<Assessment_1_0_0_draft_1>();
    expectTypeOf<Assessment_1_0_0_draft_1>().toExtend<ReadonlyAssessmentInput>();
    expectTypeOf<AssessmentInput>().toExtend<ReadonlyAssessmentInput>();
  });
});

describe('a strict TypeScript app (as const)', () => {
  it('can pass an `as const` assessment where the typed assessment and the readers take one', () => {
    const frozen = {
      ...base,
      answers: { 'GOV-01.01': { status: 'met', evidence: [{ title: '情報セキュリティ基本方針', date: '2026-01-10' }] } },
    } as const;
    const typed: Assessment_1_0_0_draft_1 = frozen;
    const input: ReadonlyAssessmentInput = frozen;
    expectTypeOf(frozen).toExtend<Assessment_1_0_0_draft_1>();
    expectTypeOf(frozen).toExtend<ReadonlyAssessmentInput>();
    expect(parseAssessment(typed).answers['GOV-01.01']?.evidence).toHaveLength(1);
    expect(input.answers['GOV-01.01']?.status).toBe('met');
  });

  it.each(criteriaVersions())('%s: each answer key carries its requirement\'s text as a doc comment (shown on hover)', (version) => {
    const ts = readFileSync(join(PACKAGE_ROOT, 'src', 'generated', `assessment-${version}.ts`), 'utf8');
    const release = getCriteria(version);
    for (const r of release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements)).filter((x) => x.status === 'active')) {
      const at = ts.indexOf(`'${r.id}'?: Answer;`);
      expect(at, r.id).toBeGreaterThan(0);
      const comment = ts.slice(ts.lastIndexOf('/**', at), at);
      expect(comment).toContain(`${r.id} (level ${r.level}): ${r.text.ja.split('\n')[0]}`);
    }
  });
});

describe.each(criteriaVersions())('the assessment JSON Schema of %s', (version) => {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', `assessment-${version}.schema.json`), 'utf8')) as Record<string, unknown>;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const requirements = getCriteria(version).categories.flatMap((c) => c.items.flatMap((i) => i.requirements));
  // Retired requirements cannot be answered, so only the active ones are keys.
  const ids = requirements.filter((r) => r.status === 'active').map((r) => r.id);
  const retired = requirements.filter((r) => r.status === 'retired').map((r) => r.id);
  const doc = (answers: Record<string, unknown>, v = version) => ({ ...base, criteria: { scheme: 'si-security-certification', version: v }, answers });

  it('has exactly the release\'s active requirement IDs as answer keys', () => {
    const answers = ((schema.$defs as Record<string, { properties: Record<string, { properties?: object }> }>).Assessment!.properties.answers as { properties: object }).properties;
    expect(Object.keys(answers)).toEqual(ids);
    expect(requirementIds(getCriteria(version))).toEqual(requirements.map((r) => r.id));
  });

  it.each(retired)('rejects an answer to the retired requirement %s', (id) => {
    expect(validate(doc({ [id]: { status: 'met' } }))).toBe(false);
  });

  it('accepts an answer to every requirement', () => {
    expect(validate(doc(Object.fromEntries(ids.map((id) => [id, { status: 'met' }]))))).toBe(true);
  });

  it.each([
    ['an unknown requirement ID', doc({ 'GOV-09.01': { status: 'met' } }), '/answers'],
    ['an ID that is not an ID', doc({ 'GOV-01-01': { status: 'met' } }), '/answers'],
    ['another criteria version', doc({}, '9.9.9'), '/criteria/version'],
    ['a bad answer', doc({ [ids[0]!]: { status: 'done' } }), `/answers/${ids[0]}/status`],
  ])('rejects %s', (_, value, where) => {
    expect(validate(value)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(where);
  });
});
