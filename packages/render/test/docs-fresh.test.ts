/**
 * The published documents in docs/standard/ are generated (`pnpm run docs`) and committed: this test
 * regenerates them in memory and fails when a committed file differs, is missing or is left over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, existingDocuments, publishedDocuments } from '../../../scripts/docs.js';
import { VERSIONS } from './_fixtures.js';

const expected = publishedDocuments();

describe('docs/standard', () => {
  it('holds exactly the documents of the shipped releases (run pnpm run docs)', () => {
    expect(existingDocuments(), 'docs/standard is stale: run pnpm run docs').toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()].sort())('%s is up to date (run pnpm run docs)', (path) => {
    let committed: string;
    try {
      committed = readFileSync(join(DOCS_DIR, path), 'utf8');
    } catch {
      throw new Error(`docs/standard/${path} is missing: run pnpm run docs`);
    }
    if (committed !== expected.get(path)) throw new Error(`docs/standard/${path} is stale: run pnpm run docs`);
  });

  it('has the standard and checklist of every shipped release, in both languages', () => {
    for (const v of VERSIONS) {
      for (const f of ['standard.ja.md', 'standard.en.md', 'standard.ja.html', 'standard.en.html', 'checklist.ja.md', 'checklist.en.md', 'checklist.ja.html', 'checklist.en.html', 'checklist.ja.csv', 'checklist.en.csv']) {
        expect(expected.has(`${v}/${f}`)).toBe(true);
      }
      expect(expected.get('README.md')).toContain(`(${v}/standard.ja.html)`);
    }
  });
});
