/**
 * Where the full checks (the zod schemas, with every issue they find) are found once they are
 * loaded. parse.ts registers them when it loads; a browser bundle that imports only `evaluate`
 * leaves parse.ts and zod out of its initial load, and loads them with `import('@sisc/model')`
 * (the engine's `loadDiagnostics()`) when it needs them.
 */
import type { SafeParseResult } from './parse.js';
import type { Assessment } from './schemas/assessment.js';
import type { CriteriaRelease } from './schemas/criteria.js';

export interface FullChecks {
  safeParseAssessment(input: unknown): SafeParseResult<Assessment>;
  safeParseCriteria(input: unknown): SafeParseResult<CriteriaRelease>;
}

let loaded: FullChecks | undefined;

/** Called by parse.ts as it loads. */
export function registerFullChecks(checks: FullChecks): void {
  loaded = checks;
}

/** The full checks, or undefined while they are not loaded (only in a bundle that left them out). */
export function loadedChecks(): FullChecks | undefined {
  return loaded;
}
