import { describe, expect, it } from 'vitest';
import { CriteriaReleaseSchema } from '@sisc/model';
import { frameworkMappings } from '../../src/criteria-rules/framework-mappings.js';
import { fixture } from '../_fixtures.js';
import { gov01, ruleTable } from './_table.js';

describe('framework-mappings', () => {
  ruleTable(frameworkMappings, [
    ['a mapping to nist-ssdf, which is listed', () => {}, []],
    ['a mapping to an unlisted framework', (r) => (gov01(r).requirements[1].mappings[0].framework = 'ssdf'), ['error dangling-reference $.categories[0].items[0].requirements[1].mappings[0].framework (GOV-01.02)']],
    ['a second mapping to an unlisted framework', (r) => gov01(r).requirements[1].mappings.push({ framework: 'iso27001', id: 'A.6.3' }), ['error dangling-reference $.categories[0].items[0].requirements[1].mappings[1].framework (GOV-01.02)']],
  ]);

  it('lists the frameworks there are', () => {
    const raw = fixture('release.json');
    gov01(raw).requirements[1].mappings[0].framework = 'ssdf';
    expect(frameworkMappings.check(CriteriaReleaseSchema.parse(raw))[0]?.message).toBe(`$.categories[0].items[0].requirements[1].mappings[0].framework: "ssdf" is not one of the release's frameworks (nist-ssdf).`);
  });
});
