/**
 * Value figures in more than one currency, on a real database: each case converts at the latest rate on or
 * before its decision day (open cases: today), a currency without a rate is named and left out, never summed as
 * zero, and the figure says which rates it used.
 */
import { expect, test } from 'vitest';
import { periodDaysSql } from '../../electron/review/period-cases';
import { createFixture } from './fixture';

function seed() {
  const f = createFixture();
  f.setting('currency', 'EUR');
  const rate = (currency: string, rate: number, fromOn: string, deleted = false) =>
    f.run(
      `insert into currency_rates (id, created_at, updated_at, deleted_at, currency, home_currency, rate, from_on)
       values (lower(hex(randomblob(16))), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?, ?, 'EUR', ?, ?)`,
      deleted ? '2026-02-01T00:00:00Z' : null,
      currency,
      rate,
      fromOn,
    );
  rate('USD', 0.8, '2025-01-01');
  rate('USD', 0.9, '2025-10-01');
  rate('USD', 5, '2025-10-15', true); // removed: never used
  rate('USD', 1.2, '2026-04-01'); // after today: not yet
  rate('JPY', 0.006, '2025-01-01');
  f.case({ outcome: 'won', closedOn: '2025-09-30', valueMinor: 100_000 }); // €1,000
  f.case({ outcome: 'won', closedOn: '2025-09-30', valueMinor: 100_000, currency: 'USD' }); // $1,000 at 0.8
  f.case({ outcome: 'lost', closedOn: '2025-10-20', valueMinor: 100_000, currency: 'USD' }); // $1,000 at 0.9
  f.case({ outcome: 'lost', closedOn: '2025-11-01', valueMinor: 100_000, currency: 'JPY' }); // ¥100,000 = €600
  f.case({ outcome: 'lost', closedOn: '2025-11-01', valueMinor: 50_000, currency: 'NOK' });
  f.case({ outcome: 'lost', closedOn: '2025-12-01', valueMinor: 70_000, currency: 'NOK' });
  return f;
}

test('closed values convert at the rate of their decision day; cases without a rate are named', () => {
  const v = seed().summary().valueWeighted;
  // Won €1,000 + €800; closed adds €900 and ¥100,000 × 0.006 = €600 (JPY has no minor digits).
  expect(v).toMatchObject({ wonMinor: 180_000, closedMinor: 330_000, cases: 4, currency: 'EUR' });
  expect(v.conversion.homeCases).toBe(1);
  expect(v.conversion.used).toEqual(
    expect.arrayContaining([
      { currency: 'USD', rate: 0.8, fromOn: '2025-01-01', cases: 1 },
      { currency: 'USD', rate: 0.9, fromOn: '2025-10-01', cases: 1 },
      { currency: 'JPY', rate: 0.006, fromOn: '2025-01-01', cases: 1 },
    ]),
  );
  expect(v.conversion.missing).toEqual([{ currency: 'NOK', cases: 2 }]);
  expect(v.conversion.sentence).toContain('USD at 0.9 from 1 Oct 2025 and 0.8 from 1 Jan 2025');
  expect(v.conversion.sentence).toContain('2 cases in NOK have no rate and are left out');
});

test('open values convert at today’s rate, and the forecast names the cases it could not convert', () => {
  const f = seed();
  f.case({ outcome: 'open', valueMinor: 100_000, currency: 'USD', stage: 'Proposal' }); // today's rate: 0.9
  f.case({ outcome: 'open', valueMinor: 100_000, stage: 'Proposal' });
  f.case({ outcome: 'open', valueMinor: 100_000, currency: 'CHF', stage: 'Proposal' });
  const p = f.summary().pipeline;
  expect(p.openCases).toBe(3);
  expect(p.openValueMinor).toBe(190_000);
  expect(p.conversion.used).toEqual([{ currency: 'USD', rate: 0.9, fromOn: '2025-10-01', cases: 1 }]);
  expect(p.conversion.missing).toEqual([{ currency: 'CHF', cases: 1 }]);
});

test('with no rate at all nothing foreign is summed, and every case still counts in the win rate', () => {
  const f = createFixture();
  f.case({ outcome: 'won', closedOn: '2025-09-30', valueMinor: 100_000, currency: 'USD' });
  f.case({ outcome: 'lost', closedOn: '2025-09-30', valueMinor: 100_000, currency: 'USD' });
  const s = f.summary();
  expect(s.winRate.closed).toBe(2);
  expect(s.valueWeighted).toMatchObject({ cases: 0, closedMinor: 0, rate: null });
  expect(s.findings.win).toContain('No value-weighted rate: 2 cases in USD have no rate and are left out.');
});

test('the day tallies convert per currency and day: a filter that keeps every case gives the same values', () => {
  const f = seed();
  const ann = f.member('Ann');
  f.run('update cases set owner_id = ?', ann);
  // The unfiltered review sums derived_review_days (one row per currency and day), the filtered one the cases.
  expect(periodDaysSql(f.query())).toContain('derived_review_days');
  expect(periodDaysSql(f.query({ ownerId: ann }))).not.toContain('derived_review_days');
  const all = f.summary();
  const mine = f.summary({ ownerId: ann });
  expect(all.valueWeighted).toMatchObject({ wonMinor: 180_000, closedMinor: 330_000, cases: 4 });
  expect(mine.valueWeighted).toEqual(all.valueWeighted);
  expect(mine.pointValue).toEqual(all.pointValue);
  expect(mine.winRate).toEqual(all.winRate);
});
