import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('example and test data', () => {
  it("use fictional corporate numbers: the National Tax Agency's real one only in the check-digit test", () => {
    const r = spawnSync('git', ['grep', '-l', '7000012050002', '--', '.', ':!test/repo/fictional-data.test.ts'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toEqual(['packages/model/test/primitives.test.ts']);
  });
});
