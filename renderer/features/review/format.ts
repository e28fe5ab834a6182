/** How the review writes rates and intervals: "42 %" and "32–52 %", in the user's locale. */
import { formatPercent, locale } from '../../lib/format';

const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

export const formatRate = formatPercent;
export const formatInterval = (low: number, high: number) => `${formatPercent(low)}–${formatPercent(high)}`;
/** "90% sure the true rate is between 57% and 69%": an interval a seller reads without a statistics course. */
export const formatSure = (low: number, high: number) =>
  `${formatPercent(0.9)} sure the true rate is between ${formatPercent(low)} and ${formatPercent(high)}`;
export const formatDecimal = (n: number | null) => (n === null ? '–' : decimal.format(n));
