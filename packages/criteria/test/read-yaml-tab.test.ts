import { describe, expect, it } from 'vitest';
import { readYaml } from '@sisc/criteria';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('readYaml and a tab', () => {
  it.each([
    ['in a nested mapping, before more keys', lines('answers:', '  GOV-01.01:', '\tstatus: met', '  GOV-01.02: { status: met }', '  GOV-01.03: { status: met }', '  GOV-02.01:', '    status: met'), 3],
    ['at the start of a mapping', lines('declaration:', '\tsignatory: { name: a, role: b }', '  date: 2026-03-01', 'answers: {}'), 2],
  ])('%s: one error, at the line of the tab', (_name, text, line) => {
    const read = readYaml(text);
    expect(read.problems.map((p) => [p.severity, p.code, p.line])).toEqual([['error', 'TAB_AS_INDENT', line]]);
  });

  it('two tabs: one error each', () => {
    const read = readYaml(lines('a:', '\tb: 1', 'c:', '\td: 2'));
    expect(read.problems.map((p) => p.line)).toEqual([2, 4]);
  });

  it('other errors are still all reported when there is no tab', () => {
    const read = readYaml(lines('a: [1, 2', 'b: 3'));
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => p.code !== 'TAB_AS_INDENT')).toBe(true);
  });
});
