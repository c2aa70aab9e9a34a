/**
 * ISO 8601 calendar durations (PnYnMnWnD) and calendar dates (YYYY-MM-DD), computed in UTC
 * so results never depend on the machine's time zone.
 */
export const ISO_DURATION = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

export function parseDuration(text: string): Duration | undefined {
  const m = ISO_DURATION.exec(text);
  if (!m) return undefined;
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]) };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * True when the text is a real calendar date in the form YYYY-MM-DD. In arithmetic, not a regex:
 * it is called for every date of every document.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const m = digit(text, 5) * 10 + digit(text, 6);
  const d = digit(text, 8) * 10 + digit(text, 9);
  if (Number.isNaN(y + m + d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1]!);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch of a UTC calendar day; exact for years 0–99 too (Date.UTC is not). */
function utcDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/**
 * Adds a duration to a date. Months and years are calendar steps; a day that does not exist in
 * the target month is clamped to its last day (2024-01-31 + P1M = 2024-02-29).
 */
export function addDuration(date: string, duration: string | Duration): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  const m = ISO_DATE.exec(date);
  if (!d || !m) throw new RangeError(`cannot add "${String(duration)}" to "${date}"`);
  let year = Number(m[1]) + d.years;
  let month = Number(m[2]) + d.months;
  year += Math.floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  const t = new Date(utcDay(year, month, day) + (d.weeks * 7 + d.days) * 86_400_000);
  const y = t.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`"${date}" + "${String(duration)}" is outside the years 0000–9999`);
  return `${String(y).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** Compares durations by where they land from a fixed reference date. */
export function compareDurations(a: string, b: string): number {
  const ref = '2000-01-31';
  const x = addDuration(ref, a);
  const y = addDuration(ref, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
