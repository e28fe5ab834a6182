/** Moving a calendar day (YYYY-MM-DD) by days or months, in UTC so no time zone shifts it. */
import { dayAsUtc } from './day';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The day `days` after (or before) `day`, counted on the calendar so DST never shifts it. */
export function addDays(day: string, days: number): string {
  const date = dayAsUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** The same day `months` later; the 31st becomes the month's last day rather than rolling into the next. */
export function addMonthsTo(day: string, months: number): string {
  const date = dayAsUtc(day);
  const wanted = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(wanted, last));
  return iso(date);
}
