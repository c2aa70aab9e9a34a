import { describe, expect, it } from 'vitest';
import { safeParseResult, SiscError, stableStringify, ValidationError, type EvaluationResult } from '@sisc/model';
import { evaluate, evaluateOrThrow, prepareCriteria, SCORING_RULES_VERSION } from '@sisc/engine';
import { assessment, AUDIT, ev, release } from './_fixtures.js';

const AS_OF = '2026-05-01';
const run = (a: unknown, asOf = AS_OF, r: unknown = release()) => evaluateOrThrow(r, a, { asOf });
const req = (res: EvaluationResult, id: string) => res.requirements.find((x) => x.id === id)!;
const blockers = (res: EvaluationResult, level: number) => res.levels.find((l) => l.level === level)!.blockers.map((b) => (b.requirementId ? `${b.code}:${b.requirementId}` : b.code));
const codes = (res: EvaluationResult) => res.issues.map((i) => `${i.code}@${i.path}`);

describe('verdicts (scoring rules §2)', () => {
  it.each([
    ['met', { status: 'met' }, 'met', true, ['answered-met']],
    ['not met', { status: 'not-met' }, 'not-met', false, ['answered-not-met']],
    ['N/A allowed, justified', { status: 'not-applicable', justification: '該当業務なし' }, 'not-applicable', true, ['na-accepted']],
    ['N/A allowed, no justification', { status: 'not-applicable' }, 'not-applicable', false, ['na-justification-missing']],
    ['N/A allowed, blank justification', { status: 'not-applicable', justification: ' \n ' }, 'not-applicable', false, ['na-justification-missing']],
  ] as const)('GOV-01.03 answered %s', (_name, answer, verdict, satisfied, reasons) => {
    const res = run(assessment((a) => (a.answers['GOV-01.03'] = answer)));
    expect(req(res, 'GOV-01.03')).toMatchObject({ verdict, satisfied, reasons });
  });

  it('refuses N/A where the requirement does not allow it, even with a justification', () => {
    const res = run(assessment((a) => (a.answers['GOV-01.01'] = { status: 'not-applicable', justification: '理由' })));
    expect(req(res, 'GOV-01.01')).toMatchObject({ verdict: 'not-applicable', satisfied: false, reasons: ['na-not-allowed'] });
    expect(codes(res)).toContain('na-not-allowed@$.answers["GOV-01.01"].status');
    expect(res.achievedLevel).toBe(0);
  });

  it('accepts N/A without justification where the requirement does not require one', () => {
    const res = run(assessment((a) => (a.answers['OPS-01.02'] = { status: 'not-applicable' })));
    expect(req(res, 'OPS-01.02')).toMatchObject({ verdict: 'not-applicable', satisfied: true, reasons: ['na-accepted'] });
  });

  it('marks a missing answer unanswered, without an issue', () => {
    const res = run(assessment((a) => delete a.answers['OPS-01.01']));
    expect(req(res, 'OPS-01.01')).toMatchObject({ verdict: 'unanswered', satisfied: false, reasons: ['no-answer'] });
    expect(res.issues).toEqual([]);
    expect(blockers(res, 1)).toEqual(['requirement-not-satisfied:OPS-01.01']);
  });

  describe('stale (recurring GOV-02.01, P1Y)', () => {
    it.each([
      ['fresh', [ev('2025-05-01')], '2026-05-01', 'met', ['answered-met'], '2025-05-01', '2026-05-01'],
      ['one day too old', [ev('2025-04-30')], '2026-05-01', 'stale', ['evidence-stale'], '2025-04-30', '2026-04-30'],
      ['newest one counts, whatever the order', [ev('2024-01-01'), ev('2025-12-01'), ev('2023-01-01')], '2026-05-01', 'met', ['answered-met'], '2025-12-01', '2026-12-01'],
      ['no evidence', [], '2026-05-01', 'stale', ['no-dated-evidence'], undefined, undefined],
      ['only future evidence', [ev('2026-06-01')], '2026-05-01', 'stale', ['no-dated-evidence'], undefined, undefined],
      ['leap day', [ev('2024-02-29')], '2025-02-28', 'met', ['answered-met'], '2024-02-29', '2025-02-28'],
      ['leap day, day after', [ev('2024-02-29')], '2025-03-01', 'stale', ['evidence-stale'], '2024-02-29', '2025-02-28'],
    ] as const)('%s', (_name, evidence, asOf, verdict, reasons, newestEvidence, validUntil) => {
      const res = run(
        assessment((a) => {
          a.answers['GOV-02.01'] = { status: 'met', evidence: [...evidence] };
          a.declaration!.date = '2025-01-01';
        }),
        asOf,
      );
      const r = req(res, 'GOV-02.01');
      expect(r).toMatchObject({ verdict, reasons, satisfied: verdict === 'met' });
      expect(r.newestEvidence).toBe(newestEvidence);
      expect(r.validUntil).toBe(validUntil);
    });

    it('does not apply to a recurring requirement answered not met', () => {
      const res = run(assessment((a) => (a.answers['GOV-02.01'] = { status: 'not-met', evidence: [] })));
      expect(req(res, 'GOV-02.01').verdict).toBe('not-met');
    });
  });

  it('ignores evidence dated after asOf and says so', () => {
    const res = run(assessment((a) => (a.answers['OPS-01.01'] = { status: 'met', evidence: [ev('2026-03-01'), ev('2026-05-02')] })));
    expect(req(res, 'OPS-01.01')).toMatchObject({ verdict: 'met', newestEvidence: '2026-03-01' });
    expect(res.issues).toMatchObject([{ code: 'evidence-in-future', severity: 'warning', path: '$.answers["OPS-01.01"].evidence[1].date', requirementId: 'OPS-01.01' }]);
  });
});

describe('answers the release does not expect (§1.3)', () => {
  it('reports unknown and retired IDs as issues and does not use them', () => {
    const res = run(
      assessment((a) => {
        a.answers['GOV-09.01'] = { status: 'met' };
        a.answers['GOV-02.03'] = { status: 'met' };
      }),
    );
    expect(res.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['retired-requirement', 'warning', '$.answers["GOV-02.03"]'],
      ['unknown-requirement', 'error', '$.answers["GOV-09.01"]'],
    ]);
    expect(res.requirements.map((r) => r.id)).not.toContain('GOV-02.03');
    expect(res.achievedLevel).toBe(1);
  });
});

describe('level 1: the declaration (§3.1)', () => {
  it.each([
    ['missing', (a: any) => delete a.declaration, ['declaration-missing'], ['declaration-missing@$.declaration']],
    ['blank name', (a: any) => (a.declaration.signatory.name = '  '), ['declaration-incomplete'], ['declaration-incomplete@$.declaration.signatory.name']],
    // A name left out or empty evaluates like a blank one (not an invalid assessment), as no declaration does.
    ['no name', (a: any) => delete a.declaration.signatory.name, ['declaration-incomplete'], ['declaration-incomplete@$.declaration.signatory.name']],
    ['empty role', (a: any) => (a.declaration.signatory.role = ''), ['declaration-incomplete'], ['declaration-incomplete@$.declaration.signatory.role']],
    ['blank name and role', (a: any) => Object.assign(a.declaration.signatory, { name: ' ', role: '\t' }), ['declaration-incomplete'], ['declaration-incomplete@$.declaration.signatory.name', 'declaration-incomplete@$.declaration.signatory.role']],
    ['dated after asOf', (a: any) => (a.declaration.date = '2026-05-02'), ['declaration-in-future'], ['declaration-in-future@$.declaration.date']],
    ['dated on asOf', (a: any) => (a.declaration.date = AS_OF), [], []],
  ])('%s', (_name, patch, expectedBlockers, expectedIssues) => {
    const res = run(assessment(patch));
    expect(blockers(res, 1)).toEqual(expectedBlockers);
    expect(codes(res)).toEqual(expectedIssues);
    expect(res.achievedLevel).toBe(expectedBlockers.length === 0 ? 1 : 0);
    expect(res.conformant).toBe(expectedBlockers.length === 0);
  });

  it.each([
    ['2025-05-01', true],
    ['2025-04-30', false],
  ])('with a validity of P1Y, a declaration dated %s holds on 2026-05-01: %s', (date, holds) => {
    const r = release((x) => (x.levels[0]!.declarationValidity = 'P1Y'));
    const res = run(assessment((a) => (a.declaration!.date = date)), AS_OF, r);
    expect(res.levels[0]!.achieved).toBe(holds);
    if (holds) expect(res.levels[0]!.validUntil).toBe('2026-05-01');
    else expect(res.issues).toMatchObject([{ code: 'declaration-expired', path: '$.declaration.date', params: { until: '2026-04-30' } }]);
  });

  it('without a validity in the release, a declaration does not expire', () => {
    const res = run(assessment((a) => (a.declaration!.date = '2001-01-01')));
    expect(res.achievedLevel).toBe(1);
    expect(res.levels[0]!.validUntil).toBeUndefined();
  });
});

describe('level 2: the audit (§3.2)', () => {
  const audited = (patch: (a: any) => void = () => {}) =>
    assessment((a) => {
      a.mode = 'audit';
      a.targetLevel = 2;
      a.audit = structuredClone(AUDIT);
      patch(a);
    });

  it('is achieved by an audit with evidence for every level-2 requirement', () => {
    const res = run(audited());
    expect(res).toMatchObject({ achievedLevel: 2, conformant: true, targetLevel: 2 });
    expect(res.levels.map((l) => l.achieved)).toEqual([true, true]);
  });

  it('is not achieved by a self-declaration, and says the target cannot be reached that way', () => {
    const res = run(assessment((a) => (a.targetLevel = 2)));
    expect(res).toMatchObject({ achievedLevel: 1, conformant: false });
    expect(blockers(res, 2)).toEqual(['audit-required']);
    expect(codes(res)).toEqual(['mode-mismatch@$.mode']);
  });

  it('needs evidence for requirements applying from level 2, not for level-1 ones or accepted N/A', () => {
    const res = run(
      audited((a) => {
        a.answers['GOV-01.01'].evidence = []; // level 1: no evidence needed
        a.answers['GOV-01.02'].evidence = []; // level 2: needed
        a.answers['GOV-02.02'].evidence = [ev('2026-06-01')]; // future evidence does not count
        a.answers['OPS-01.02'] = { status: 'not-applicable' }; // accepted N/A: no evidence needed
      }),
    );
    expect(blockers(res, 1)).toEqual([]);
    expect(blockers(res, 2)).toEqual(['evidence-missing:GOV-01.02', 'evidence-missing:GOV-02.02']);
    expect(codes(res)).toEqual([
      'evidence-missing@$.answers["GOV-01.02"].evidence',
      'evidence-missing@$.answers["GOV-02.02"].evidence',
      'evidence-in-future@$.answers["GOV-02.02"].evidence[0].date',
    ]);
    expect(res.achievedLevel).toBe(1);
  });

  it('lists the evidence the audit will need in a self-declaration, as blockers only', () => {
    const res = run(assessment((a) => (a.answers['GOV-01.02'].evidence = [])));
    expect(blockers(res, 2)).toEqual(['audit-required', 'evidence-missing:GOV-01.02']);
    expect(res.issues).toEqual([]);
  });

  it.each([
    ['blank auditor', (a: any) => (a.audit.auditor.name = ' '), ['audit-incomplete'], ['audit-incomplete@$.audit.auditor.name']],
    ['blank body', (a: any) => (a.audit.body.name = ' '), ['audit-incomplete'], ['audit-incomplete@$.audit.body.name']],
    ['no auditor name', (a: any) => delete a.audit.auditor.name, ['audit-incomplete'], ['audit-incomplete@$.audit.auditor.name']],
    ['dated after asOf', (a: any) => (a.audit.date = '2026-05-02'), ['audit-in-future'], ['audit-in-future@$.audit.date']],
  ])('%s', (_name, patch, expectedBlockers, expectedIssues) => {
    const res = run(audited(patch));
    expect(blockers(res, 2)).toEqual(expectedBlockers);
    expect(codes(res)).toEqual(expectedIssues);
    expect(res.achievedLevel).toBe(1);
  });

  it('expires after the level-2 validity, and gives how long an achieved level holds', () => {
    const r = release((x) => {
      x.levels[0]!.declarationValidity = 'P1Y';
      x.levels[1]!.declarationValidity = 'P3Y';
    });
    const ok = run(audited((a) => Object.assign(a, { declaration: { ...a.declaration, date: '2026-01-15' } })), AS_OF, r);
    expect(ok.levels.map((l) => l.validUntil)).toEqual(['2027-01-15', '2027-01-15']);
    const late = run(audited((a) => (a.audit.date = '2023-04-30')), AS_OF, r);
    expect(blockers(late, 2)).toEqual(['audit-expired']);
    expect(codes(late)).toEqual(['audit-expired@$.audit.date']);
  });

  it('does not replace the declaration: no declaration, no level (§3.3)', () => {
    const res = run(audited((a) => delete a.declaration));
    expect(res.achievedLevel).toBe(0);
    expect(blockers(res, 1)).toEqual(['declaration-missing']);
    expect(blockers(res, 2)).toEqual(['lower-level-not-achieved']);
  });

  it('lists every blocker of a level, not only the first', () => {
    const res = run(
      audited((a) => {
        a.audit.date = '2026-06-01';
        a.answers['GOV-01.01'] = { status: 'not-met' };
        a.answers['GOV-02.02'] = { status: 'met' };
      }),
    );
    expect(blockers(res, 1)).toEqual(['requirement-not-satisfied:GOV-01.01']);
    expect(blockers(res, 2)).toEqual(['lower-level-not-achieved', 'audit-in-future', 'requirement-not-satisfied:GOV-01.01', 'evidence-missing:GOV-02.02']);
  });
});

describe('the release lifecycle (§4)', () => {
  const effective = (dates: { effectiveFrom?: string; acceptUntil?: string }, status: 'effective' | 'superseded' | 'withdrawn' = 'effective') =>
    release((x) => {
      x.version = '1.0.0';
      x.status = status;
      x.dates = dates;
    });
  const forRelease = (patch: (a: any) => void = () => {}) =>
    assessment((a) => {
      a.criteria.version = '1.0.0';
      patch(a);
    });

  it.each([
    // name, release, declaration date, accepted at that date, accepted at asOf (2026-05-01: level 2, no audit)
    ['effective, declared after effectiveFrom', effective({ effectiveFrom: '2026-01-01' }), '2026-04-01', true, true],
    ['effective, declared on effectiveFrom', effective({ effectiveFrom: '2026-04-01' }), '2026-04-01', true, true],
    ['effective, declared before effectiveFrom', effective({ effectiveFrom: '2026-04-02' }), '2026-04-01', false, true],
    ['effective, declared on acceptUntil', effective({ effectiveFrom: '2026-01-01', acceptUntil: '2026-04-01' }), '2026-04-01', true, false],
    ['effective, declared after acceptUntil', effective({ effectiveFrom: '2026-01-01', acceptUntil: '2026-03-31' }), '2026-04-01', false, false],
    ['superseded, declared before acceptUntil', effective({ effectiveFrom: '2025-01-01', acceptUntil: '2026-04-30' }, 'superseded'), '2026-04-01', true, false],
    ['superseded, declared after acceptUntil', effective({ effectiveFrom: '2025-01-01', acceptUntil: '2026-03-01' }, 'superseded'), '2026-04-01', false, false],
    ['superseded without acceptUntil', effective({ effectiveFrom: '2025-01-01' }, 'superseded'), '2026-04-01', false, false],
    ['withdrawn', effective({ effectiveFrom: '2025-01-01' }, 'withdrawn'), '2026-04-01', false, false],
  ] as const)('%s', (_name, r, declared, accepted, acceptedAtAsOf) => {
    const res = run(forRelease((a) => (a.declaration.date = declared)), AS_OF, r);
    expect(res.basis.provisional).toBe(false);
    expect(res.levels[0]!.achieved).toBe(accepted);
    expect(blockers(res, 1)).toEqual(accepted ? [] : ['criteria-not-accepting']);
    expect(blockers(res, 2).includes('criteria-not-accepting')).toBe(!acceptedAtAsOf);
    const expectedIssues = [...(acceptedAtAsOf ? [] : ['criteria-not-accepting@$.criteria']), ...(accepted ? [] : [r.status === 'withdrawn' ? 'criteria-not-accepting@$.criteria' : 'criteria-not-accepting@$.declaration.date'])];
    expect(codes(res).sort()).toEqual([...new Set(expectedIssues)].sort());
  });

  it('keeps a declaration made before a release was superseded (judged at its date, not asOf)', () => {
    const r = effective({ effectiveFrom: '2025-01-01', acceptUntil: '2026-04-30' }, 'superseded');
    expect(run(forRelease(), '2027-01-01', r).achievedLevel).toBe(1);
  });

  it('judges a level without attestation at asOf', () => {
    const r = effective({ effectiveFrom: '2025-01-01', acceptUntil: '2026-04-30' }, 'superseded');
    const res = run(forRelease((a) => delete a.declaration), AS_OF, r);
    expect(blockers(res, 1)).toEqual(['criteria-not-accepting', 'declaration-missing']);
    expect(codes(res)).toEqual(['criteria-not-accepting@$.criteria', 'declaration-missing@$.declaration']);
  });

  it('marks results against a draft provisional', () => {
    expect(run(assessment()).basis).toMatchObject({ provisional: true, scoringRules: SCORING_RULES_VERSION, asOf: AS_OF });
  });
});

describe('target level and counts (§1.4, §5)', () => {
  it('reports a target level the release does not have', () => {
    const res = run(assessment((a) => (a.targetLevel = 3)));
    expect(res).toMatchObject({ achievedLevel: 1, conformant: false });
    expect(codes(res)).toEqual(['unknown-level-target@$.targetLevel']);
  });

  it('counts the requirements applying at the target level, per item, category and in total', () => {
    const res = run(
      assessment((a) => {
        a.answers['GOV-01.01'] = { status: 'not-met' };
        delete a.answers['GOV-01.02'];
      }),
    );
    expect(res.items).toEqual([
      { id: 'GOV-01', categoryId: 'GOV', applicable: 2, satisfied: 1, ratio: 0.5 },
      { id: 'GOV-02', categoryId: 'GOV', applicable: 1, satisfied: 1, ratio: 1 },
      { id: 'OPS-01', categoryId: 'OPS', applicable: 1, satisfied: 1, ratio: 1 },
    ]);
    expect(res.categories).toEqual([
      { id: 'GOV', applicable: 3, satisfied: 2, ratio: 0.6667 },
      { id: 'OPS', applicable: 1, satisfied: 1, ratio: 1 },
    ]);
    expect(res.total).toEqual({ applicable: 4, satisfied: 3, ratio: 0.75 });
    const at2 = run(assessment((a) => (a.targetLevel = 2)));
    expect(at2.total).toEqual({ applicable: 7, satisfied: 7, ratio: 1 });
  });

  it('gives ratio 1 where nothing applies', () => {
    const r = release((x) => x.categories[1]!.items[0]!.requirements.forEach((q) => (q.level = 2)));
    const res = run(assessment(), AS_OF, r);
    expect(res.items.find((i) => i.id === 'OPS-01')).toEqual({ id: 'OPS-01', categoryId: 'OPS', applicable: 0, satisfied: 0, ratio: 1 });
  });
});

describe('the result', () => {
  it('is valid against the result schema and names its basis', () => {
    const res = run(assessment());
    const check = safeParseResult(JSON.parse(JSON.stringify(res)));
    expect(check.issues).toEqual([]);
    expect(res.basis).toEqual({
      criteria: { scheme: 'si-security-certification', version: '0.9.0-test.1', digest: prepareCriteria(release()).digest },
      engine: { name: '@sisc/engine', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
      scoringRules: '1.0.0',
      asOf: AS_OF,
      provisional: true,
    });
    expect(res.requirements.map((r) => r.id)).toEqual(['GOV-01.01', 'GOV-01.02', 'GOV-01.03', 'GOV-02.01', 'GOV-02.02', 'OPS-01.01', 'OPS-01.02']);
  });

  it('is the same for a prepared and an unprepared release, and never changes its inputs', () => {
    const r = release();
    const a = assessment((x) => (x.answers['GOV-09.01'] = { status: 'met' }));
    const before = stableStringify([r, a]);
    const plain = evaluate(r, a, { asOf: AS_OF });
    const prepared = evaluate(prepareCriteria(r), a, { asOf: AS_OF });
    expect(JSON.stringify(prepared)).toBe(JSON.stringify(plain));
    expect(stableStringify([r, a])).toBe(before);
  });

  it('prepares a deeply frozen release once, and anything else on every call', () => {
    const deepFreeze = (v: any): any => {
      if (v && typeof v === 'object') {
        Object.values(v).forEach(deepFreeze);
        Object.freeze(v);
      }
      return v;
    };
    const frozen = deepFreeze(release());
    expect(prepareCriteria(frozen)).toBe(prepareCriteria(frozen));
    const plain = release();
    expect(prepareCriteria(plain)).not.toBe(prepareCriteria(plain));
    const shallow = Object.freeze(release());
    expect(prepareCriteria(shallow)).not.toBe(prepareCriteria(shallow));
    expect(JSON.stringify(evaluate(frozen, assessment(), { asOf: AS_OF }))).toBe(JSON.stringify(evaluate(plain, assessment(), { asOf: AS_OF })));
  });

  it('is unaffected by changes to the release after it was prepared', () => {
    const r = release();
    const prepared = prepareCriteria(r);
    const before = JSON.stringify(evaluateOrThrow(prepared, assessment(), { asOf: AS_OF }));
    (r.categories[0]!.items[0]!.requirements[0] as { level: number }).level = 2;
    expect(JSON.stringify(evaluateOrThrow(prepared, assessment(), { asOf: AS_OF }))).toBe(before);
  });
});

describe('caller errors and bad input', () => {
  it('throws criteria-mismatch naming both versions', () => {
    const a = assessment((x) => (x.criteria.version = '0.9.0-test.2'));
    expect(() => evaluate(release(), a, { asOf: AS_OF })).toThrowError(
      expect.objectContaining({ code: 'criteria-mismatch', message: 'assessment is for si-security-certification 0.9.0-test.2 but the release passed in is si-security-certification 0.9.0-test.1' }),
    );
    const b = assessment((x) => (x.criteria.scheme = 'other-scheme'));
    expect(() => evaluate(release(), b, { asOf: AS_OF })).toThrowError(/assessment is for other-scheme 0\.9\.0-test\.1/);
  });

  it('checks the criteria reference before anything else in the assessment', () => {
    const a = assessment((x) => {
      x.criteria.version = '0.9.0-test.2';
      x.mode = 'nonsense';
    });
    expect(() => evaluate(release(), a, { asOf: AS_OF })).toThrowError(SiscError);
  });

  it.each([[undefined], [{}], [{ asOf: '2026-02-30' }], [{ asOf: '2026-5-1' }], [{ asOf: 20260501 }], [{ asOf: '2026-05-01T00:00:00Z' }]])('throws invalid-option for options %j', (options) => {
    expect(() => evaluate(release(), assessment(), options as never)).toThrowError(expect.objectContaining({ name: 'SiscError', code: 'invalid-option' }));
  });

  it('throws invalid-criteria, with the issues, for a release that is not valid', () => {
    const bad = release((x) => (x.categories[0]!.items[0]!.requirements[0]!.level = 7));
    let caught: unknown;
    try {
      evaluate(bad, assessment(), { asOf: AS_OF });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({ code: 'invalid-criteria' });
    expect((caught as ValidationError).issues.map((i) => i.code)).toContain('unknown-level');
  });

  it.each([
    ['not an object', 42, 'invalid-type@$'],
    ['a bad status', assessment((a) => (a.answers['GOV-01.01'] = { status: 'yes' })), 'invalid-value@$.answers["GOV-01.01"].status'],
    ['an unknown field', assessment((a) => (a.colour = 'blue')), 'unknown-field@$.colour'],
    ['an audit without audit details', assessment((a) => (a.mode = 'audit')), 'audit-missing@$.audit'],
  ])('returns issues for an assessment with %s', (_name, a, expected) => {
    const out = evaluate(release(), a, { asOf: AS_OF });
    expect(out.success).toBe(false);
    expect(out.issues.map((i) => `${i.code}@${i.path}`)).toContain(expected);
    expect(() => evaluateOrThrow(release(), a, { asOf: AS_OF })).toThrowError(expect.objectContaining({ code: 'invalid-assessment' }));
  });

  it('passes the validator warnings on in the result', () => {
    const res = run(assessment((a) => (a.audit = AUDIT)));
    expect(codes(res)).toEqual(['mode-mismatch@$.audit']);
    expect(res.achievedLevel).toBe(1);
  });
});
