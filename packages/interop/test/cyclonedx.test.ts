import { getCriteria, listCriteria } from '@sisc/criteria';
import { checkCycloneDx, toCycloneDx } from '@sisc/interop';
import { describe, expect, it } from 'vitest';
import { AS_OF, EXAMPLES } from './_examples.js';
import { cyclonedxValidator, schemaErrors } from './_schemas.js';

const releases = listCriteria().map((l) => getCriteria(l.version));
const langs = ['ja', 'en'] as const;

describe.each(releases.flatMap((release) => langs.map((lang) => ({ release, lang, name: `${release.version} ${lang}` }))))('the CycloneDX standard of $name', ({ release, lang }) => {
  const bom = toCycloneDx(release, { lang, date: AS_OF });

  it('validates against the CycloneDX 1.6 schema, every bom-ref unique and resolved', () => {
    expect(schemaErrors(cyclonedxValidator(), bom)).toEqual([]);
    expect(checkCycloneDx(bom)).toEqual([]);
  });

  it('nests requirements in items and items in categories, and lists per level the requirements that apply', () => {
    const [standard] = bom.definitions.standards;
    const byRef = new Map(standard!.requirements.map((r) => [r['bom-ref'], r]));
    const first = release.categories[0]!.items[0]!.requirements[0]!;
    const r = byRef.get(`requirement:${first.id}`)!;
    expect(byRef.get(r.parent!)!.identifier).toBe(release.categories[0]!.items[0]!.id);
    expect(byRef.get(byRef.get(r.parent!)!.parent!)!.identifier).toBe(release.categories[0]!.id);
    const level1 = standard!.levels.find((l) => l.identifier === '1')!;
    const expected = release.categories.flatMap((c) => c.items.flatMap((i) => i.requirements.filter((q) => q.status === 'active' && q.level <= 1).map((q) => `requirement:${q.id}`)));
    expect(level1.requirements).toEqual(expected);
  });
});

describe.each(EXAMPLES.flatMap((e) => langs.map((lang) => ({ ...e, lang, label: `${e.name} ${lang}` }))))('the CycloneDX declarations of $label', ({ release, assessment, result, lang }) => {
  const bom = toCycloneDx(release, { lang, assessment, result });

  it('validate against the CycloneDX 1.6 schema, every bom-ref unique and resolved', () => {
    expect(schemaErrors(cyclonedxValidator(), bom)).toEqual([]);
    expect(checkCycloneDx(bom)).toEqual([]);
  });

  it('map every evaluated requirement to its claims with a conformance score; the affirmation names the signatory', () => {
    const d = bom.declarations!;
    const map = d.attestations[0]!.map;
    expect(map.map((m) => m.requirement)).toEqual(result.requirements.map((r) => `requirement:${r.id}`));
    expect(map.map((m) => m.conformance.score)).toEqual(result.requirements.map((r) => (r.satisfied ? 1 : 0)));
    expect(d.claims.length).toBe(result.requirements.filter((r) => assessment.answers[r.id]).length);
    if (assessment.declaration) expect(d.affirmation.signatories[0]!.name).toBe(assessment.declaration.signatory.name);
    expect(d.assessors[0]!.thirdParty).toBe(assessment.mode === 'audit');
    expect(bom.metadata.timestamp).toBe(`${AS_OF}T00:00:00Z`);
  });
});

describe('the CycloneDX checks catch broken BOMs', () => {
  const { release, assessment, result } = EXAMPLES[0]!;
  const bom = toCycloneDx(release, { lang: 'en', assessment, result });

  it('an unknown field, a score above 1 or a bad serial number fails the schema', () => {
    const bad = structuredClone(bom) as unknown as { declarations: Record<string, unknown> & { attestations: { map: { conformance: { score: number } }[] }[] }; serialNumber: string };
    bad.declarations.verdict = 'met';
    bad.declarations.attestations[0]!.map[0]!.conformance.score = 2;
    bad.serialNumber = 'urn:uuid:NOT';
    const errors = schemaErrors(cyclonedxValidator(), bad).join('\n');
    expect(errors).toMatch(/additionalProperty/);
    expect(errors).toMatch(/<= 1/);
    expect(errors).toMatch(/serialNumber/);
  });

  it('a dangling claim and a duplicated bom-ref are found', () => {
    const bad = structuredClone(bom);
    bad.declarations!.attestations[0]!.map[0]!.claims = ['claim:nothing'];
    bad.declarations!.evidence.push({ ...bad.declarations!.evidence[0]! });
    expect(checkCycloneDx(bad)).toEqual([expect.stringMatching(/used twice/), expect.stringMatching(/claim:nothing/)]);
  });
});
