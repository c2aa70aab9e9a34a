/**
 * The committee's workflow on a temporary copy of the data: the ID ledger across releases,
 * `checkCriteriaSources` (one report, every problem with file:line), `scaffoldRelease` and
 * `publishDraft`, with issue #11's example release (draft.2) made by hand-editing YAML.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffCriteria } from '@sisc/diff';
import { buildIdLedger, checkCriteriaSources, compileCriteriaSources, publishDraft, scaffoldRelease, stampTranslations, type ReleaseSources } from '../src/index.js';
import { compileAll, DATA_DIR, ledgerJson, readReleased } from '../scripts/_criteria-files.js';
import { addDraft2, BLD_02_02 } from './_draft2.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A temporary data directory holding a copy of draft.1 only. */
function tempData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sisc-criteria-'));
  made.push(dir);
  cpSync(join(DATA_DIR, '1.0.0-draft.1'), join(dir, '1.0.0-draft.1'), { recursive: true });
  return dir;
}

function read(dataDir: string): ReleaseSources[] {
  return readdirSync(dataDir).map((version) => ({
    version,
    files: readdirSync(join(dataDir, version))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ path: `${version}/${f}`, text: readFileSync(join(dataDir, version, f), 'utf8') })),
  }));
}

function stampDir(dir: string): void {
  for (const f of readdirSync(dir)) {
    const r = stampTranslations(readFileSync(join(dir, f), 'utf8'));
    if (r.stamped > 0) writeFileSync(join(dir, f), r.text);
  }
}

const compare = (a: unknown, b: unknown) => diffCriteria(a, b).issues;
const check = (dataDir: string, released: Record<string, string> = {}, only?: string) => checkCriteriaSources(read(dataDir), { released, compare, ...(only ? { only } : {}) });
const lines = (issues: { severity: string; code: string; file?: string; line?: number }[]) => issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line} ${i.code}`);

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/** The line (1-based) of the first line of `path` containing `needle`. */
function lineOf(path: string, needle: string, after = 0): number {
  const all = readFileSync(path, 'utf8').split('\n');
  const i = all.findIndex((l, k) => k >= after && l.includes(needle));
  if (i < 0) throw new Error(`${needle} is not in ${path}`);
  return i + 1;
}

describe('the shipped data', () => {
  it('passes the whole check: no errors in any release', () => {
    const report = checkCriteriaSources(read(DATA_DIR), { released: readReleased(), compare });
    expect(lines(report.issues)).toEqual([]);
    expect(report.releases.map((r) => r.version)).toEqual(compileAll().map((c) => c.version));
  });
});

describe("issue #11's draft.2, made by hand in a copy of the data", () => {
  const data = tempData();
  const dir = addDraft2(data);
  stampDir(dir);

  it('checks clean, and the change log matches the computed changes', () => {
    const report = check(data);
    expect(lines(report.issues)).toEqual([]);
    expect(report.releases.map((r) => [r.version, r.status, r.errors])).toEqual([
      ['1.0.0-draft.1', 'draft', 0],
      ['1.0.0-draft.2', 'draft', 0],
    ]);
    const [one, two] = compileAll(data);
    const diff = diffCriteria(one!.release, two!.release);
    expect(diff.changes.filter((c) => c.target === 'requirement').map((c) => `${c.id} ${c.kind} ${c.declared?.change ?? '-'}`)).toEqual(
      expect.arrayContaining(['BLD-02.02 text-changed modified', 'GOV-03.03 retired retired', 'OPS-03.05 added added']),
    );
    expect(two!.release.categories[1]!.items[1]!.requirements[1]!.text).toMatchObject(BLD_02_02);
  });

  it('the ledger records the history of each changed ID', () => {
    const ledger = buildIdLedger(compileAll(data).map((c) => c.release));
    expect(ledger.releases).toEqual(['1.0.0-draft.1', '1.0.0-draft.2']);
    expect(ledger.ids['GOV-03.03']).toEqual({
      kind: 'requirement',
      first: '1.0.0-draft.1',
      last: '1.0.0-draft.2',
      status: 'retired',
      history: [
        { release: '1.0.0-draft.1', change: 'added', parent: 'GOV-03' },
        { release: '1.0.0-draft.2', change: 'retired', replacedBy: ['GOV-03.02'] },
      ],
    });
    expect(ledger.ids['BLD-02.02']!.history.map((e) => e.change)).toEqual(['added', 'modified']);
    expect(ledger.ids['OPS-03.05']).toMatchObject({ first: '1.0.0-draft.2', status: 'active' });
    expect(ledger.ids['GOV-01.01']!.history).toHaveLength(1);
  });

  it('an undeclared change is reported at release.yaml, with the line of changeLog.entries', () => {
    const copy = tempData();
    const d2 = addDraft2(copy);
    stampDir(d2);
    edit(join(d2, 'release.yaml'), '    - id: OPS-03.05\n      change: added\n', '    - id: OPS-03.04\n      change: editorial\n');
    const errors = check(copy).issues.filter((i) => i.severity === 'error');
    const at = lineOf(join(d2, 'release.yaml'), 'entries:');
    expect(errors.map((i) => `${i.file}:${i.line} ${i.code} ${i.requirementId ?? ''}`)).toEqual(
      expect.arrayContaining([`1.0.0-draft.2/release.yaml:${at} undeclared-change OPS-03.05`, expect.stringMatching(/^1\.0\.0-draft\.2\/release\.yaml:\d+ unmatched-declared-change OPS-03\.04$/)]),
    );
  });
});

describe('the ID ledger refuses', () => {
  /** draft.1 → draft.2 (issue #11) → draft.3 → draft.4, each copied from the one before. */
  function history(): string {
    const data = tempData();
    stampDir(addDraft2(data));
    for (const [from, to] of [
      ['1.0.0-draft.2', '1.0.0-draft.3'],
      ['1.0.0-draft.3', '1.0.0-draft.4'],
    ] as const) {
      const files = read(data).find((r) => r.version === from)!.files;
      mkdirSync(join(data, to));
      for (const f of scaffoldRelease(files, from, to)) writeFileSync(join(data, f.path), f.text);
    }
    return data;
  }

  it('nothing in the plain history', () => {
    expect(lines(check(history()).issues)).toEqual([]);
  });

  it('a retired ID reused two releases later, naming file:line', () => {
    const data = history();
    const gov = join(data, '1.0.0-draft.4', 'GOV.yaml');
    // draft.4 brings GOV-03.03 back as an active requirement with another text.
    const text = readFileSync(gov, 'utf8');
    const start = text.indexOf('      - id: GOV-03.03');
    const end = text.indexOf('\n\n', start);
    writeFileSync(
      gov,
      `${text.slice(0, start)}      - id: GOV-03.03
        level: 2
        kind: detailed-requirement
        text:
          ja: 新しい要求事項を古いIDで追加する。
        naPolicy: { allowed: false, justificationRequired: true }${text.slice(end)}`,
    );
    edit(join(data, '1.0.0-draft.4', 'release.yaml'), 'entries: []', 'entries:\n    - { id: GOV-03.03, change: added, reason: { ja: 追加 } }');
    const report = check(data, {}, '1.0.0-draft.4');
    const line = lineOf(gov, '- id: GOV-03.03');
    const reused = report.issues.filter((i) => i.code === 'id-reused');
    expect(reused.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([`1.0.0-draft.4/GOV.yaml:${line}:${'      - '.length + 1}`]);
    expect(reused[0]!.message).toContain('GOV-03.03 was retired in 1.0.0-draft.2 and is used again in 1.0.0-draft.4');
    // The same text coming back is a reinstatement, not a reuse.
    const back = history();
    const gov4 = join(back, '1.0.0-draft.4', 'GOV.yaml');
    edit(gov4, '        status: retired\n        retired:\n          since: 1.0.0-draft.2\n          reason:\n            ja: GOV-03.02 に統合した。\n          replacedBy: [GOV-03.02]\n', '');
    expect(check(back, {}, '1.0.0-draft.4').issues.filter((i) => i.code === 'id-reused')).toEqual([]);
  });

  it('an ID that disappears without a retirement stub', () => {
    const data = history();
    const ops = join(data, '1.0.0-draft.3', 'OPS.yaml');
    const text = readFileSync(ops, 'utf8');
    writeFileSync(ops, text.slice(0, text.indexOf('      - id: OPS-03.05')));
    const errors = check(data).issues.filter((i) => i.code === 'id-removed' && i.severity === 'error');
    // draft.4 was copied from draft.3 before the edit, so it lists OPS-03.05 again: a reinstatement, not a reuse.
    expect(errors.map((i) => `${i.file} ${i.requirementId}`)).toEqual(['1.0.0-draft.3/OPS.yaml OPS-03.05']);
    expect(check(data).issues.filter((i) => i.code === 'id-reused')).toEqual([]);
    // Removed from draft.4 too: reported there as well.
    const ops4 = join(data, '1.0.0-draft.4', 'OPS.yaml');
    writeFileSync(ops4, readFileSync(ops4, 'utf8').slice(0, readFileSync(ops4, 'utf8').indexOf('      - id: OPS-03.05')));
    expect(check(data).issues.filter((i) => i.code === 'id-removed' && i.severity === 'error').map((i) => i.file)).toEqual(['1.0.0-draft.3/OPS.yaml', '1.0.0-draft.4/OPS.yaml']);
    expect(errors[0]!.message).toContain('the requirement OPS-03.05 (published since 1.0.0-draft.2, last in 1.0.0-draft.2) is missing from 1.0.0-draft.3');
    expect(errors[0]!.line).toBe(lineOf(ops, 'requirements:', lineOf(ops, '- id: OPS-03') - 1));
  });

  it.each([
    ['itself', '[GOV-03.03]', 'invalid-replacement'],
    ['an unknown ID', '[GOV-03.09]', 'dangling-reference'],
    ['a retired ID', '[GOV-03.03]', 'invalid-replacement'],
  ])('replacedBy naming %s', (what, list, code) => {
    const data = history();
    const gov = join(data, '1.0.0-draft.3', 'GOV.yaml');
    if (what === 'a retired ID') {
      // GOV-03.02 retired as well, replaced by GOV-03.03 (retired): each names a retired one.
      edit(gov, '          replacedBy: [GOV-03.02]', '          replacedBy: [GOV-03.01]');
      edit(gov, '      - id: GOV-03.02\n', '      - id: GOV-03.02\n        status: retired\n        retired: { since: 1.0.0-draft.3, reason: { ja: 廃止 }, replacedBy: [GOV-03.03] }\n');
    } else edit(gov, '          replacedBy: [GOV-03.02]', `          replacedBy: ${list}`);
    const found = check(data, {}, '1.0.0-draft.3').issues.filter((i) => i.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.file).toBe('1.0.0-draft.3/GOV.yaml');
    expect(found[0]!.line).toBe(lineOf(gov, 'replacedBy: [GOV-03.0') + (what === 'a retired ID' ? 0 : 0));
  });

  it('a requirement moved to an item of another category without a moved entry', () => {
    const data = history();
    const gov = join(data, '1.0.0-draft.3', 'GOV.yaml');
    const ops = join(data, '1.0.0-draft.3', 'OPS.yaml');
    const text = readFileSync(gov, 'utf8');
    const start = text.indexOf('      - id: GOV-02.04');
    const end = text.indexOf('\n\n', start);
    const block = text.slice(start, end);
    writeFileSync(gov, text.slice(0, start).trimEnd() + text.slice(end));
    writeFileSync(ops, `${readFileSync(ops, 'utf8').trimEnd()}\n${block}\n`);
    const moved = check(data, {}, '1.0.0-draft.3').issues.filter((i) => i.code === 'undeclared-change' && i.requirementId === 'GOV-02.04');
    expect(moved.map((i) => `${i.file}:${i.line}`)).toContain(`1.0.0-draft.3/OPS.yaml:${lineOf(ops, '- id: GOV-02.04')}`);
    expect(moved.find((i) => i.file === '1.0.0-draft.3/OPS.yaml')!.message).toContain('moved from GOV-02 (category GOV) to OPS-03 (category OPS)');
    // Declared, it is accepted by the ledger (the diff checks the rest).
    edit(join(data, '1.0.0-draft.3', 'release.yaml'), 'entries: []', 'entries:\n    - { id: GOV-02.04, change: moved, reason: { ja: 移動 } }');
    expect(check(data, {}, '1.0.0-draft.3').issues.filter((i) => i.code === 'undeclared-change' && i.file === '1.0.0-draft.3/OPS.yaml')).toEqual([]);
  });
});

describe('scaffoldRelease and publishDraft', () => {
  it('scaffolds the next draft: version, status draft, no dates, changeLog.from set, comments kept', () => {
    const [one] = read(tempData());
    const files = scaffoldRelease(one!.files, '1.0.0-draft.1', '1.0.0-draft.2');
    expect(files.map((f) => f.path)).toEqual(one!.files.map((f) => f.path.replace('1.0.0-draft.1', '1.0.0-draft.2')));
    const release = files.find((f) => f.path.endsWith('release.yaml'))!.text;
    expect(release).toContain('# SIセキュリティ認定制度 要求事項 1.0.0-draft.2（草案）');
    expect(release).toMatch(/^changeLog:\n {2}from: 1\.0\.0-draft\.1\n {2}entries: \[\]\n$/m);
    const compiled = compileCriteriaSources(files);
    expect(compiled.release).toMatchObject({ version: '1.0.0-draft.2', status: 'draft', dates: {}, changeLog: { from: '1.0.0-draft.1', entries: [] } });
    expect(() => scaffoldRelease(one!.files, '1.0.0-draft.1', '1.0.0')).toThrow(/must be a draft/);
    expect(() => scaffoldRelease(one!.files, '1.0.0-draft.1', '0.9.0-draft.1')).toThrow(/must be higher than 1\.0\.0-draft\.1/);
  });

  it('publishes a draft whose English is complete, and refuses one whose English is not, with file:line', () => {
    const data = tempData();
    const dir = addDraft2(data);
    const files = () => read(data).find((r) => r.version === '1.0.0-draft.2')!.files;
    const refused = publishDraft(files(), { effectiveFrom: '2027-04-01' });
    expect(refused.files).toBeUndefined();
    // The unstamped translations and the Japanese-only reasons.
    expect(refused.issues.map((i) => `${i.file} ${i.code}`)).toEqual(
      expect.arrayContaining(['1.0.0-draft.2/BLD.yaml stale-translation', '1.0.0-draft.2/OPS.yaml stale-translation', '1.0.0-draft.2/release.yaml missing-translation', '1.0.0-draft.2/GOV.yaml missing-translation']),
    );
    stampDir(dir);
    for (const [file, ja] of [
      ['release.yaml', '検査結果の記録を求めることにした。'],
      ['release.yaml', '問い合わせ窓口の周知を要求事項に加えた。'],
      ['release.yaml', 'GOV-03.02 に統合した。'],
      ['GOV.yaml', 'GOV-03.02 に統合した。'],
    ] as const) {
      const indent = /^( *)ja: /m.exec(readFileSync(join(dir, file), 'utf8').slice(readFileSync(join(dir, file), 'utf8').indexOf(`ja: ${ja}`) - 20))![1]!;
      edit(join(dir, file), `ja: ${ja}\n`, `ja: ${ja}\n${indent}en: (English of the reason)\n`);
    }
    stampDir(dir);
    const published = publishDraft(files(), { effectiveFrom: '2027-04-01' });
    expect(published.issues).toEqual([]);
    expect(published.version).toBe('1.0.0');
    expect(published.release).toMatchObject({ version: '1.0.0', status: 'effective', dates: { effectiveFrom: '2027-04-01' } });
    const gov = published.release!.categories[0]!.items[2]!.requirements[2]!;
    expect(gov).toMatchObject({ id: 'GOV-03.03', status: 'retired', retired: { since: '1.0.0' } });
    expect(published.files!.every((f) => f.path.startsWith('1.0.0/'))).toBe(true);
    // Frozen afterwards: the check accepts it with its digest, and refuses any later edit.
    rmSync(dir, { recursive: true });
    mkdirSync(join(data, '1.0.0'));
    for (const f of published.files!) writeFileSync(join(data, f.path), f.text);
    const released = { '1.0.0': published.digest! };
    expect(lines(check(data, released).issues)).toEqual([]);
    expect(check(data).issues.map((i) => i.message)).toContainEqual(expect.stringContaining('is not frozen in released.json'));
    edit(join(data, '1.0.0', 'BLD.yaml'), 'en: Completion inspection', 'en: Completion check');
    const frozen = check(data, released).issues.filter((i) => i.severity === 'error');
    expect(frozen.map((i) => `${i.file}:${i.line} ${i.path}`)).toEqual([`1.0.0/release.yaml:${lineOf(join(data, '1.0.0', 'release.yaml'), 'version: 1.0.0')} $.version`]);
    expect(frozen[0]!.message).toContain('1.0.0 is released and frozen, but its content changed');
  });
});

describe('ledger.json', () => {
  it('is the ledger of the shipped releases', () => {
    expect(JSON.parse(ledgerJson(compileAll()))).toMatchObject({ releases: compileAll().map((c) => c.version) });
  });
});
