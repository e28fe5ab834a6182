/**
 * Dates as CRMs export them, to ISO calendar days (YYYY-MM-DD). Day/month order is a property of the column,
 * not of one cell: `profileDates` looks at every value, and a column where nothing tells D/M/Y from M/D/Y is
 * reported as ambiguous so the user is asked; it is never guessed.
 *
 * Two-digit years use the POSIX `%y` pivot: 69–99 → 1969–1999, 00–68 → 2000–2068.
 * Times and zones are dropped: the day is the day as written in the file (a CRM writes the seller's day).
 * Spreadsheet serial numbers (1900 date system, as Excel and Google Sheets write them) count days from 1899-12-30.
 */

export type DateOrder = 'dmy' | 'mdy';
export type ColumnOrder = DateOrder | 'ambiguous' | 'any';

export type ParsedDate = { ok: true; day: string } | { ok: false; reason: string };

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const time = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?`;
const isoRe = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${time}$`);
const numericRe = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${time}$`);
const serialRe = /^\d{4,5}(?:\.\d+)?$/;

export function twoDigitYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

function day(y: number, m: number, d: number): ParsedDate {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: 'not a real date' };
  }
  return { ok: true, day: date.toISOString().slice(0, 10) };
}

/** Days since 1899-12-30: Excel's epoch, which absorbs its phantom 29 February 1900 for all modern dates. */
export function serialToDay(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function year(text: string): number {
  return text.length === 2 ? twoDigitYear(Number(text)) : Number(text);
}

/** Numeric D/M/Y or M/D/Y parts of a cell, or null when the cell is not written that way. */
function numericParts(text: string): [number, number, number] | null {
  const m = numericRe.exec(text);
  return m ? [Number(m[1]), Number(m[3]), year(m[4] ?? '')] : null;
}

function monthName(word: string): number {
  const i = months.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 && /^[a-z]+\.?$/i.test(word) ? i + 1 : 0;
}

/** "15 Apr, 2021 00:02:00", "Apr 15 2021", "April 15, 2021", "15-Apr-21", "Thu Apr 15 2021". */
function withMonthName(text: string): ParsedDate | null {
  const head = text.replace(/\s\d{1,2}:\d{2}.*$/, '');
  const words = head.split(/[\s,/-]+/).filter((w) => w !== '');
  const month = words.map(monthName).find((m) => m > 0);
  if (month === undefined) return null;
  const numbers = words.filter((w) => /^\d{1,4}$/.test(w));
  if (numbers.length !== 2) return { ok: false, reason: 'cannot find day and year' };
  const [a = '', b = ''] = numbers;
  const [d, y] = a.length === 4 ? [b, a] : [a, b];
  if (d.length > 2) return { ok: false, reason: 'cannot find the day' };
  return day(year(y), month, Number(d));
}

/** Reads one cell; `order` is needed only for numeric D/M/Y–M/D/Y cells. Blank cells are the caller's business. */
export function parseDate(text: string, order: DateOrder | null): ParsedDate {
  const t = text.trim();
  const iso = isoRe.exec(t);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (serialRe.test(t)) {
    const serial = Number(t);
    if (serial >= 20_000 && serial <= 80_000) return { ok: true, day: serialToDay(serial) };
    return { ok: false, reason: 'number out of range for a date' };
  }
  const parts = numericParts(t);
  if (parts) {
    const [p1, p2, y] = parts;
    if (order === null) {
      if (p1 === p2 || p1 > 12 || p2 > 12) return day(y, Math.min(p1, p2), Math.max(p1, p2));
      return { ok: false, reason: 'day/month order not known' };
    }
    return order === 'dmy' ? day(y, p2, p1) : day(y, p1, p2);
  }
  return withMonthName(t) ?? { ok: false, reason: 'not a date' };
}

/** Collects evidence about a column's day/month order, one value at a time (bounded memory). */
export class DateOrderProfile {
  private dmy = false;
  private mdy = false;
  private numeric = false;

  add(text: string): void {
    const parts = numericParts(text.trim());
    if (!parts) return;
    const [p1, p2] = parts;
    if (p1 !== p2) this.numeric = true;
    if (p1 > 12) this.dmy = true;
    if (p2 > 12) this.mdy = true;
  }

  /** 'any' when order cannot matter (no numeric dates, or only days like 03/03). Contradictions are asked too. */
  get order(): ColumnOrder {
    if (this.dmy && !this.mdy) return 'dmy';
    if (this.mdy && !this.dmy) return 'mdy';
    return this.numeric ? 'ambiguous' : 'any';
  }
}
