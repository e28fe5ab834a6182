/**
 * The loop's cell counts (electron/review/loop.ts): the statement hands each day's masked cases over as codes,
 * and `codesOf` turns them into the rows SQL's own `group by day, masks` gave, in the same order, so the joint
 * model sums its cells in the same order and its figures stay the same to the last digit.
 */
import { expect, test } from 'vitest';
import { cellCountsSql, codesOf } from '../../electron/review/loop';
import { withPeriodCases } from '../../electron/review/period-cases';
import { rows } from '../../electron/review/scope';
import { createFixture } from './fixture';

test('codes become one row per day and masks, in the masks’ numeric order, the days’ totals last', () => {
  const found = [
    { day: '2025-01-02', codes: '+12,-3,+3,-12,-12', n: null, won: null },
    { day: '2025-01-03', codes: '-5', n: null, won: null },
    { day: '2025-01-02', codes: null, n: 9, won: 4 },
    { day: '2025-01-04', codes: null, n: 2, won: 0 },
  ];
  expect(codesOf(found, 1)).toEqual([
    { day: '2025-01-02', m0: 3, n: 2, won: 1 },
    { day: '2025-01-02', m0: 12, n: 3, won: 1 },
    { day: '2025-01-03', m0: 5, n: 1, won: 0 },
    { day: '2025-01-02', m0: -1, n: 9, won: 4 },
    { day: '2025-01-04', m0: -1, n: 2, won: 0 },
  ]);
  // Past 60 actions on part of the cases, a case's masks take two columns: ordered by the first, then the next.
  expect(codesOf([{ day: '2025-01-02', codes: '+2.0,-0.1,+2.0,-1.4', n: null, won: null }], 2)).toEqual([
    { day: '2025-01-02', m0: 0, m1: 1, n: 1, won: 0 },
    { day: '2025-01-02', m0: 1, m1: 4, n: 1, won: 0 },
    { day: '2025-01-02', m0: 2, m1: 0, n: 2, won: 2 },
  ]);
});

test('on a database, the codes give exactly the rows of grouping the cases by day and masks in SQL', () => {
  const f = createFixture();
  const rival = f.competitor('Acme');
  const retail = f.account('Shop', 'Retail');
  const bank = f.account('Bank', 'Finance');
  const days = ['2025-03-03', '2025-03-03', '2025-03-04', '2025-05-20', '2025-05-20', '2025-09-01', '2025-11-30'];
  days.forEach((closedOn, i) => {
    const id = f.case({ outcome: i % 3 === 0 ? 'lost' : 'won', closedOn, accountId: i % 2 ? retail : bank });
    if (i % 3 !== 1) f.met(id, rival);
    if (i % 2 === 0) f.rate(id, 'Price', 4, 2, 3);
  });
  const price = f.idOf('criteria', 'Price');
  const q = f.query();
  const scopes = ['all', 'competitor', 'segment', 'criterion'] as const;
  const params = {
    windowFrom: '2025-01-01',
    ...Object.fromEntries(
      scopes.flatMap((_, j) => [
        [`p${j}`, '2025-01-01'],
        [`a${j}`, '2025-12-31'],
      ]),
    ),
    v0: null,
    v1: rival,
    v2: 'Retail',
    v3: price,
  };
  withPeriodCases(q, () => {
    const sql = cellCountsSql(q, scopes);
    // What the statement grouped before: the same cases, grouped by day and masks in SQL.
    const grouped = sql
      .replace(
        /select day, group_concat\([\s\S]*?from per_case group by day/,
        'select day, m0, count(*) as n, sum(won) as won from per_case group by day, m0',
      )
      .replace('null as codes', '-1 as m0');
    const expected = rows(q, grouped, params);
    expect(expected.length).toBeGreaterThan(days.length / 2);
    expect(codesOf(rows(q, sql, params), 1)).toEqual(expected);
  });
});
