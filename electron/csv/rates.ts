/**
 * A CSV of exchange rates to rows: a date, a currency and a rate column, found by their header whatever the
 * file calls them ("Date", "valid from", "Currency", "code", "Rate", "EUR per unit"…) and in any order; a
 * byte-order mark, `;` or tab as delimiter and decimal commas are read as meant. A row that cannot be read is
 * reported with its line and why, never guessed. Changes with: electron/services/rates.ts (the only caller).
 */
import { CsvError } from 'csv-parse/sync';
import { parseRate } from '../../shared/rates';
import { parseDate } from './dates';
import { detectDelimiter, forEachRecord } from './parse';

export interface RateRow {
  line: number;
  currency: string;
  rate: number;
  fromOn: string;
}

export interface RatesCsv {
  rows: RateRow[];
  errors: { line: number; message: string }[];
}

const headerWords = {
  date: /date|day|from|valid|since|effective|as of|datum|fecha/i,
  currency: /currency|code|curr|ccy|iso|valuta|devise|währung/i,
  rate: /rate|value|price|per|kurs|fx|exchange|taux/i,
};

function columnsOf(header: string[]): { date: number; currency: number; rate: number } | null {
  const find = (re: RegExp, taken: number[]) => header.findIndex((h, i) => !taken.includes(i) && re.test(h));
  const date = find(headerWords.date, []);
  const currency = find(headerWords.currency, [date]);
  const rate = find(headerWords.rate, [date, currency]);
  return date < 0 || currency < 0 || rate < 0 ? null : { date, currency, rate };
}

export function readRatesCsv(text: string): RatesCsv {
  const clean = text.replace(/^\ufeff/, '');
  const rows: RateRow[] = [];
  const errors: RatesCsv['errors'] = [];
  if (clean.trim() === '') return { rows, errors: [{ line: 1, message: 'The file is empty.' }] };
  // A decimal comma splits "0,92" under a comma delimiter only when the file uses `;`: detection sees that.
  const delimiter = detectDelimiter(clean);
  let cols: ReturnType<typeof columnsOf> = null;
  let header = true;
  let lastLine = 0;
  try {
    readRecords();
  } catch (error) {
    // A broken file is the user's to fix, answered like any other row's error, never as a crash.
    if (!(error instanceof CsvError)) throw error;
    // A quote left open swallows the rest of the file: it opened on the line after the last record read.
    const line =
      error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : typeof error.lines === 'number' ? error.lines : 1;
    errors.push({
      line,
      message:
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'A quote opened on this line is never closed, so the rest of the file cannot be read.'
          : 'This line cannot be read as CSV, so the rest of the file cannot be read.',
    });
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 1, message: 'No rates found below the header.' });
  return { rows, errors };

  function readRecords(): void {
    forEachRecord(clean, delimiter, ({ line, cells }) => {
      lastLine = line;
      if (header) {
        header = false;
        cols = columnsOf(cells.map((cell) => cell.trim()));
        if (!cols) {
          errors.push({
            line,
            message: 'The first row should name the columns: date, currency and rate (e.g. date,currency,rate).',
          });
        }
        return;
      }
      const c = cols;
      if (!c) return;
      const problems: string[] = [];
      const currency = (cells[c.currency] ?? '').trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency))
        problems.push(`currency "${cells[c.currency] ?? ''}" is not a three-letter code`);
      const date = parseDate(cells[c.date] ?? '', 'dmy');
      if (!date.ok) problems.push(`date "${cells[c.date] ?? ''}": ${date.reason}`);
      const rate = parseRate(cells[c.rate] ?? '');
      if (!rate.ok) problems.push(`rate "${cells[c.rate] ?? ''}": ${rate.message}`);
      if (problems.length || !date.ok || !rate.ok) {
        errors.push({ line, message: problems.join('; ') });
        return;
      }
      rows.push({ line, currency, rate: rate.rate, fromOn: date.day });
    });
  }
}
