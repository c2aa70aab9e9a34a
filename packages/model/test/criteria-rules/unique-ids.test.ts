import { describe, expect, it } from 'vitest';
import { CriteriaReleaseSchema } from '@sisc/model';
import { uniqueIds } from '../../src/criteria-rules/unique-ids.js';
import { fixture } from '../_fixtures.js';
import { gov01, ruleTable } from './_table.js';

describe('unique-ids', () => {
  ruleTable(uniqueIds, [
    ['the test release as it is', () => {}, []],
    ['a requirement ID used twice in one item', (r) => (gov01(r).requirements[1].id = 'GOV-01.01'), ['error duplicate-id $.categories[0].items[0].requirements[1].id']],
    ['an item ID used in two categories', (r) => r.categories.push({ id: 'BLD', name: { ja: '構築' }, items: [{ ...gov01(r), requirements: [{ ...gov01(r).requirements[0], id: 'BLD-01.01' }] }] }), ['error duplicate-id $.categories[1].items[0].id']],
    ['a category ID used twice', (r) => r.categories.push({ ...r.categories[0], items: [] }), ['error duplicate-id $.categories[1].id']],
    [
      'an item copied into a second category',
      (r) => r.categories.push({ id: 'BLD', name: { ja: '構築' }, items: [{ ...gov01(r), id: 'BLD-01' }] }),
      ['error duplicate-id $.categories[1].items[0].requirements[0].id', 'error duplicate-id $.categories[1].items[0].requirements[1].id', 'error duplicate-id $.categories[1].items[0].requirements[2].id'],
    ],
    ['a document listed twice', (r) => r.documents.push({ id: 'secbok', title: { ja: 'SecBoK 再掲' } }), ['error duplicate-id $.documents[1].id']],
    ['a note listed twice', (r) => r.notes.push({ ...r.notes[0] }), ['error duplicate-id $.notes[1].id']],
    ['a note and a document with the same ID (separate lists)', (r) => (r.notes[0].id = 'secbok'), []],
  ]);

  it('names where the ID was first used', () => {
    const raw = fixture('release.json');
    gov01(raw).requirements[2].id = 'GOV-01.01';
    const [found] = uniqueIds.check(CriteriaReleaseSchema.parse(raw));
    expect(found?.message).toBe('$.categories[0].items[0].requirements[2].id: the requirement ID "GOV-01.01" is already used at $.categories[0].items[0].requirements[0].id; IDs must be unique and are never reused.');
    expect(found?.params).toEqual({ id: 'GOV-01.01', first: '$.categories[0].items[0].requirements[0].id' });
  });
});
