/**
 * Money is integer minor units plus an ISO currency code. These helpers convert between that and what a person
 * types or reads, using Intl so that JPY has no decimals and BHD has three.
 */

export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(
  minor: number,
  currency: string,
  locale?: string,
  opts: { compact?: boolean } = {},
): string {
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  // Round amounts read best without ".00"; any other amount shows all its digits (€4,200.50, never €4,200.5).
  const shown = minor % 10 ** digits === 0 ? 0 : digits;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(opts.compact
        ? { notation: 'compact', maximumFractionDigits: 1 }
        : { minimumFractionDigits: shown, maximumFractionDigits: shown }),
    }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

export type ParsedMoney = { ok: true; minor: number } | { ok: false; message: string };

/**
 * Reads an amount as typed: "12500", "12 500,50", "12,500.50", "€1.2k" is refused rather than guessed.
 * The last `.` or `,` followed by at most the currency's digits is the decimal mark; other separators group.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  const digits = currencyDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter an amount' };
  if (cleaned.startsWith('-')) return { ok: false, message: 'Cannot be negative' };
  if (!/^[\d.,]+$/.test(cleaned)) return { ok: false, message: 'Use digits, with . or , for decimals' };
  const lastMark = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  let whole = cleaned;
  let fraction = '';
  if (lastMark >= 0) {
    const tail = cleaned.slice(lastMark + 1);
    const marks = cleaned.match(/[.,]/g) ?? [];
    const isDecimal = tail.length > 0 && tail.length <= digits && (marks.length === 1 || tail.length !== 3);
    if (isDecimal) {
      whole = cleaned.slice(0, lastMark);
      fraction = tail;
      // "12,5,0" has two decimal marks: refuse it rather than guess which one the person meant.
      if (whole.includes(cleaned.charAt(lastMark))) return { ok: false, message: 'Use one decimal mark' };
    } else if (tail.length !== 3) {
      return {
        ok: false,
        message: digits === 0 ? `${currency} has no decimals` : `Write it like 12500.${'5'.padEnd(digits, '0')}`,
      };
    }
  }
  if (!hasValidGrouping(whole)) return { ok: false, message: 'Check the thousands separators, e.g. 12,500' };
  whole = whole.replace(/[.,]/g, '');
  if (whole === '' && fraction === '') return { ok: false, message: 'Enter an amount' };
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'Too large' };
  return { ok: true, minor };
}

/** Thousands separators, if any, are one kind of mark splitting the digits into groups of three. */
function hasValidGrouping(whole: string): boolean {
  const marks = new Set(whole.match(/[.,]/g) ?? []);
  if (marks.size === 0) return true;
  if (marks.size > 1) return false;
  const [first = '', ...rest] = whole.split(/[.,]/);
  return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
}

/** The amount as an editable string, without grouping, e.g. 1250050 EUR → "12500.5". */
export function minorToInput(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const major = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return fraction ? `${major}.${fraction}` : String(major);
}
