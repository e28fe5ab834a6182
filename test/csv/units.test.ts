import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { normaliseName } from '../../shared/text/normalise-name';
import { decodeCsv } from '../../electron/csv/decode';
import {
  cleanHeaders,
  detectDelimiter,
  forEachRecord,
  looksLikeHeader,
  type CsvRecord,
} from '../../electron/csv/parse';
import { DateOrderProfile, parseDate, serialToDay } from '../../electron/csv/dates';
import { DecimalProfile, parseAmount } from '../../electron/csv/amounts';
import { decideOutcome, outcomeFromText, type ImportOutcome } from '../../electron/csv/outcome';

const records = (text: string, d: ',' | ';' | '\t' | '|' = ',') => {
  const out: CsvRecord[] = [];
  forEachRecord(text, d, (r) => out.push(r));
  return out;
};

describe('normaliseName', () => {
  test('case, accents, whitespace and compatibility forms fold to one key', () => {
    expect(normaliseName('  Acmé   GmbH ')).toBe('acme gmbh');
    expect(normaliseName('ＡＣＭＥ')).toBe('acme');
    expect(normaliseName('Straße')).toBe(normaliseName('STRASSE'));
    expect(normaliseName('Acme\tInc')).toBe('acme inc');
    expect(normaliseName('Acme')).not.toBe(normaliseName('Acne'));
  });
});

describe('decode', () => {
  const text = 'Name,City\nJosé,Zürich €\n';
  test('UTF-8 with and without BOM', () => {
    expect(decodeCsv(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
  });
  test('UTF-16 LE and BE with BOM', () => {
    expect(decodeCsv(iconv.encode(text, 'utf-16le', { addBOM: true }))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsv(iconv.encode(text, 'utf-16be', { addBOM: true }))).toEqual({ text, encoding: 'utf-16be' });
  });
  test('Windows-1252 and ISO-8859-1 decode to the same letters', () => {
    const latin = 'Name,City\nJosé Müller,Zürich\nFrançois,Orléans\n';
    const w = decodeCsv(iconv.encode(text, 'windows-1252'));
    expect(w.text).toBe(text);
    expect(['windows-1252', 'iso-8859-1']).toContain(w.encoding);
    expect(decodeCsv(iconv.encode(latin, 'iso-8859-1')).text).toBe(latin);
  });
  test('a stray BOM inside a cell is removed', () => {
    expect(decodeCsv(Buffer.from('a,b\n\ufeffx,y\n')).text).toBe('a,b\nx,y\n');
  });
});

describe('parse', () => {
  test('delimiter detection ignores delimiters inside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n"1,5";"2,5";3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1,2\t3\t4\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n"x, y"|2|3')).toBe('|');
    expect(detectDelimiter('"Acme, Inc.";Won;1\n"Beta, Ltd";Lost;2')).toBe(';');
  });
  test('quotes, embedded newlines, doubled quotes, CRLF/LF/CR mixed, no final newline', () => {
    const r = records('a,b\r\n"x\r\ny","say ""hi"""\n\n3,4\r5,6\n"p\r\nq",7\n8,9');
    expect(r).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\r\ny', 'say "hi"'] },
      { line: 5, cells: ['3', '4'] },
      { line: 6, cells: ['5', '6'] },
      { line: 7, cells: ['p\r\nq', '7'] },
      { line: 9, cells: ['8', '9'] },
    ]);
  });
  test('ragged rows keep their own cell count (the pipeline rejects them)', () => {
    expect(records('a,b,c\n1,2\n1,2,3,4').map((r) => r.cells.length)).toEqual([3, 2, 4]);
  });
  test('headers are trimmed, blanks named, duplicates numbered', () => {
    expect(cleanHeaders([' Name ', '', 'Amount', 'name', 'Amount'])).toEqual([
      'Name',
      'Column 2',
      'Amount',
      'name (2)',
      'Amount (2)',
    ]);
  });
  test('a first row with numbers or dates is data', () => {
    expect(looksLikeHeader(['Deal', 'Amount', 'Close Date'])).toBe(true);
    expect(looksLikeHeader(['Acme', '1200', '2021-03-01'])).toBe(false);
    expect(looksLikeHeader(['Acme', '$1,200.00', 'x'])).toBe(false);
  });
});

describe('dates', () => {
  test.each([
    ['2021-04-15', '2021-04-15'],
    ['2021-04-15T23:59:00Z', '2021-04-15'],
    ['2021-04-15 10:00:00+02:00', '2021-04-15'],
    ['2021/4/5', '2021-04-05'],
    ['15 Apr, 2021 00:02:00', '2021-04-15'],
    ['Apr 15 2021', '2021-04-15'],
    ['April 15, 2021', '2021-04-15'],
    ['15-Apr-21', '2021-04-15'],
    ['Thu Apr 15 2021', '2021-04-15'],
    ['44124', '2020-10-20'],
    ['44123.5', '2020-10-19'],
    ['25/12/2021', '2021-12-25'],
    ['12/25/2021 3:04 PM', '2021-12-25'],
  ])('%s → %s', (text, day) => {
    expect(parseDate(text, null)).toEqual({ ok: true, day });
  });
  test('a numeric date that could be either order is refused without an answer, read with one', () => {
    expect(parseDate('03/04/2021', null).ok).toBe(false);
    expect(parseDate('03/04/2021', 'dmy')).toEqual({ ok: true, day: '2021-04-03' });
    expect(parseDate('03.04.2021', 'mdy')).toEqual({ ok: true, day: '2021-03-04' });
    expect(parseDate('03-04-21', 'dmy')).toEqual({ ok: true, day: '2021-04-03' });
  });
  test('two-digit years pivot at 69', () => {
    expect(parseDate('31/12/68', 'dmy')).toEqual({ ok: true, day: '2068-12-31' });
    expect(parseDate('31/12/69', 'dmy')).toEqual({ ok: true, day: '1969-12-31' });
  });
  test('impossible dates and text are errors', () => {
    expect(parseDate('31/02/2021', 'dmy').ok).toBe(false);
    expect(parseDate('2021-13-01', null).ok).toBe(false);
    expect(parseDate('soon', null).ok).toBe(false);
    expect(parseDate('123', null).ok).toBe(false);
  });
  test('serial numbers', () => {
    // Excel: =DATE(2020,10,19) is 44123, so 44124 is 20 October (the brief's 44124 → 19 October is a day off).
    expect(serialToDay(44123)).toBe('2020-10-19');
    expect(serialToDay(44124.75)).toBe('2020-10-20');
    expect(serialToDay(43831)).toBe('2020-01-01');
  });
  const order = (values: string[]) => {
    const p = new DateOrderProfile();
    values.forEach((v) => p.add(v));
    return p.order;
  };
  test('the whole column decides the order', () => {
    expect(order(['01/02/2021', '13/02/2021'])).toBe('dmy');
    expect(order(['01/02/2021', '02/13/2021'])).toBe('mdy');
    expect(order(['01/02/2021', '03/04/2021'])).toBe('ambiguous');
    expect(order(['13/02/2021', '02/13/2021'])).toBe('ambiguous');
    expect(order(['2021-01-02', '44124', '03/03/2021'])).toBe('any');
    expect(order(['13.02.2021', '01.02.21', '15 Apr, 2021'])).toBe('dmy');
  });
});

describe('amounts', () => {
  test.each([
    ['$22,700.00', 'USD', null, 2_270_000, 'USD'],
    ['3.100,50 €', 'USD', null, 310_050, 'EUR'],
    ['1 234,5', 'EUR', null, 123_450, null],
    ['EUR 1.200', 'USD', ',', 120_000, 'EUR'],
    ['(1,200.00)', 'USD', null, -120_000, null],
    ['-5', 'USD', null, -500, null],
    ['1054', 'USD', null, 105_400, null],
    ['0', 'USD', null, 0, null],
    ['£1,234,567', 'USD', null, 123_456_700, 'GBP'],
    ["1'234.50 CHF", 'USD', null, 123_450, 'CHF'],
    ['¥1,200', 'USD', null, 1200, 'JPY'],
  ])('%s (default %s, column %s) → %i %s', (text, cur, mark, minor, currency) => {
    expect(parseAmount(text, cur, mark as '.' | ',' | null)).toEqual({ ok: true, minor, currency });
  });
  test('a lone mark before three digits follows the column', () => {
    expect(parseAmount('1.200', 'EUR', ',')).toEqual({ ok: true, minor: 120_000, currency: null });
    expect(parseAmount('1,200', 'EUR', ',').ok).toBe(false);
    expect(parseAmount('1,200', 'EUR', null)).toEqual({ ok: true, minor: 120_000, currency: null });
    const p = new DecimalProfile();
    ['1,200', '3,5', '12,75'].forEach((v) => p.add(v));
    expect(p.mark).toBe(',');
  });
  test.each(['', 'n/a', '12,5,0', '1,2345.00', '$ 12 €', '1.5k', '12.345', 'USD EUR 5'])(
    '%j is an error, not zero',
    (text) => {
      expect(parseAmount(text, 'USD', '.').ok).toBe(false);
    },
  );
});

describe('outcome', () => {
  const decide = (text: string | undefined, won?: string, closed?: string, mapped = new Map<string, ImportOutcome>()) =>
    decideOutcome({ text, won, closed, mapped });
  test('stage text', () => {
    for (const t of ['Closed Won', 'closedwon', 'Won', 'won']) expect(outcomeFromText(t)).toBe('won');
    for (const t of ['Lost', 'Loss', 'Closed Lost', 'closedlost', 'Closed-Lost to Competition'])
      expect(outcomeFromText(t)).toBe('lost');
    for (const t of ['Prospecting', 'Engaging', 'Negotiation/Review', 'Closed']) expect(outcomeFromText(t)).toBe(null);
  });
  test('flags as TRUE/FALSE, true/false, 1/0; closed and not won is lost', () => {
    expect(decide('Negotiation', 'TRUE', 'TRUE')).toEqual({ ok: true, outcome: 'won', disagrees: false });
    expect(decide('Negotiation', 'false', 'true')).toEqual({ ok: true, outcome: 'lost', disagrees: false });
    expect(decide('Negotiation', '0', '0')).toEqual({ ok: true, outcome: 'open', disagrees: false });
    expect(decide('Prospecting')).toEqual({ ok: true, outcome: 'open', disagrees: false });
  });
  test('flags win over text and the disagreement is flagged', () => {
    expect(decide('Closed Won', '0', '1')).toEqual({ ok: true, outcome: 'lost', disagrees: true });
    expect(decide('Closed Lost', '1', '1')).toEqual({ ok: true, outcome: 'won', disagrees: true });
    expect(decide('Won', 'maybe', '1').ok).toBe(false);
  });
  test('a mapped stage is used and can disagree', () => {
    const mapped = new Map([['signed', 'won' as const]]);
    expect(decide('Signed', undefined, undefined, mapped)).toEqual({ ok: true, outcome: 'won', disagrees: false });
    expect(decide('Signed', '0', '0', mapped)).toEqual({ ok: true, outcome: 'open', disagrees: true });
  });
});
