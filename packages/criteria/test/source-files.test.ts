import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getCriteria, looksLikeCriteriaSource } from '@sisc/criteria';
import { PACKAGE_ROOT } from '../scripts/_criteria-files.js';

const source = (name: string): unknown => parse(readFileSync(join(PACKAGE_ROOT, 'data', '1.0.0-draft.1', name), 'utf8'));
const assessment = JSON.parse(readFileSync(join(PACKAGE_ROOT, '..', 'model', 'test', 'fixtures', 'assessment.json'), 'utf8'));

describe('looksLikeCriteriaSource', () => {
  it.each<[string, unknown, 'release' | 'category' | undefined]>([
    ['the shipped release.yaml', source('release.yaml'), 'release'],
    ['the shipped GOV.yaml', source('GOV.yaml'), 'category'],
    ['an assessment', assessment, undefined],
    ['a compiled release (categories are objects, not IDs)', getCriteria('1.0.0-draft.1'), undefined],
    ['a category-like value with answers (an assessment)', { id: 'GOV', items: [], answers: {} }, undefined],
    ['a list of category IDs without levels or scheme', { categories: ['GOV'] }, undefined],
    ['a list', ['GOV'], undefined],
    ['nothing', null, undefined],
  ])('%s', (_name, value, expected) => {
    expect(looksLikeCriteriaSource(value)).toBe(expected);
  });
});
