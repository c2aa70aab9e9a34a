import { checkOscal, fromOscalAssessmentResults, toOscalAssessmentPlan, toOscalAssessmentResults, toOscalCatalog } from '@sisc/interop';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { AS_OF, EXAMPLES } from './_examples.js';
import { oscalValidator, schemaErrors } from './_schemas.js';

const cases = EXAMPLES.flatMap((e) => (['ja', 'en'] as const).map((lang) => ({ ...e, lang, label: `${e.name} ${lang}` })));

describe.each(cases)('assessment results of $label', ({ release, assessment, result, lang }) => {
  const doc = toOscalAssessmentResults(release, assessment, result, { lang });
  const catalog = toOscalCatalog(release, { lang, date: AS_OF });

  it('validate against the OSCAL 1.2.1 assessment-results schema and pass the extra checks', () => {
    expect(schemaErrors(oscalValidator('assessment-results'), doc)).toEqual([]);
    expect(checkOscal(doc, { catalog })).toEqual([]);
  });

  it('have one finding per evaluated requirement, satisfied exactly when the engine says so', () => {
    const findings = doc['assessment-results'].results[0]!.findings!;
    expect(findings.map((f) => f.target['target-id'])).toEqual(result.requirements.map((r) => `${r.id}_smt`));
    expect(findings.map((f) => f.target.status.state === 'satisfied')).toEqual(result.requirements.map((r) => r.satisfied));
    const verdicts = findings.map((f) => f.props!.find((p) => p.name === 'verdict')!.value);
    expect(verdicts).toEqual(result.requirements.map((r) => r.verdict));
  });

  it('carry the basis as props and the declarant, auditor and body as parties with roles', () => {
    const r = doc['assessment-results'].results[0]!;
    const props = Object.fromEntries(r.props!.filter((p) => !p.class).map((p) => [p.name, p.value]));
    expect(props).toMatchObject({ 'criteria-digest': result.basis.criteria.digest, 'scoring-rules': result.basis.scoringRules, 'as-of': AS_OF, 'engine-name': result.basis.engine.name });
    const roles = doc['assessment-results'].metadata['responsible-parties']!.map((p) => p['role-id']);
    expect(roles).toContain('assessed-organization');
    if (assessment.declaration) expect(roles).toContain('declarant');
    if (assessment.audit) expect(roles).toEqual(expect.arrayContaining(['assessor', 'certification-body']));
  });

  it('read back as the same assessment (import ∘ export is the identity)', () => {
    const back = fromOscalAssessmentResults(JSON.parse(JSON.stringify(doc)), release);
    expect(back.issues).toEqual([]);
    expect(back.success && back.assessment).toEqual(assessment);
  });

  it('import a plan that validates against the assessment-plan schema', () => {
    const plan = toOscalAssessmentPlan(release, assessment, { lang, asOf: AS_OF });
    expect(schemaErrors(oscalValidator('assessment-plan'), plan)).toEqual([]);
    expect(checkOscal(plan, { catalog })).toEqual([]);
    const href = doc['assessment-results']['import-ap'].href.slice(1);
    const resource = doc['assessment-results']['back-matter']!.resources.find((x) => x.uuid === href)!;
    expect(resource.props![0]!.value).toBe(plan['assessment-plan'].uuid);
  });
});

describe('reading assessment results', () => {
  const { release, assessment, result } = EXAMPLES[0]!;

  it("takes answers from another tool's findings: satisfied → met, not-satisfied → not-met, related observations as evidence", () => {
    const doc = {
      'assessment-results': {
        uuid: '8f6b4f3e-2b7d-4c1e-9a55-1d2c3b4a5e6f',
        metadata: {
          title: 'GRC tool export',
          'last-modified': '2026-03-01T09:00:00+09:00',
          version: '1',
          'oscal-version': '1.2.1',
          parties: [{ uuid: '0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b', type: 'organization', name: 'Example KK' }],
          'responsible-parties': [{ 'role-id': 'assessed-organization', 'party-uuids': ['0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b'] }],
        },
        'import-ap': { href: 'plan.json' },
        results: [
          {
            uuid: '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b',
            title: 'Q1',
            description: 'Q1',
            start: '2026-03-01T09:00:00+09:00',
            'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
            observations: [{ uuid: '2c3d4e5f-6071-4829-9bac-1d2e3f4a5b6c', description: 'Security policy', methods: ['EXAMINE'], collected: '2026-02-10T10:00:00+09:00', 'relevant-evidence': [{ href: 'https://example.com/policy.pdf', description: 'policy' }] }],
            findings: [
              { uuid: '3d4e5f60-7182-4930-8cbd-2e3f4a5b6c7d', title: 't', description: 'd', target: { type: 'objective-id', 'target-id': 'GOV-01.01', status: { state: 'satisfied' } }, 'related-observations': [{ 'observation-uuid': '2c3d4e5f-6071-4829-9bac-1d2e3f4a5b6c' }] },
              { uuid: '4e5f6071-8293-4a41-9dce-3f4a5b6c7d8e', title: 't', description: 'd', target: { type: 'statement-id', 'target-id': 'GOV-02.01_smt', status: { state: 'not-satisfied' } } },
            ],
          },
        ],
      },
    };
    const back = fromOscalAssessmentResults(doc, release);
    expect(back.success).toBe(true);
    if (!back.success) return;
    expect(back.issues.map((i) => i.code)).toEqual(['no-target-level']);
    expect(back.assessment.organization).toEqual({ name: 'Example KK' });
    expect(back.assessment.answers).toEqual({
      'GOV-01.01': { status: 'met', evidence: [{ title: 'Security policy', uri: 'https://example.com/policy.pdf', date: '2026-02-10' }] },
      'GOV-02.01': { status: 'not-met', evidence: [] },
    });
  });

  it('reports results against another release, unknown controls and non-OSCAL input, never throwing', () => {
    const doc = toOscalAssessmentResults(release, assessment, result, { lang: 'en' });
    const other = structuredClone(doc);
    other['assessment-results'].results[0]!.props!.find((p) => p.name === 'criteria-version')!.value = '9.9.9';
    expect(fromOscalAssessmentResults(other, release).issues.map((i) => i.code)).toEqual(['criteria-mismatch']);
    const unknown = structuredClone(doc);
    unknown['assessment-results'].results[0]!.findings![0]!.target['target-id'] = 'XYZ-01.01_smt';
    const u = fromOscalAssessmentResults(unknown, release);
    expect(u.success).toBe(false);
    expect(u.issues[0]!.message.ja).toContain('XYZ-01.01');
    for (const bad of [null, 1, 'x', [], {}, { 'assessment-results': { results: [] } }]) {
      expect(fromOscalAssessmentResults(bad, release).success).toBe(false);
    }
  });
});

describe('text from the assessment in OSCAL markup fields', () => {
  const { release, assessment, result } = EXAMPLES.find((e) => e.name === 'level1-small-vendor')!;
  const HOSTILE = '<img src=x onerror="alert(1)"> [押す](javascript:alert(1)) **太字** &amp; `code` # 見出し';
  const [firstId, firstAnswer] = Object.entries(assessment.answers)[0]!;
  const hostile = {
    ...assessment,
    answers: {
      ...assessment.answers,
      [firstId]: { ...firstAnswer, note: HOSTILE, evidence: [{ ...firstAnswer.evidence[0]!, title: HOSTILE, uri: 'https://example.jp/a_(b)*c' }] },
    },
  };
  const doc = toOscalAssessmentResults(release, hostile, result, { lang: 'ja' });
  const observations = doc['assessment-results'].results[0]!.observations!;
  const evidence = observations.find((o) => o.props!.some((p) => p.name === 'observation-kind' && p.value === 'evidence'))!;
  const answer = observations.find((o) => o.props!.some((p) => p.name === 'observation-kind' && p.value === 'answer'))!;

  it('is escaped, so a tool rendering it as Markdown shows it as text: no tag, link, emphasis or entity', () => {
    const md = new MarkdownIt({ html: true, linkify: false });
    for (const field of [evidence.title!, evidence.description!, answer.remarks!]) {
      const html = md.render(field);
      expect(html).not.toMatch(/<(img|a|strong|code|h1)\b/);
      expect(html).toContain('&lt;img src=x onerror=');
      expect(html).toContain('**太字**');
      expect(html).toContain('&amp;amp;');
    }
  });

  it('reads back as the very same text', () => {
    const back = fromOscalAssessmentResults(JSON.parse(JSON.stringify(doc)), release);
    expect(back.success && back.assessment).toEqual(hostile);
    expect(schemaErrors(oscalValidator('assessment-results'), doc)).toEqual([]);
  });
});
