import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize, criteriaDigest, sha256Hex, stableStringify } from '@sisc/model';
import { describe, expect, it } from 'vitest';
import { compileCriteriaSources, criteriaVersions, getCriteria, getCriteriaDigest } from '../src/index.js';

/** The digests of shipped releases as they were before digests were defined as RFC 8785 (JCS). */
const SHIPPED: Record<string, string> = {
  '1.0.0-draft.1': 'f78d47a48ffa124fd2a872c5f41765e55f653f2719158d2099b7343ecbd161e5',
};

describe('criteria digests are SHA-256 of RFC 8785 canonical JSON', () => {
  it('lists releases that are still shipped (releases made later have no digest from before JCS)', () => {
    expect(criteriaVersions()).toEqual(expect.arrayContaining(Object.keys(SHIPPED)));
  });

  it.each(Object.entries(SHIPPED))('%s: adopting JCS left its digest unchanged', (version, digest) => {
    const release = getCriteria(version);
    const { $schema: _schema, ...content } = release;
    expect(getCriteriaDigest(version)).toBe(digest);
    expect(criteriaDigest(release)).toBe(digest);
    expect(sha256Hex(canonicalize(content))).toBe(digest);
    // The canonical form used before (stableStringify) gives the same bytes for every release.
    expect(canonicalize(content)).toBe(stableStringify(content));
  });

  it('a source with a lone surrogate (which JCS cannot carry) is an issue, not a crash', () => {
    const dir = join(import.meta.dirname, '..', 'data', '1.0.0-draft.1');
    const sources = readdirSync(dir)
      .sort()
      .map((name) => ({ path: `1.0.0-draft.1/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
    expect(compileCriteriaSources(sources).release).toBeDefined();
    const broken = sources.map((f) => (f.path.endsWith('release.yaml') ? { ...f, text: f.text.replace('  ja: SIセキュリティ認定制度 要求事項（案）', '  ja: "SIセキュリティ認定制度 要求事項（案）\\ud800"') } : f));
    const out = compileCriteriaSources(broken);
    expect(out.release).toBeUndefined();
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([expect.objectContaining({ code: 'invalid-value', path: '$.title.ja', file: '1.0.0-draft.1/release.yaml', line: 18 })]);
  });
});
