/**
 * Exchange rates as people type and read them: "0,92" and "0.92" are the same rate, and the review's rates
 * line is worded once here for the server's sentences and the screen (each passes its own day format).
 * Changes with: shared/contract/rates.ts (Conversion), electron/review/conversion.ts.
 */
import type { Conversion } from './contract/rates';

export type ParsedRate = { ok: true; rate: number } | { ok: false; message: string };

/** A positive rate, with `.` or `,` as the decimal mark; spaces, apostrophes and a lone grouping mark allowed. */
export function parseRate(text: string): ParsedRate {
  const t = text.replace(/[\s\u00a0\u202f']/g, '');
  if (t === '') return { ok: false, message: 'Enter a rate' };
  if (t.startsWith('-')) return { ok: false, message: 'A rate is more than zero' };
  if (!/^[\d.,]+$/.test(t)) return { ok: false, message: 'Use digits, with . or , for decimals, e.g. 0.92' };
  const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
  const mark = t.charAt(last);
  // Both marks: the last one is decimal. One kind, more than once: it groups thousands. Once: decimal.
  const decimal = last < 0 ? '' : t.includes(mark === '.' ? ',' : '.') || t.indexOf(mark) === last ? mark : '';
  const whole = decimal ? t.slice(0, last) : t;
  const normal = `${whole.replace(/[.,]/g, '')}${decimal ? `.${t.slice(last + 1)}` : ''}`;
  const rate = Number(normal);
  if (!Number.isFinite(rate) || normal === '.') return { ok: false, message: 'Use digits, e.g. 0.92' };
  if (rate <= 0) return { ok: false, message: 'A rate is more than zero' };
  if (rate > 1e9) return { ok: false, message: 'Too large for a rate' };
  return { ok: true, rate };
}

export function formatRate(rate: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 }).format(rate);
}

/**
 * "USD at 0.92 from 1 Nov 2026; 3 cases in NOK have no rate and are left out": which rates a value figure
 * used and which cases it could not convert. '' when every case is in the home currency.
 */
export function conversionSentence(c: Conversion, formatDay: (day: string) => string, locale?: string): string {
  const byCurrency = new Map<string, Conversion['used']>();
  for (const u of c.used) byCurrency.set(u.currency, [...(byCurrency.get(u.currency) ?? []), u]);
  const used = [...byCurrency].map(([currency, list]) => {
    const latest = [...list].sort((a, b) => (a.fromOn < b.fromOn ? 1 : -1));
    const shown = latest.slice(0, 2).map((u) => `${formatRate(u.rate, locale)} from ${formatDay(u.fromOn)}`);
    const more = latest.length > 2 ? ` and ${latest.length - 2} earlier rate${latest.length === 3 ? '' : 's'}` : '';
    return `${currency} at ${shown.join(' and ')}${more}`;
  });
  const missing = c.missing.map(
    (m) => `${m.cases} case${m.cases === 1 ? '' : 's'} in ${m.currency} ${m.cases === 1 ? 'has' : 'have'} no rate`,
  );
  const parts = [
    ...(used.length ? [used.join(', ')] : []),
    ...(missing.length
      ? [`${missing.join(', ')} and ${c.missing.reduce((t, m) => t + m.cases, 0) === 1 ? 'is' : 'are'} left out`]
      : []),
  ];
  return parts.join('; ');
}

/** The line under a value figure, "Open values in EUR: USD at 0.92 from 1 Nov 2026."; '' when nothing converted. */
export function conversionNote(what: string, c: Conversion): string {
  return c.sentence ? `${what} in ${c.home}: ${c.sentence}.` : '';
}
