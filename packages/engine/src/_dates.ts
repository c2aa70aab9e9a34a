import { addDuration, ISO_DATE, type Duration } from '@sisc/model/core';

/** The latest date a result can name; dates computed beyond it are capped to it. */
export const LAST_DATE = '9999-12-31';

/**
 * `date` + `duration`, as a YYYY-MM-DD date (see addDuration in @sisc/model). A sum past year
 * 9999 is capped to 9999-12-31, so a huge duration means "does not expire" instead of a crash.
 */
export function addDurationCapped(date: string, duration: Duration): string {
  try {
    const out = addDuration(date, duration);
    return ISO_DATE.test(out) ? out : LAST_DATE;
  } catch {
    return LAST_DATE;
  }
}
