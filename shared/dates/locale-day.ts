/**
 * One way to write and read a calendar day (YYYY-MM-DD) in the user's locale: the numeric form their locale uses
 * (en-US 12/02/2026, en-GB 02/12/2026, de-DE and fi-FI 02.12.2026), so a field, the text beside it and its
 * validation message all show the same thing. The order and separator come from Intl, never from a table here.
 * Pure and clock-free: pass the locale (navigator.language in the renderer, app.getLocale() in Electron).
 * Changes with: renderer/lib/format.ts (formatDay), renderer/lib/day.ts.
 */

export type DayPart = 'day' | 'month' | 'year';

export interface DayPattern {
  /** The order the locale writes the parts in, e.g. ['month', 'day', 'year'] for en-US. */
  order: DayPart[];
  /** The separator the locale puts between them, e.g. "/" or ".". */
  separator: string;
  /** The pattern shown as a hint and in errors, e.g. "MM/DD/YYYY" or "DD.MM.YYYY". */
  hint: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const HINT: Record<DayPart, string> = { day: 'DD', month: 'MM', year: 'YYYY' };

function numericFormat(locale: string | undefined) {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
}

/** The locale's order and separator for a numeric date. */
export function dayPattern(locale: string | undefined): DayPattern {
  const parts = numericFormat(locale).formatToParts(new Date(Date.UTC(2026, 11, 2)));
  const order = parts.map((p) => p.type).filter((t): t is DayPart => t === 'day' || t === 'month' || t === 'year');
  // Some locales (e.g. hu: "2026. 12. 02.") pad their separator; the trimmed core is what people type.
  const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  return { order, separator, hint: order.map((part) => HINT[part]).join(separator) };
}

/** A calendar day written the locale's numeric way, e.g. "02.12.2026" in de-DE. Throws on a non-day. */
export function formatLocaleDay(day: string, locale: string | undefined): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`Not a calendar day (YYYY-MM-DD): "${day}"`);
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return numericFormat(locale).format(date);
}

export type ParsedDay = { ok: true; day: string } | { ok: false; error: string };

/**
 * Reads what a person typed in their locale's order: any of / . - or spaces between the parts, one- or two-digit
 * day and month, a four-digit year (a two-digit one is read as 20YY). ISO (2026-12-02) is accepted too, since
 * pasted dates and test fills use it. The error names the expected pattern so it can be shown under the field.
 */
export function parseLocaleDay(text: string, locale: string | undefined): ParsedDay {
  const trimmed = text.trim();
  const { order, hint } = dayPattern(locale);
  if (DAY.test(trimmed)) return checkDay(trimmed, hint);
  const pieces = trimmed.split(/[\s./-]+/).filter(Boolean);
  if (pieces.length !== 3 || pieces.some((p) => !/^\d+$/.test(p)))
    return { ok: false, error: `Write the date as ${hint}` };
  const value: Record<DayPart, number> = { day: NaN, month: NaN, year: NaN };
  order.forEach((part, i) => {
    const piece = pieces[i] ?? '';
    value[part] = part === 'year' && piece.length <= 2 ? 2000 + Number(piece) : Number(piece);
  });
  if (order.length !== 3 || String(value.year).length !== 4) return { ok: false, error: `Write the date as ${hint}` };
  return checkDay(`${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`, hint);
}

function checkDay(day: string, hint: string): ParsedDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { ok: false, error: `No such day: write the date as ${hint}` };
  return { ok: true, day };
}
