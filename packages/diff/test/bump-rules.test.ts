import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { README, withBumpTable } from '../scripts/_readme.js';
import { BUMP_RULES, bumpOf } from '../src/index.js';

describe('the semver bump rules (one table)', () => {
  it('write the policy table of the README (run `pnpm generate` when this fails)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(withBumpTable(readme)).toBe(readme);
    for (const rule of Object.values(BUMP_RULES)) expect(readme).toContain(rule.change.replaceAll('|', '\\|'));
  });

  it('are each used by the diff: a rule no code looks up would document a bump nothing gives', () => {
    const source = readFileSync(join(import.meta.dirname, '..', 'src', '_changes.ts'), 'utf8');
    const unused = Object.keys(BUMP_RULES).filter((id) => !source.includes(`'${id}'`));
    expect(unused).toEqual([]);
  });

  it('are frozen records', () => {
    expect(Object.isFrozen(BUMP_RULES)).toBe(true);
    expect(Object.isFrozen(BUMP_RULES['level-removed'])).toBe(true);
    expect(bumpOf('level-removed')).toBe('major');
    expect(bumpOf('lifecycle-changed')).toBe('none');
  });
});
