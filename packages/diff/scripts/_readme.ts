/** The generated part of packages/diff/README.md: the semver policy table, from src/bump-rules.ts. */
import { join } from 'node:path';
import type { Bump } from '@sisc/model';
import { BUMP_MEANINGS, BUMP_RULES } from '../src/bump-rules.js';

export const README = join(import.meta.dirname, '..', 'README.md');
const START = '<!-- bump-rules:start (generated from src/bump-rules.ts by `pnpm generate`; do not edit) -->';
const END = '<!-- bump-rules:end -->';

/** The policy table, one row per bump, its changes in the order of BUMP_RULES. */
export function bumpTable(): string {
  const rows = (['major', 'minor', 'patch', 'none'] as const satisfies readonly Bump[]).map((bump) => {
    const changes = Object.values(BUMP_RULES)
      .filter((r) => r.bump === bump)
      .map((r) => r.change.replaceAll('|', '\\|'));
    return `| **${bump}** | ${BUMP_MEANINGS[bump]} | ${changes.join('; ')} |`;
  });
  return ['| bump | when | changes |', '|---|---|---|', ...rows].join('\n');
}

/** The README with its generated table replaced by the current one. Throws when the markers are missing. */
export function withBumpTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README}: the markers of the bump-rule table are missing (${START} … ${END})`);
  return `${readme.slice(0, start + START.length)}\n${bumpTable()}\n${readme.slice(end)}`;
}
