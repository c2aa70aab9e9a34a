import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReleased, compileAll, DATA_DIR, readReleased } from '../scripts/_criteria-files.js';

describe('released versions are frozen', () => {
  it('every version in released.json still compiles to its frozen digest, and every non-draft release is frozen', () => {
    expect(checkReleased(readReleased(), compileAll())).toEqual([]);
  });

  it('released.json lists only non-draft versions, each with a SHA-256 digest', () => {
    for (const [version, digest] of Object.entries(readReleased())) {
      expect(version).not.toContain('-');
      expect(digest).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('checkReleased bites', () => {
  // A released fixture made from the shipped draft: same content, version 1.0.0, effective.
  const dir = mkdtempSync(join(tmpdir(), 'sisc-released-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const release = join(dir, '1.0.0');
  cpSync(join(DATA_DIR, '1.0.0-draft.1'), release, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const path = join(release, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit('release.yaml', 'version: 1.0.0-draft.1', 'version: 1.0.0');
  edit('release.yaml', 'status: draft', 'status: effective');
  edit('release.yaml', 'dates: {}', 'dates: { effectiveFrom: 2026-04-01 }');
  const [frozen] = compileAll(dir);
  const released = { '1.0.0': frozen!.digest };

  it('accepts the release unchanged', () => {
    expect(checkReleased(released, compileAll(dir))).toEqual([]);
  });

  it('fails when a released version is not frozen in released.json', () => {
    expect(checkReleased({}, compileAll(dir))).toEqual([`version 1.0.0 has status "effective" but is not in released.json; add "1.0.0": "${frozen!.digest}" to freeze it.`]);
  });

  it('fails when one character of a released version changes', () => {
    edit('GOV.yaml', 'ja: 定期的レビューの実施', 'ja: 定期的なレビューの実施');
    const changed = compileAll(dir);
    expect(changed[0]!.digest).not.toBe(frozen!.digest);
    expect(checkReleased(released, changed)).toEqual([
      `released version 1.0.0 changed: its digest is ${changed[0]!.digest}, but released.json freezes it at ${frozen!.digest}. Released versions must not change; make a new release instead.`,
    ]);
    edit('GOV.yaml', 'ja: 定期的なレビューの実施', 'ja: 定期的レビューの実施');
  });

  it('fails when only a translation or a mapping of a released version changes', () => {
    edit('BLD.yaml', 'en: Completion inspection', 'en: Completion check');
    expect(checkReleased(released, compileAll(dir))).toHaveLength(1);
    edit('BLD.yaml', 'en: Completion check', 'en: Completion inspection');
    edit('CTR.yaml', 'id: A.5.33, relationship: intersects-with, confidence: high', 'id: A.5.34, relationship: intersects-with, confidence: high');
    expect(checkReleased(released, compileAll(dir))).toHaveLength(1);
    edit('CTR.yaml', 'id: A.5.34, relationship: intersects-with, confidence: high', 'id: A.5.33, relationship: intersects-with, confidence: high');
    expect(checkReleased(released, compileAll(dir))).toEqual([]);
  });

  it('does not care about comments and layout of the YAML', () => {
    edit('OPS.yaml', 'items:\n', '# 委員会メモ\nitems:\n');
    expect(checkReleased(released, compileAll(dir))).toEqual([]);
  });

  it('fails when a released version disappears', () => {
    const away = `${dir}-away`;
    renameSync(release, away);
    try {
      expect(checkReleased(released, compileAll(dir))).toEqual(['released version 1.0.0 has disappeared; released versions are frozen and must stay (mark them superseded or withdrawn instead).']);
    } finally {
      renameSync(away, release);
    }
  });
});
