import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, readReleaseSources, releaseDirs } from '../scripts/_criteria-files.js';

const schema = (name: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validateRelease = ajv.compile(schema('criteria-release-file'));
const validateCategory = ajv.compile(schema('criteria-category-file'));

const files = releaseDirs().flatMap((dir) => readReleaseSources(dir));

describe.each(files.map((f) => [f.path, f] as const))('%s', (_, file) => {
  const isRelease = file.path.endsWith('/release.yaml');
  const hint = /^# yaml-language-server: \$schema=(\S+)$/m.exec(file.text.split('\n')[0]!)?.[1];

  it('starts with a schema hint that points at the right editor schema', () => {
    expect(hint).toBeDefined();
    const target = resolve(dirname(join(PACKAGE_ROOT, file.path)), hint!);
    expect(existsSync(target)).toBe(true);
    expect(target).toBe(join(PACKAGE_ROOT, 'schemas', isRelease ? 'criteria-release-file.schema.json' : 'criteria-category-file.schema.json'));
  });

  it('is valid against that schema (what the editor checks while typing)', () => {
    const validate = isRelease ? validateRelease : validateCategory;
    expect(validate(parse(file.text)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the editor schemas catch mistakes', () => {
  it.each([
    ['an unknown field', { id: 'GOV', name: { ja: '企業の体制' }, items: [], colour: 'red' }],
    ['a bad requirement ID', { id: 'GOV', name: { ja: '企業の体制' }, items: [{ id: 'GOV-01', name: { ja: 'a' }, intent: { ja: 'b' }, requirements: [{ id: 'GOV-1', level: 1, kind: 'level-requirement', text: { ja: 'c' } }] }] }],
    ['an unknown kind', { id: 'GOV', name: { ja: '企業の体制' }, items: [{ id: 'GOV-01', name: { ja: 'a' }, intent: { ja: 'b' }, requirements: [{ id: 'GOV-01.01', level: 1, kind: 'detail', text: { ja: 'c' } }] }] }],
    ['text without Japanese', { id: 'GOV', name: { en: 'Organisation' }, items: [] }],
  ])('%s', (_, value) => {
    expect(validateCategory(value)).toBe(false);
  });
});
