/** A misspelt requirement ID, status or option is answered with the one probably meant. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sisc, tempDir } from './_harness.js';

const assessment = (answers: string) => {
  const file = join(tempDir(), 'assessment.yaml');
  writeFileSync(
    file,
    `criteria: { scheme: si-security-certification, version: 1.0.0-draft.1 }
organization: { name: 架空テスト株式会社 }
targetLevel: 1
mode: self-declaration
declaration: { signatory: { name: 試験 花子, role: 代表取締役 }, date: 2026-03-01 }
answers:
${answers}`,
  );
  return file;
};

describe('did you mean', () => {
  it('a misspelt requirement ID (BLD-01.10)', async () => {
    const file = assessment('  BLD-01.10: { status: met }\n');
    const en = await sisc(['evaluate', file, '--as-of', '2026-04-01', '--format', 'json']);
    const issue = JSON.parse(en.stdout).issues.find((i: { code: string }) => i.code === 'unknown-requirement');
    expect(issue.message).toContain('Did you mean BLD-01.01?');
    expect(issue.params).toEqual({ id: 'BLD-01.10', suggestion: 'BLD-01.01' });
    const ja = await sisc(['evaluate', file, '--as-of', '2026-04-01', '--lang', 'ja']);
    expect(ja.stdout).toContain('「BLD-01.10」はこの基準の要求事項ではありません。BLD-01.01 のことですか。');
  });

  it('a status in the wrong case (Met)', async () => {
    const file = assessment('  GOV-01.01: { status: Met }\n');
    const en = await sisc(['validate', file]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Did you mean "met"?');
    const ja = await sisc(['validate', file, '--lang', 'ja']);
    expect(ja.stdout).toContain('"met" のことですか。');
  });

  it('a misspelt option (--asof), in both languages', async () => {
    const file = assessment('  GOV-01.01: { status: met }\n');
    const en = await sisc(['evaluate', file, '--asof', '2026-04-01']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('unknown option --asof. Did you mean --as-of?');
    const ja = await sisc(['evaluate', file, '--asof=2026-04-01', '--lang', 'ja']);
    expect(ja.stderr).toContain('--asof というオプションはありません。--as-of のことですか。');
  });

  it('a misspelt choice (--format jsn), and no guess where nothing is near', async () => {
    const file = assessment('  GOV-01.01: { status: met }\n');
    expect((await sisc(['evaluate', file, '--format', 'jsn'])).stderr).toContain('Did you mean "json"?');
    expect((await sisc(['evaluate', file, '--format', 'pdf'])).stderr).not.toContain('Did you mean');
  });
});
