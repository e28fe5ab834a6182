/** How the review writes rates and intervals: "42 %" and "32–52 %", in the user's locale. */
import { locale } from '../../lib/format';

const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

export const formatRate = (rate: number | null) => (rate === null ? '–' : percent.format(rate));
export const formatInterval = (low: number, high: number) => `${percent.format(low)}–${percent.format(high)}`;
export const formatDecimal = (n: number | null) => (n === null ? '–' : decimal.format(n));
