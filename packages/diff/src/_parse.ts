import { ValidationError, safeParseCriteria, type CriteriaRelease } from '@sisc/model';

/** Parses a criteria release given by the caller; an invalid one is the caller's mistake, so it throws. */
export function parseRelease(input: unknown, role: 'from' | 'to'): CriteriaRelease {
  const parsed = safeParseCriteria(input);
  if (!parsed.success) throw new ValidationError('invalid-criteria', `The "${role}" criteria release`, parsed.issues);
  return parsed.data;
}
