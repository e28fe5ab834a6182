/** Numbers, money and dates in the user's own locale (Intl), never hard-coded formats. */
import { formatMoney as formatMoneyIn } from '../../shared/money';
import { dayAsUtc, isDay } from './day';

// Typed here, not inferred: tests import this module under Node, where `navigator` has no type.
export const locale: string | undefined = typeof navigator === 'undefined' ? undefined : navigator.language;

export const formatMoney = (minor: number, currency: string, opts?: { compact?: boolean }) =>
  formatMoneyIn(minor, currency, locale, opts);

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
// Days are held at UTC midnight (./day.ts), so they are written in UTC: the same day in every time zone.
const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat(locale);

/** A calendar day (YYYY-MM-DD), e.g. "1 Mar 2026", whatever the user's time zone. */
export const formatDay = (day: string) => dayFormat.format(dayAsUtc(day));
/** A calendar day as itself, or the date of an instant (ISO timestamp) on the user's own clock. */
export const formatDate = (value: string) => (isDay(value) ? formatDay(value) : dateFormat.format(new Date(value)));
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
export const formatNumber = (n: number) => numberFormat.format(n);
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
/**
 * A share on screen, "42%" in the user's locale, "–" for none. The screen's one percentage format; sentences built
 * by the analytics and the CLI use shared/stats' `percent` ("42 %"), which is fixed so that they read the same
 * everywhere they are printed.
 */
export const formatPercent = (share: number | null) => (share === null ? '–' : percentFormat.format(share));
