/** `sisc render --help` offers only formats that work, and each one it offers does. */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../src/_help.js';
import { FORMATS } from '../src/commands/_render.js';
import { sisc, tempDir } from './_harness.js';

const VENDOR = 'docs/examples/level1-small-vendor.yaml';
const args: Record<string, string[]> = {
  standard: [],
  checklist: ['--level', '1'],
  declaration: [VENDOR, '--as-of', '2026-04-01'],
  report: [VENDOR, '--as-of', '2026-04-01'],
  changelog: ['1.0.0-draft.1', '1.0.0-draft.1'],
};

describe('sisc render formats', () => {
  it('the help names, for each document, exactly the formats it renders', () => {
    const usage = COMMAND_HELP.render!.usage;
    for (const [doc, formats] of Object.entries(FORMATS)) {
      const line = usage.find((u) => u.startsWith(`sisc render ${doc} `));
      expect(line, doc).toBeDefined();
      expect(line!.match(/--format ([a-z|]+)/)?.[1]?.split('|'), doc).toEqual([...formats]);
    }
    const offered = new Set(Object.values(FORMATS).flat());
    const option = COMMAND_HELP.render!.options.find(([name]) => name.startsWith('--format'))!;
    expect(new Set(option[0].replace('--format ', '').split('|'))).toEqual(offered);
  });

  // PDF needs Chromium and is covered by test/pdf.test.ts.
  const cases = Object.entries(FORMATS).flatMap(([doc, formats]) => formats.filter((f) => f !== 'pdf').map((f) => [doc, f] as const));
  it.each(cases)('render %s --format %s works', async (doc, format) => {
    const out = `${tempDir()}/out.${format}`;
    const r = await sisc(['render', doc, ...args[doc]!, '--format', format, '--out', out]);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(r.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(100);
  });

  it('a format a document does not have is refused, naming the ones it has', async () => {
    const r = await sisc(['render', 'standard', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"markdown", "html", "pdf"');
  });
});
