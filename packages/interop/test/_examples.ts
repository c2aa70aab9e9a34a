/** The example assessments of docs/examples, parsed and evaluated, as the tests use them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCriteria } from '@sisc/criteria';
import { evaluateOrThrow } from '@sisc/engine';
import { parseAssessment, type Assessment, type CriteriaRelease, type EvaluationResult } from '@sisc/model';
import { parse } from 'yaml';

export const AS_OF = '2026-04-01';
const dir = join(import.meta.dirname, '..', '..', '..', 'docs', 'examples');

export interface Example {
  name: string;
  release: CriteriaRelease;
  assessment: Assessment;
  result: EvaluationResult;
}

export const EXAMPLES: Example[] = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()
  .map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const assessment = parseAssessment(file.endsWith('.json') ? JSON.parse(raw) : parse(raw));
    const release = getCriteria(assessment.criteria.version);
    const result = evaluateOrThrow(release, assessment, { asOf: AS_OF });
    return { name: file.replace(/\.(ya?ml|json)$/, ''), release, assessment, result };
  });
