/** Every file under packages/engine/vectors that scripts/generate.ts writes: path → content. */
import { join } from 'node:path';
import { stableStringify } from '@sisc/model';
import { SCORING_RULES_VERSION } from '../src/index.js';
import { DRAFT, DRAFT_VERSION, RELEASE_FILE, VECTOR_CASES } from './_vector-cases.js';
import { applyPatch, runVector, VECTORS_DIR, type VectorInput } from './_vectors.js';

const json = (value: unknown) => `${formatJson(value)}\n`;

/** JSON, indented by two spaces, with every object or array that fits in `width` columns on one line. */
export function formatJson(value: unknown, width = 120, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined || value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + formatJson(v, width, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, width - k.length - 4, inner)}`).join(',\n')}\n${indent}}`;
}

export function vectorFiles(): Map<string, string> {
  const files = new Map<string, string>();
  // The draft as @sisc/criteria ships it, parsed (every default filled in), keys sorted.
  const release = JSON.parse(stableStringify(DRAFT));
  files.set(join(VECTORS_DIR, RELEASE_FILE), `${stableStringify(release, 2)}\n`);
  files.set(
    join(VECTORS_DIR, 'index.json'),
    json({
      scoringRules: SCORING_RULES_VERSION,
      criteria: { scheme: DRAFT.scheme.id, version: DRAFT_VERSION, file: RELEASE_FILE },
      cases: VECTOR_CASES.map((c) => ({ name: c.name, description: c.description, rules: c.rules })),
    }),
  );
  for (const c of VECTOR_CASES) {
    const input: VectorInput = { description: c.description, rules: c.rules, asOf: c.asOf, criteria: `../${RELEASE_FILE}` };
    if (c.criteriaPatch) input.criteriaPatch = c.criteriaPatch;
    const dir = join(VECTORS_DIR, c.name);
    files.set(join(dir, 'input.json'), json(input));
    files.set(join(dir, 'assessment.json'), json(c.assessment));
    const expected = runVector({ input, criteria: applyPatch(release, c.criteriaPatch ?? []), assessment: c.assessment });
    files.set(join(dir, 'expected.json'), json(expected));
  }
  return files;
}
