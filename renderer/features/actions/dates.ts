/**
 * Calendar days (YYYY-MM-DD) as the seller reads them: "in 3 days · 18 Mar 2025", in the user's locale (Intl).
 * Days are never parsed with `new Date('2025-03-18')`: see renderer/lib/day.ts for why.
 */
import { dayAsUtc, today } from '../../lib/day';
import { locale } from '../../lib/format';

/** "18 Mar 2025" (or the locale's own medium date): the app-wide day format. */
export { formatDay } from '../../lib/format';

export { today } from '../../lib/day';

/** Whole calendar days from `from` to `to` (positive when `to` is later); DST never skews it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayAsUtc(to).getTime() - dayAsUtc(from).getTime()) / 86_400_000);
}

const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

/** "today", "tomorrow", "in 3 days", "2 weeks ago", "in 4 months": coarser the further away. */
export function relativeDay(day: string, from = today()): string {
  const days = daysBetween(from, day);
  const abs = Math.abs(days);
  if (abs < 14) return relativeFormat.format(days, 'day');
  if (abs < 60) return relativeFormat.format(Math.round(days / 7), 'week');
  if (abs < 730) return relativeFormat.format(Math.round(days / 30.44), 'month');
  return relativeFormat.format(Math.round(days / 365.25), 'year');
}
