/**
 * Calendar days (YYYY-MM-DD) as the seller reads them: "in 3 days · 18 Mar 2025", in the user's locale (Intl).
 * A day is parsed as local midnight: `new Date('2025-03-18')` would be UTC and show the day before west of Greenwich.
 */
import { locale } from '../../lib/format';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the seller's own clock, YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later); DST never skews it. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

/** "18 Mar 2025" (or the locale's own medium date). */
export function formatDay(day: string): string {
  return dayFormat.format(localDate(day));
}

/** "today", "tomorrow", "in 3 days", "2 weeks ago", "in 4 months": coarser the further away. */
export function relativeDay(day: string, from = today()): string {
  const days = daysBetween(from, day);
  const abs = Math.abs(days);
  if (abs < 14) return relativeFormat.format(days, 'day');
  if (abs < 60) return relativeFormat.format(Math.round(days / 7), 'week');
  if (abs < 730) return relativeFormat.format(Math.round(days / 30.44), 'month');
  return relativeFormat.format(Math.round(days / 365.25), 'year');
}
