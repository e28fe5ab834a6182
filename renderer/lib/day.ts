/**
 * Calendar days (YYYY-MM-DD: due dates, close dates, the day of an interaction) are a square on a wall
 * calendar, not an instant. `new Date('2026-03-01')` is UTC midnight, which a formatter on the user's clock shows
 * as 28 February anywhere west of Greenwich. So a day is read as its UTC midnight and formatted in UTC: both ends
 * agree and the machine's time zone never enters.
 * Changes with: renderer/lib/format.ts (formatDay), renderer/features/actions/dates.ts.
 */
import { localDay } from '../../shared/day';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar day, false for a timestamp or anything else. */
export const isDay = (value: string) => DAY.test(value);

/** The day as a Date at its UTC midnight; format it only with `timeZone: 'UTC'`. Throws on a day that does not exist. */
export function dayAsUtc(day: string): Date {
  const match = DAY.exec(day);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
  date.setUTCFullYear(y, m - 1, d);
  // 2026-02-30 would otherwise roll quietly into March (and a non-day gives NaN, which equals nothing).
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  return date;
}

/** Today on the seller's own clock, YYYY-MM-DD: the screens' one "which day is it" (shared/day.ts). */
export function today(now = new Date()): string {
  return localDay(now);
}
