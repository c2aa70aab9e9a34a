/**
 * `@sisc/model/diagnostics`: the full checks (zod) on their own, for code that loads them lazily
 * (the engine's `loadDiagnostics()`). Importing it registers them (see _full-checks.ts). In the
 * published build it is the same module as `@sisc/model`.
 */
export { safeParseAssessment, safeParseCriteria } from './parse.js';
