/** Numbers, money and dates in the user's own locale (Intl), never hard-coded formats. */
import { formatMoney as formatMoneyIn } from '../../shared/money';

export const locale = typeof navigator === 'undefined' ? undefined : navigator.language;

export const formatMoney = (minor: number, currency: string, opts?: { compact?: boolean }) =>
  formatMoneyIn(minor, currency, locale, opts);

const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat(locale);

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
export const formatNumber = (n: number) => numberFormat.format(n);
