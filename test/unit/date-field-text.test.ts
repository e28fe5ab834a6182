/** What the date fields read, write and step, and how messages about days are shown, in five locales. */
import { describe, expect, test } from 'vitest';
import { dayPattern, formatLocaleDay, parseLocaleDay } from '../../shared/dates/locale-day';
import { localizeDays } from '../../renderer/lib/localize-days';
import { addMonthsTo, addDays } from '../../renderer/lib/day-steps';

const locales = [
  { locale: 'en-US', hint: 'MM/DD/YYYY', shown: '02/01/2026', short: '2/1/26' },
  { locale: 'en-GB', hint: 'DD/MM/YYYY', shown: '01/02/2026', short: '1/2/26' },
  { locale: 'de-DE', hint: 'DD.MM.YYYY', shown: '01.02.2026', short: '1.2.26' },
  { locale: 'fr-FR', hint: 'DD/MM/YYYY', shown: '01/02/2026', short: '1/2/26' },
  { locale: 'ja-JP', hint: 'YYYY/MM/DD', shown: '2026/02/01', short: '26/2/1' },
];

describe.each(locales)('$locale', ({ locale, hint, shown, short }) => {
  test('1 February 2026 is shown, hinted and read back the locale way', () => {
    expect(dayPattern(locale).hint).toBe(hint);
    expect(formatLocaleDay('2026-02-01', locale)).toBe(shown);
    expect(parseLocaleDay(shown, locale)).toEqual({ ok: true, day: '2026-02-01' });
  });
  test('short forms, other separators and ISO are all read as the same day', () => {
    expect(parseLocaleDay(short, locale)).toEqual({ ok: true, day: '2026-02-01' });
    expect(parseLocaleDay(short.replace(/[./]/g, '-'), locale)).toEqual({ ok: true, day: '2026-02-01' });
    expect(parseLocaleDay('2026-02-01', locale)).toEqual({ ok: true, day: '2026-02-01' });
  });
  test('a two-digit year is read in this century', () => {
    expect(parseLocaleDay(formatLocaleDay('2099-12-31', locale).replace('2099', '99'), locale)).toEqual({
      ok: true,
      day: '2099-12-31',
    });
    expect(parseLocaleDay(formatLocaleDay('2005-03-04', locale).replace('2005', '05'), locale)).toEqual({
      ok: true,
      day: '2005-03-04',
    });
  });
  test('invalid input is refused with the pattern named', () => {
    for (const text of ['31.31.2026', '1/2', 'soon', '1/2/3/4', '1.2.202']) {
      const parsed = parseLocaleDay(text, locale);
      expect(parsed.ok ? 'read as a day' : parsed.error).toContain(hint);
    }
    expect(parseLocaleDay('2026-02-30', locale)).toEqual({
      ok: false,
      error: `No such day: write the date as ${hint}`,
    });
  });
  test('messages carrying ISO days or the ISO pattern are shown in the locale', () => {
    expect(localizeDays('On or after 2026-02-01', locale)).toBe(`On or after ${shown}`);
    expect(localizeDays('Must be a date, YYYY-MM-DD', locale)).toBe(`Must be a date, ${hint}`);
    expect(localizeDays('No day here, 12345', locale)).toBe('No day here, 12345');
  });
});

test('an ISO-looking non-day in a message is left as it was', () => {
  expect(localizeDays('Code 2026-13-45', 'de-DE')).toBe('Code 2026-13-45');
});

test('days step across months and years; a month step keeps the month end', () => {
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  expect(addMonthsTo('2026-01-31', 1)).toBe('2026-02-28');
  expect(addMonthsTo('2024-03-31', -1)).toBe('2024-02-29');
  expect(addMonthsTo('2026-12-15', 1)).toBe('2027-01-15');
  expect(addMonthsTo('2026-01-15', -1)).toBe('2025-12-15');
});
