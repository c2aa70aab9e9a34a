import { describe, expect, it } from 'vitest';
import { CriteriaReleaseSchema } from '@sisc/model';
import { documentReferences } from '../../src/criteria-rules/document-references.js';
import { fixture } from '../_fixtures.js';
import { gov01, ruleTable } from './_table.js';

describe('document-references', () => {
  ruleTable(documentReferences, [
    ['a reference to secbok, which is listed', () => {}, []],
    ['a reference to an unlisted document', (r) => (gov01(r).requirements[1].references[0].document = 'sec-bok'), ['error dangling-reference $.categories[0].items[0].requirements[1].references[0].document (GOV-01.02)']],
    ['no documents listed at all', (r) => (r.documents = []), ['error dangling-reference $.categories[0].items[0].requirements[1].references[0].document (GOV-01.02)']],
  ]);

  it('lists the documents there are, or says none are listed', () => {
    const raw = fixture('release.json');
    raw.documents = [];
    expect(documentReferences.check(CriteriaReleaseSchema.parse(raw))[0]?.message).toBe(`$.categories[0].items[0].requirements[1].references[0].document: "secbok" is not one of the release's documents (none listed).`);
  });
});
