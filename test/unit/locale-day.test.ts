/** The one numeric day format, in four locales: what is written is what is read back, in the locale's order. */
import { describe, expect, test } from 'vitest';
import { dayPattern, formatLocaleDay, parseLocaleDay } from '../../shared/dates/locale-day';

const cases = [
  { locale: 'en-US', hint: 'MM/DD/YYYY', shown: '12/02/2026', typed: '12/2/2026' },
  { locale: 'en-GB', hint: 'DD/MM/YYYY', shown: '02/12/2026', typed: '2/12/2026' },
  { locale: 'de-DE', hint: 'DD.MM.YYYY', shown: '02.12.2026', typed: '2.12.26' },
  { locale: 'fi-FI', hint: 'DD.MM.YYYY', shown: '02.12.2026', typed: '2.12.2026' },
];

describe.each(cases)('$locale', ({ locale, hint, shown, typed }) => {
  test('the pattern follows the locale', () => {
    expect(dayPattern(locale).hint).toBe(hint);
  });
  test('2 December 2026 is written the locale way and read back', () => {
    expect(formatLocaleDay('2026-12-02', locale)).toBe(shown);
    expect(parseLocaleDay(shown, locale)).toEqual({ ok: true, day: '2026-12-02' });
  });
  test('a day typed short, in the locale order, is read as that day', () => {
    expect(parseLocaleDay(typed, locale)).toEqual({ ok: true, day: '2026-12-02' });
  });
  test('ISO is accepted too (pastes and test fills)', () => {
    expect(parseLocaleDay(' 2026-12-02 ', locale)).toEqual({ ok: true, day: '2026-12-02' });
  });
  test('a non-day and junk are refused with the pattern named', () => {
    expect(parseLocaleDay(formatLocaleDay('2026-02-28', locale).replace('28', '30'), locale)).toEqual({
      ok: false,
      error: `No such day: write the date as ${hint}`,
    });
    expect(parseLocaleDay('next tuesday', locale)).toEqual({ ok: false, error: `Write the date as ${hint}` });
    expect(parseLocaleDay('', locale)).toEqual({ ok: false, error: `Write the date as ${hint}` });
  });
});

test('the same digits are different days in the US and in Britain', () => {
  expect(parseLocaleDay('03/01/2026', 'en-US')).toEqual({ ok: true, day: '2026-03-01' });
  expect(parseLocaleDay('03/01/2026', 'en-GB')).toEqual({ ok: true, day: '2026-01-03' });
});

test('a non-day cannot be formatted', () => {
  expect(() => formatLocaleDay('2026-13-01x', 'en-GB')).toThrow(RangeError);
});
