import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCriteriaSources, getCriteria, getCriteriaDigest, splitJsonPath, type SourceFile, type SourceIssue } from '@sisc/criteria';
import { DATA_DIR, readReleaseSources } from '../scripts/_criteria-files.js';

const DIR = 'data/1.0.0-draft.1';
const original = readReleaseSources(join(DATA_DIR, '1.0.0-draft.1'));

/** The real sources with one file's text changed. */
function edit(files: readonly SourceFile[], name: string, change: (text: string) => string): SourceFile[] {
  let found = false;
  const out = files.map((f) => {
    if (f.path !== `${DIR}/${name}`) return f;
    found = true;
    const text = change(f.text);
    if (text === f.text) throw new Error(`the edit of ${name} changed nothing`);
    return { ...f, text };
  });
  if (!found) throw new Error(`no source ${name}`);
  return out;
}
/** 1-based line of the n-th line containing `needle` (n from 1). */
function lineOf(files: readonly SourceFile[], name: string, needle: string, n = 1): number {
  const lines = files.find((f) => f.path === `${DIR}/${name}`)!.text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === n) return i + 1;
  throw new Error(`${needle} not found in ${name}`);
}
const where = (issues: SourceIssue[]) => issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line} ${i.code}`);

describe('compileCriteriaSources', () => {
  it('compiles the shipped sources into the shipped release, with no issues', () => {
    const result = compileCriteriaSources(original);
    expect(result.issues).toEqual([]);
    expect(result.release).toEqual(getCriteria('1.0.0-draft.1'));
    expect(result.digest).toBe(getCriteriaDigest('1.0.0-draft.1'));
  });

  it('does not depend on the order of the files', () => {
    expect(compileCriteriaSources([...original].reverse()).digest).toBe(getCriteriaDigest('1.0.0-draft.1'));
  });

  it('reports every problem at once, each with its file and line: bad indentation, unknown field, duplicate ID across files, wrong type', () => {
    let files = edit(original, 'OPS.yaml', (t) => t.replace('      en: Recognises the need for a continuous response.', '     en: Recognises the need for a continuous response.'));
    files = edit(files, 'GOV.yaml', (t) => t.replace('      - id: GOV-02.03\n', '      - id: GOV-02.03\n        comment: 要確認\n'));
    files = edit(files, 'CTR.yaml', (t) => t.replace('- id: CTR-01.04', '- id: BLD-01.03'));
    files = edit(files, 'BLD.yaml', (t) => t.replace('      - id: BLD-02.01\n        level: 1', '      - id: BLD-02.01\n        level: one'));
    const result = compileCriteriaSources(files);
    expect(result.release).toBeUndefined();
    expect(where(result.issues)).toEqual([
      `${DIR}/BLD.yaml:${lineOf(files, 'BLD.yaml', 'level: one')} invalid-type`,
      `${DIR}/CTR.yaml:${lineOf(files, 'CTR.yaml', '- id: BLD-01.03')} duplicate-id`,
      `${DIR}/GOV.yaml:${lineOf(files, 'GOV.yaml', 'comment: 要確認')} unknown-field`,
      `${DIR}/OPS.yaml:${lineOf(files, 'OPS.yaml', '     en: Recognises the need')} invalid-syntax`,
    ]);
    const duplicate = result.issues.find((i) => i.code === 'duplicate-id')!;
    expect(duplicate.message).toContain(`first at ${DIR}/BLD.yaml:${lineOf(files, 'BLD.yaml', '- id: BLD-01.03')}`);
    expect(duplicate.path).toBe('$.categories[3].items[0].requirements[3].id');
    for (const i of result.issues) expect(i.message.startsWith(`${i.file}:${i.line}:${i.column}: `)).toBe(true);
  });

  const cases: [string, string, (t: string) => string, (files: SourceFile[]) => string[]][] = [
    ['a duplicate key', 'GOV.yaml', (t) => t.replace('        level: 1\n', '        level: 1\n        level: 2\n'), (f) => [`${DIR}/GOV.yaml:${lineOf(f, 'GOV.yaml', 'level: 2', 1)} invalid-syntax`]],
    ['a missing required field', 'BLD.yaml', (t) => t.replace(/\n {4}intent:\n {6}ja: 導入時.*\n.*\n.*/, ''), (f) => [`${DIR}/BLD.yaml:${lineOf(f, 'BLD.yaml', '- id: BLD-02')} missing-field`]],
    ['a value outside the allowed set', 'OPS.yaml', (t) => t.replace('kind: detailed-requirement', 'kind: detail'), (f) => [`${DIR}/OPS.yaml:${lineOf(f, 'OPS.yaml', 'kind: detail')} invalid-value`]],
    ['a reference to an unknown document', 'CTR.yaml', (t) => t.replace('- document: model-contract\n', '- document: model-contracts\n'), (f) => [`${DIR}/CTR.yaml:${lineOf(f, 'CTR.yaml', 'model-contracts')} dangling-reference`]],
    ['a category file holding another category', 'CTR.yaml', (t) => t.replace('id: CTR\n', 'id: CON\n'), (f) => [`${DIR}/CTR.yaml:${lineOf(f, 'CTR.yaml', 'id: CON')} invalid-value`]],
    ['a version that does not match the directory', 'release.yaml', (t) => t.replace('version: 1.0.0-draft.1', 'version: 1.0.0-draft.2'), (f) => [`${DIR}/release.yaml:${lineOf(f, 'release.yaml', 'version: 1.0.0-draft.2')} invalid-value`]],
    ['a listed category without a file', 'release.yaml', (t) => t.replace('  - CTR\n', '  - CTR\n  - SUP\n'), (f) => [`${DIR}/release.yaml:${lineOf(f, 'release.yaml', '- SUP')} dangling-reference`]],
    ['a category file that is not listed', 'release.yaml', (t) => t.replace('  - CTR\n', ''), (f) => [`${DIR}/CTR.yaml:${lineOf(f, 'CTR.yaml', 'id: CTR')} invalid-value`]],
    ['an unknown field in release.yaml', 'release.yaml', (t) => t.replace('status: draft\n', 'status: draft\nstate: draft\n'), (f) => [`${DIR}/release.yaml:${lineOf(f, 'release.yaml', 'state: draft')} unknown-field`]],
    ['a broken release.yaml', 'release.yaml', (t) => t.replace('    en: SI Security Certification\n', '   en: SI Security Certification\n'), (f) => [`${DIR}/release.yaml:${lineOf(f, 'release.yaml', '   en: SI Security Certification')} invalid-syntax`]],
  ];
  it.each(cases)('reports %s with file and line', (_, name, change, expected) => {
    const files = edit(original, name, change);
    const result = compileCriteriaSources(files);
    expect(result.release).toBeUndefined();
    expect(where(result.issues)).toEqual(expected(files));
  });

  it('reports a stale translation as a warning with file and line, and still compiles', () => {
    const files = edit(original, 'GOV.yaml', (t) => t.replace('ja: 定期的レビューの実施', 'ja: 定期的なレビューの実施'));
    const result = compileCriteriaSources(files);
    expect(result.release).toBeDefined();
    expect(result.issues.map((i) => `${i.severity} ${i.code} ${i.file}:${i.line}`)).toEqual([`warning stale-translation ${DIR}/GOV.yaml:${lineOf(files, 'GOV.yaml', 'ja: 定期的なレビューの実施') - 1}`]);
  });

  it('needs exactly one release.yaml', () => {
    const result = compileCriteriaSources(original.filter((f) => !f.path.endsWith('release.yaml')));
    expect(result.issues.map((i) => i.code)).toEqual(['missing-field']);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '---\n---\n', '[', '- 1\n- 2\n', 'a: *x\n', '? [a]\n: b\n', 'categories: 3\n', '\u0000']) {
      expect(() => compileCriteriaSources([{ path: 'release.yaml', text }, { path: 'GOV.yaml', text }])).not.toThrow();
      expect(compileCriteriaSources([{ path: 'release.yaml', text }]).issues.length).toBeGreaterThan(0);
    }
  });
});

describe('splitJsonPath', () => {
  it.each([
    ['$', []],
    ['$.categories[0].items[12].id', ['categories', 0, 'items', 12, 'id']],
    ['$.answers["GOV-01.01"].status', ['answers', 'GOV-01.01', 'status']],
  ] as const)('%s', (path, segments) => expect(splitJsonPath(path)).toEqual(segments));
});

describe('compileCriteriaSources on any input', () => {
  it('never throws and reports errors with a file, whatever the YAML text', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('GOV.yaml', 'BLD.yaml', 'release.yaml'), (text, name) => {
        const files = original.map((f) => (f.path === `${DIR}/${name}` ? { ...f, text } : f));
        const result = compileCriteriaSources(files);
        if (result.release === undefined) expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        for (const i of result.issues) if (i.file !== undefined) expect(i.line).toBeGreaterThanOrEqual(1);
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same digest whatever the order of the files', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.shuffledSubarray(original, { minLength: original.length }), (files) => compileCriteriaSources(files).digest === getCriteriaDigest('1.0.0-draft.1')),
      { numRuns: 20 },
    );
  });
});

describe('compileCriteriaSources when release.yaml cannot be used', () => {
  it('still checks every category file, with file and line', () => {
    let files = edit(original, 'release.yaml', (t) => t.replace('    en: SI Security Certification\n', '   en: SI Security Certification\n'));
    files = edit(files, 'OPS.yaml', (t) => t.replace('      - id: OPS-02.01\n        level: 1', '      - id: OPS-02.01\n        level: first'));
    files = edit(files, 'CTR.yaml', (t) => t.replace('- id: CTR-01.04', '- id: GOV-01.01'));
    const issues = compileCriteriaSources(files).issues;
    // Without release.yaml the files are taken in name order, so GOV.yaml's ID counts as the second one.
    expect(where(issues)).toEqual([
      `${DIR}/GOV.yaml:${lineOf(files, 'GOV.yaml', '- id: GOV-01.01')} duplicate-id`,
      `${DIR}/OPS.yaml:${lineOf(files, 'OPS.yaml', 'level: first')} invalid-type`,
      `${DIR}/release.yaml:${lineOf(files, 'release.yaml', '   en: SI Security Certification')} invalid-syntax`,
    ]);
    expect(issues.find((i) => i.code === 'duplicate-id')!.message).toContain(`first at ${DIR}/CTR.yaml:${lineOf(files, 'CTR.yaml', '- id: GOV-01.01')}`);
  });
});

describe('issues can be shown in Japanese', () => {
  it('every issue carries the values its Japanese message needs', async () => {
    const { localizeIssue } = await import('@sisc/model');
    let files = edit(original, 'GOV.yaml', (t) => t.replace('      - id: GOV-02.03\n', '      - id: GOV-02.03\n        comment: 要確認\n'));
    files = edit(files, 'CTR.yaml', (t) => t.replace('- id: CTR-01.04', '- id: BLD-01.03'));
    files = edit(files, 'OPS.yaml', (t) => t.replace('      en: Recognises the need for a continuous response.', '     en: Recognises the need for a continuous response.'));
    files = edit(files, 'release.yaml', (t) => t.replace('  - CTR\n', '  - CTR\n  - 7\n'));
    const issues = compileCriteriaSources([...files, { path: `${DIR}/SUP.yaml`, text: 'id: SUP\n' }]).issues;
    expect(issues.length).toBeGreaterThanOrEqual(5);
    // A missing value leaves an empty slot: 「」, （）, or nothing before が.
    for (const i of issues) expect(localizeIssue(i, 'ja'), i.message).not.toMatch(/undefined|「」|（）|: が|、 が|を {2}に/);
  });
});
