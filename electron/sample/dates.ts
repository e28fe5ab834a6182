/**
 * Calendar arithmetic for the simulation. Days are whole numbers (days since 1970-01-01) so a hundred thousand
 * cases can add and compare dates without parsing strings; they become YYYY-MM-DD and ISO timestamps only when
 * written. Every timestamp comes from a simulated day, never from the clock.
 */
import type { Random } from './random';

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  const time = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March: a day that does not round-trip does not exist.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`No such day: ${day}`);
  }
  return time / DAY_MS;
}

const formatted = new Map<number, string>();

/** YYYY-MM-DD; memoised, since a sample names the same thousand days millions of times. */
export function dayString(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}

/** The same day `months` earlier (clamped to the month's end), as a day number. */
export function monthsBefore(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) / DAY_MS;
}

/** A timestamp in office hours (07:00–18:00 UTC) of a simulated day. */
export function stampOn(day: number, random: Random): string {
  const seconds = random.int(7 * 3600, 18 * 3600 - 1);
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${dayString(day)}T${hh}:${mm}:${ss}.000Z`;
}

/** Today in the local calendar: the default end of the simulated history (the app's review does the same). */
export { localDay as localToday } from '../../shared/day';
