import { dayAsUtc } from '../../lib/day';

/** The calendar day `days` after `day` (YYYY-MM-DD), counted on the calendar so DST never shifts it. */
export function addDays(day: string, days: number): string {
  const date = dayAsUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
