/**
 * Amounts as CRMs and spreadsheets export them, to integer minor units plus an ISO currency code:
 * "$22,700.00", "3.100,50 €", "1 234,5", "EUR 1.200", "(1,200.00)" (accounting negative).
 * Which mark is the decimal one is decided by the value when it can be ("3.100,50", "1234,5", "1.234.567"),
 * else by the column (`DecimalProfile`), else a lone mark before three digits groups thousands ("1,200" = 1200).
 * A value that cannot be read is an error for the row, never a zero. Minor digits come from shared/money.ts.
 */
import { currencyDigits as digitsOf } from '../../shared/money';

export type DecimalMark = '.' | ',';

/** Intl lookups cost microseconds each; a 100,000-row file asks for the same one or two currencies. */
const digitsCache = new Map<string, number>();
function currencyDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d = digitsOf(currency);
    digitsCache.set(currency, d);
  }
  return d;
}
export type ParsedAmount = { ok: true; minor: number; currency: string | null } | { ok: false; reason: string };

const symbols: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', R$: 'BRL' };
const dollarCurrencies = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

interface Split {
  negative: boolean;
  number: string;
  currency: string | null;
}

/** Separates sign, currency and the digits-with-marks; null when something else is in the cell. */
function split(text: string, defaultCurrency: string): Split | null {
  let t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  let currency: string | null = null;
  const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(t);
  if (code) {
    currency = code[1] ?? code[2] ?? null;
    t = t.replace(code[0], '');
  }
  const symbol = /^(-?)\s*(R\$|[$€£¥₹])\s*|\s*(R\$|[$€£¥₹])$/.exec(t);
  if (symbol) {
    const s = symbol[2] ?? symbol[3] ?? '';
    const fromSymbol = s === '$' && dollarCurrencies.has(defaultCurrency) ? defaultCurrency : (symbols[s] ?? null);
    if (currency !== null && currency !== fromSymbol) return null;
    currency = fromSymbol;
    t = (symbol[1] ?? '') + t.replace(symbol[0], '');
  }
  t = t.trim();
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1).trim();
  } else if (t.endsWith('-')) {
    negative = !negative;
    t = t.slice(0, -1).trim();
  }
  t = t.replace(/[ ']/g, '');
  if (!/^(\d|[.,]\d)[\d.,]*$/.test(t)) return null;
  return { negative, number: t, currency };
}

/** The decimal mark this value alone proves, or null when it could be either ("1,200", "1200"). */
export function decimalEvidence(number: string): DecimalMark | null {
  const dots = number.split('.').length - 1;
  const commas = number.split(',').length - 1;
  if (dots > 0 && commas > 0) return number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',';
  const mark = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (mark === null) return null;
  if (dots + commas > 1) return mark === '.' ? ',' : '.';
  const tail = number.length - number.indexOf(mark) - 1;
  return tail === 3 ? null : mark;
}

/** Evidence from a whole column: the mark most values prove, or null when none proves anything. */
export class DecimalProfile {
  private dot = 0;
  private comma = 0;

  add(text: string): void {
    const s = split(text, 'XXX');
    const mark = s ? decimalEvidence(s.number) : null;
    if (mark === '.') this.dot++;
    if (mark === ',') this.comma++;
  }

  get mark(): DecimalMark | null {
    if (this.dot === 0 && this.comma === 0) return null;
    return this.dot >= this.comma ? '.' : ',';
  }
}

/**
 * Reads one amount. `columnMark` is the column's decision (or the mapping's); `defaultCurrency` applies when the
 * cell names none. Negative amounts are returned as such: whether they are allowed is the caller's rule.
 */
export function parseAmount(text: string, defaultCurrency: string, columnMark: DecimalMark | null): ParsedAmount {
  const s = split(text, defaultCurrency);
  if (!s) return { ok: false, reason: 'not an amount' };
  const currency = s.currency ?? defaultCurrency;
  const mark = decimalEvidence(s.number) ?? columnMark;
  const group = mark === ',' ? '.' : ',';
  let whole = s.number;
  let fraction = '';
  if (mark !== null && whole.includes(mark)) {
    if (whole.split(mark).length > 2) return { ok: false, reason: 'two decimal marks' };
    [whole = '', fraction = ''] = whole.split(mark);
  }
  if (whole.includes(group) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(whole)) {
    return { ok: false, reason: 'thousands separators out of place' };
  }
  whole = whole.replace(/[.,]/g, '');
  const digits = currencyDigits(currency);
  if (fraction.length > digits) return { ok: false, reason: `more decimals than ${currency} has` };
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'too large' };
  return { ok: true, minor: s.negative && minor !== 0 ? -minor : minor, currency: s.currency };
}
