import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  localizeIssue,
  parseAssessment,
  parseCriteria,
  safeParseAssessment,
  safeParseCriteria,
  type Issue,
} from '@sisc/model';
import { fixture } from './_fixtures.js';

const summary = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('safeParseAssessment', () => {
  it('accepts a valid assessment and fills defaults', () => {
    const r = safeParseAssessment(fixture('assessment.json'));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.answers['GOV-01.03']?.evidence).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  const base = () => fixture('assessment.json');
  const cases: [string, (a: any) => void, string[]][] = [
    ['unknown answer status', (a) => (a.answers['GOV-01.01'].status = 'yes'), ['invalid-value $.answers["GOV-01.01"].status']],
    ['missing organisation', (a) => delete a.organization, ['missing-field $.organization']],
    ['misspelt field', (a) => ((a.organisation = a.organization), delete a.organization), ['unknown-field $.organisation', 'missing-field $.organization']],
    ['requirement ID of the wrong form', (a) => (a.answers['gov-1'] = { status: 'met' }), ['invalid-format $.answers["gov-1"]']],
    ['date that does not exist', (a) => (a.declaration.date = '2026-02-30'), ['invalid-format $.declaration.date']],
    ['level as text', (a) => (a.targetLevel = '1'), ['invalid-type $.targetLevel']],
    ['empty evidence title', (a) => (a.answers['GOV-01.01'].evidence[0].title = ''), ['too-small $.answers["GOV-01.01"].evidence[0].title']],
    ['wrong check digit in 法人番号', (a) => (a.organization.corporateNumber = '1000012050002'), ['invalid-corporate-number $.organization.corporateNumber']],
    ['audit mode without an audit', (a) => (a.mode = 'audit'), ['audit-missing $.audit']],
  ];
  it.each(cases)('reports %s', (_name, mutate, expected) => {
    const a = base();
    mutate(a);
    const r = safeParseAssessment(a);
    expect(r.success).toBe(false);
    expect(summary(r.issues)).toEqual(expected);
  });

  it('reports every problem at once, sorted by path', () => {
    const a = base();
    a.answers['GOV-01.01'].status = 'done';
    a.targetLevel = 0;
    delete a.mode;
    const r = safeParseAssessment(a);
    expect(summary(r.issues)).toEqual([
      'invalid-value $.answers["GOV-01.01"].status',
      'missing-field $.mode',
      'too-small $.targetLevel',
    ]);
  });

  it('writes messages that name the path, what was expected and what was found', () => {
    const a = base();
    a.answers['GOV-01.01'].status = 'yes';
    const [i] = safeParseAssessment(a).issues;
    expect(i?.message).toBe('$.answers["GOV-01.01"].status: expected one of "met", "not-met", "not-applicable", but found the text "yes".');
    expect(i?.requirementId).toBe('GOV-01.01');
    expect(localizeIssue(i!, 'ja')).toBe(
      '$.answers["GOV-01.01"].status: "met", "not-met", "not-applicable" のいずれかが必要ですが、the text "yes" が指定されています。',
    );
  });

  it('parseAssessment throws a ValidationError carrying the issues', () => {
    const a = base();
    a.mode = 'peer-review';
    expect(() => parseAssessment(a)).toThrow(ValidationError);
    try {
      parseAssessment(a);
    } catch (err) {
      expect((err as ValidationError).code).toBe('invalid-assessment');
      expect((err as ValidationError).issues.map((i) => i.path)).toEqual(['$.mode']);
      expect((err as Error).message).toContain('$.mode: expected one of "self-declaration", "audit"');
    }
  });
});

describe('prototype pollution', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('rejects a "%s" key anywhere and pollutes nothing', (key) => {
    const text = `{"criteria":{"scheme":"x","version":"1.0.0"},"answers":{"GOV-01.01":{"status":"met","${key}":{"polluted":true}}},"${key}":{"polluted":true}}`;
    const r = safeParseAssessment(JSON.parse(text));
    expect(r.success).toBe(false);
    expect(r.issues.filter((i) => i.code === 'forbidden-key').map((i) => i.path)).toEqual([`$.answers["GOV-01.01"].${key}`, `$.${key}`].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('safeParseCriteria', () => {
  it('accepts a valid release', () => {
    const r = safeParseCriteria(fixture('release.json'));
    expect(r.success).toBe(true);
  });

  it('parseCriteria throws with code invalid-criteria', () => {
    const bad = fixture('release.json');
    bad.levels[0].assurance = 'peer';
    expect(() => parseCriteria(bad)).toThrow(expect.objectContaining({ code: 'invalid-criteria' }));
  });

  it('survives absurd nesting without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = safeParseCriteria({ levels: deep });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain('too-deep');
  });

  it('answers a value that contains itself (a cyclic object graph) at once, naming where', () => {
    const a: Record<string, unknown> = { scheme: 'si-security-certification', version: '1.0.0-draft.1' };
    a.x = a;
    a.y = a;
    const r = safeParseAssessment({ criteria: a, organization: { name: 'x' }, targetLevel: 1, mode: 'self-declaration', answers: {} });
    expect(r.success).toBe(false);
    expect(summary(r.issues)).toEqual(['too-deep $.criteria.x', 'too-deep $.criteria.y']);
  });

  it('refuses an object graph whose shared references expand past the value budget, quickly', () => {
    // 30 levels of two references to the same array: 2^30 values if expanded, 31 objects in memory.
    let shared: unknown = ['x'];
    for (let i = 0; i < 30; i++) shared = [shared, shared];
    const r = safeParseAssessment({ criteria: { scheme: 'si-security-certification', version: '1.0.0-draft.1' }, organization: { name: 'x' }, targetLevel: 1, mode: 'self-declaration', answers: {}, extra: shared });
    expect(r.success).toBe(false);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'too-big', path: '$', params: expect.objectContaining({ limit: 1_000_000, budget: 'nodes' }) })]);
  });
});
