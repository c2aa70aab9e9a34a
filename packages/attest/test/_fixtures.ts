import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { criteriaVersions, getCriteria, readYaml } from '@sisc/criteria';
import type { CriteriaRelease } from '@sisc/model';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');

export const SIGNER_KEY = readFileSync(join(FIXTURES, 'signer.key'), 'utf8');
export const SIGNER_PUB = readFileSync(join(FIXTURES, 'signer.pub'), 'utf8');
export const OTHER_KEY = readFileSync(join(FIXTURES, 'other.key'), 'utf8');
export const OTHER_PUB = readFileSync(join(FIXTURES, 'other.pub'), 'utf8');

/** Every shipped release, as a verifier trusts them. */
export const RELEASES: CriteriaRelease[] = criteriaVersions().map((v) => getCriteria(v));
export const DRAFT = getCriteria('1.0.0-draft.1');

/** An example of docs/examples as its JSON data (YAML read as JSON, nothing filled in). */
export function example(name: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, 'docs', 'examples', name), 'utf8');
  if (name.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>;
  const read = readYaml(text);
  if (read.value === undefined) throw new Error(`${name}: ${read.problems.map((p) => p.message).join('; ')}`);
  return read.value as Record<string, unknown>;
}

export const EXAMPLES = ['level1-small-vendor.yaml', 'level1-with-gaps.json', 'level2-infrastructure-audit.yaml'] as const;
export const AS_OF = '2026-04-01';

export function decodePayload(payload: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Record<string, unknown>;
}
