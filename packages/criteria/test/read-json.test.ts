import { describe, expect, it } from 'vitest';
import { readJson } from '../src/index.js';

describe('readJson: where a syntax error is', () => {
  it.each([
    ['a file cut off in the middle of an object', '{\n  "a": 1,\n  "b": [1, 2', { line: 3, column: 13 }],
    ['a file cut off after a key', '{\n  "organization":', { line: 2, column: 18 }],
    ['a stray character', '{\n  "a": 1,\n  "b": x\n}', { line: 3, column: 8 }],
    ['a stray character far into a long file', `{\n  "organization": { "name": "Example" },\n  "answers": { "GOV-01.01": { "status": met } }\n}`, { line: 3, column: 41 }],
    ['an empty file', '', { line: 1, column: 1 }],
  ])('%s is reported at the place it happens', (_name, text, at) => {
    const r = readJson(text);
    expect(r.value).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'UNREADABLE', ...at });
    expect(r.problems[0]!.message).not.toMatch(/position \d+/);
  });
});
