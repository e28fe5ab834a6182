/**
 * Calendar days must show as the day they name in every time zone. This machine may well run in UTC, where
 * the old `new Date('YYYY-MM-DD')` bug is invisible, so expectations are built from a *local* midnight (1 March
 * on this machine's clock, whatever its zone) and the code under test must agree with it without reading the
 * zone. To see the bug itself: `TZ=America/Los_Angeles npx vitest run test/unit/format-dates.test.ts`.
 */
import { describe, expect, test } from 'vitest';
import { daysBetween, formatDay as formatActionDay, relativeDay } from '../../renderer/features/actions/dates';
import { dayAsUtc, isDay } from '../../renderer/lib/day';
import { formatDate, formatDay, locale } from '../../renderer/lib/format';

const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
/** 1 March 2026 as a person on this machine reads it on their own clock. */
const firstOfMarch = medium.format(new Date(2026, 2, 1));

describe('calendar days', () => {
  test('a day is the day it names, not the evening before west of Greenwich', () => {
    expect(formatDate('2026-03-01')).toBe(firstOfMarch);
    expect(formatDay('2026-03-01')).toBe(firstOfMarch);
    expect(formatDate('2026-03-01')).toContain('1');
    expect(formatDate('2026-03-01')).toContain('2026');
    expect(formatDate('2026-03-01')).not.toContain('28');
  });

  test('in an English locale it reads as 1 March', () => {
    if (!new Intl.DateTimeFormat(locale).resolvedOptions().locale.startsWith('en')) return;
    expect(formatDate('2026-03-01')).toMatch(/\bMar\b/);
    expect(formatDate('2026-03-01')).toMatch(/\b1\b/);
  });

  test('the first and last days of a year stay in their year', () => {
    expect(formatDate('2026-01-01')).toBe(medium.format(new Date(2026, 0, 1)));
    expect(formatDate('2025-12-31')).toBe(medium.format(new Date(2025, 11, 31)));
  });

  test('the board formats due days the same way as the rest of the app', () => {
    expect(formatActionDay('2026-03-01')).toBe(firstOfMarch);
  });

  test('a timestamp is still an instant, shown on the local clock', () => {
    for (const iso of ['2026-03-01T12:00:00.000Z', '2026-03-01T00:30:00.000Z', '2026-02-28T23:30:00+00:00']) {
      expect(formatDate(iso)).toBe(medium.format(new Date(iso)));
    }
  });
});

describe('day parsing', () => {
  test('only YYYY-MM-DD is a day', () => {
    expect(isDay('2026-03-01')).toBe(true);
    expect(isDay('2026-3-1')).toBe(false);
    expect(isDay('2026-03-01T00:00:00Z')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  test('a day is its UTC midnight, so its UTC fields are the day whatever the zone', () => {
    const d = dayAsUtc('2026-03-01');
    expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours()]).toEqual([2026, 2, 1, 0]);
    // Date.UTC would read a two-digit year as 19xx.
    expect(dayAsUtc('0050-06-15').getUTCFullYear()).toBe(50);
  });

  test('a day that does not exist is refused rather than rolled into the next month', () => {
    expect(() => dayAsUtc('2026-02-30')).toThrow(RangeError);
    expect(() => dayAsUtc('2026-13-01')).toThrow(RangeError);
    expect(() => dayAsUtc('1 March')).toThrow(RangeError);
    expect(dayAsUtc('2028-02-29').getUTCDate()).toBe(29);
  });
});

describe('relative days on the action board', () => {
  test('whole calendar days, across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  test('near days in days, further ones coarser', () => {
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    expect(relativeDay('2026-03-11', '2026-03-10')).toBe(rtf.format(1, 'day'));
    expect(relativeDay('2026-03-10', '2026-03-10')).toBe(rtf.format(0, 'day'));
    expect(relativeDay('2026-03-31', '2026-03-10')).toBe(rtf.format(3, 'week'));
    expect(relativeDay('2025-12-10', '2026-03-10')).toBe(rtf.format(-3, 'month'));
    expect(relativeDay('2029-03-10', '2026-03-10')).toBe(rtf.format(3, 'year'));
  });
});
