/** shared/day.ts: today's date in the user's calendar, the one every service, the CLI and the screens use. */
import { expect, test } from 'vitest';
import { localDay } from '../../shared/day';
import { today } from '../../renderer/features/actions/dates';
import { localToday } from '../../electron/sample/dates';

test('the calendar day on the local clock, padded, whatever the hour', () => {
  expect(localDay(new Date(2026, 2, 1, 0, 0, 0))).toBe('2026-03-01');
  expect(localDay(new Date(2026, 2, 1, 23, 59, 59))).toBe('2026-03-01');
});

test('the screens and the sample generator read the same day', () => {
  const now = new Date(2025, 10, 9, 18, 30);
  expect(today(now)).toBe('2025-11-09');
  expect(localToday(now)).toBe('2025-11-09');
});
