/**
 * The review's queries held to their indexes with EXPLAIN QUERY PLAN. Cases are read by date range from
 * cases_review_idx alone, their facts (derived_case_facts) by key; every child table is probed by case id
 * through its covering (case_id, deleted_at, …) index, or read as one range per group from the review rows
 * (electron/review/review-rows.ts); nothing scans a case child table. The one scan allowed is of the period table (temp, alias `c`
 * in the section queries): that is the whole-period aggregate. Plans do not depend on row counts here (no
 * ANALYZE statistics), so an empty database shows the plan a 100,000-case one gets.
 */
import { describe, expect, test } from 'vitest';
import { battleLessonsSql, battleReasonsSql } from '../../electron/review/battlecards';
import { caseFactsSql } from '../../electron/review/case-facts';
import { dayTallies, tallySql } from '../../electron/review/day-tallies';
import { reviewRows } from '../../electron/review/review-rows';
import { personReachSql } from '../../electron/review/person-reach';
import { routeFactorsSql } from '../../electron/review/route-factors';
import { criteriaVsCompetitorSql, headToHeadSql } from '../../electron/review/competitors';
import { criteriaGapsSql, criterionActionsSql } from '../../electron/review/gaps';
import { actionHealthSql } from '../../electron/review/health';
import { periodGroupsSql, periodTotalsSql } from '../../electron/review/period-pass';
import { cellCountsSql, doneActionsSql } from '../../electron/review/loop';
import { lessonTagsSql, lossReasonsSql, stallsSql } from '../../electron/review/losses';
import { periodCasesSql, periodDaysSql, withPeriodCases } from '../../electron/review/period-cases';
import { atRiskSql, openByStageSql, stageHistorySql } from '../../electron/review/pipeline';
import type { ReviewQuery } from '../../electron/review/scope';
import { winRateSql } from '../../electron/review/win-rate';
import type { ReviewScope } from '../../shared/contract/review';
import { createFixture } from './fixture';

function plan(q: ReviewQuery, sql: string, extra: Record<string, unknown> = {}): string[] {
  const rows = q.sqlite.prepare(`explain query plan ${sql}`).all({ ...q.params, ...extra }) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const periodRange = '(deleted_at=? AND outcome=? AND closed_on>? AND closed_on<?)';
const byCase = (alias: string, index: string) =>
  `SEARCH ${alias} USING COVERING INDEX ${index} (case_id=? AND deleted_at=?)`;
/** One group's period as a range of a review-rows table (its primary key: group key, then close date). */
const byRange = (alias: string, key: string) => `SEARCH ${alias} USING PRIMARY KEY (${key}closed_on>? AND closed_on<?)`;
const factsByKey = (alias: string) => `SEARCH ${alias} USING PRIMARY KEY (case_id=?) LEFT-JOIN`;
const caseTables = [
  'cases',
  'case_buyer_steps',
  'case_reasons',
  'case_competitors',
  'case_criteria',
  'case_people',
  'interactions',
  'lessons',
];

/** Every SCAN in a plan must be of a name on the allowed list (temp tables, CTEs, subqueries, vocabularies). */
function scansOnly(lines: string[], allowed: string[]) {
  const scans = lines.filter((l) => l.startsWith('SCAN ')).map((l) => l.replace(/^SCAN /, '').split(' ')[0]!);
  expect(scans.filter((s) => !allowed.includes(s) && !/^\(subquery-\d+\)$/.test(s))).toEqual([]);
  for (const table of caseTables) expect(lines.join('\n')).not.toMatch(new RegExp(`SCAN ${table}\\b`));
  expect(lines.join('\n')).not.toMatch(/AUTOMATIC.*INDEX.*\b(case_|cases|lessons|interactions)/);
}

const everyFilter: ReviewScope = {
  ownerId: '00000000-0000-4000-8000-000000000001',
  segment: 'Finance',
  offering: 'Pumps',
  competitorId: '00000000-0000-4000-8000-000000000002',
};

describe.each([
  ['no filters', {}],
  ['every filter', everyFilter],
])('with %s', (_name, scope: ReviewScope) => {
  test('the period table is one range of the closed cases, by close date, touching no case table', () => {
    const q = createFixture().query(scope);
    const lines = plan(q, periodCasesSql(q));
    expect(lines[0]).toBe('SEARCH c USING PRIMARY KEY (closed_on>? AND closed_on<?)');
    // The closed cases carry the facts: no child table is read (competitors only as a filter).
    for (const table of caseTables.filter((t) => t !== 'case_competitors')) {
      expect(lines.join('\n')).not.toMatch(new RegExp(`\\b${table}\\b|${table}_`));
    }
    if (scope.segment) expect(lines).toContain('SEARCH fa USING INDEX accounts_industry_idx (industry=?)');
    if (scope.competitorId) {
      expect(lines).toContain(
        'SEARCH fc EXISTS USING COVERING INDEX case_competitors_review_idx (case_id=? AND deleted_at=? AND competitor_id=?)',
      );
    }
    scansOnly(lines, []);
  });

  test('the days are counted from the derived day counts (filtered: one pass over an index of cases); win rates and stage history only sum those', () => {
    const q = createFixture().query(scope);
    const days = plan(q, periodDaysSql(q));
    if (q.filters) expect(days).toContain(`SEARCH c USING COVERING INDEX cases_review_idx ${periodRange}`);
    else {
      // Unfiltered, the derived day counts, one range per outcome, grouped in their own order: no case is read;
      // a tally in another currency looks its rate up by key (conversion.ts).
      expect(days[0]).toBe('SEARCH d USING PRIMARY KEY (outcome=? AND day<?)');
      for (const line of days.slice(1)) {
        expect(line).toMatch(
          /^(CORRELATED SCALAR SUBQUERY \d+|SEARCH r USING INDEX currency_rates_live_idx \(home_currency=\? AND currency=\? AND from_on<\?\))$/,
        );
      }
    }
    withPeriodCases(q, () => {
      for (const sql of [winRateSql(q), stageHistorySql(q)]) {
        const lines = plan(q, sql);
        expect(lines.join('\n')).not.toMatch(/\bcases\b|cases_/);
        scansOnly(lines, ['d', 's', 'h']);
      }
    });
    expect(plan(q, openByStageSql(q))[0]).toBe(
      'SEARCH c USING COVERING INDEX cases_review_idx (deleted_at=? AND outcome=?)',
    );
    const risk = plan(q, atRiskSql(q), { typicalDays: 10 });
    // Largest open cases first, so the walk stops after the few listed: no sort over every open case.
    expect(risk).toContain('SEARCH c USING INDEX cases_open_value_idx (deleted_at=? AND outcome=?)');
    expect(risk).toContain(factsByKey('cf'));
    expect(risk.filter((l) => l.startsWith('USE TEMP B-TREE FOR ORDER BY') && !l.includes('LAST TERM'))).toEqual([
      'USE TEMP B-TREE FOR ORDER BY', // stages' positions
      'USE TEMP B-TREE FOR ORDER BY', // buyer steps' positions
    ]);
    scansOnly(risk, ['stages', 'buyer_steps', 'sr']);
  });

  test('refreshing the case facts reads only the stale cases, by key, and each child by case id', () => {
    const q = createFixture().query(scope);
    const lines = plan(q, caseFactsSql('c.id in (select case_id from derived_case_facts_stale)'));
    expect(lines[0]).toBe('SEARCH c USING INDEX sqlite_autoindex_cases_1 (id=?)');
    expect(lines).toContain(byCase('s', 'case_buyer_steps_review_idx'));
    expect(lines).toContain(byCase('p', 'case_people_review_idx'));
    expect(lines).toContain(byCase('i', 'interactions_review_idx'));
    expect(lines).toContain(byCase('x', 'case_reasons_review_idx'));
    expect(lines).toContain(byCase('x', 'case_criteria_review_idx'));
    expect(lines).toContain(byCase('x', 'lessons_review_idx'));
    expect(lines).toContain(byCase('i', 'interactions_met_idx'));
    // Which step is the decision: the settings' few steps, read by uncorrelated subqueries (once per refresh).
    lines.forEach((l, k) => {
      if (l === 'SCAN buyer_steps')
        expect(lines.slice(0, k).findLast((x) => x.includes('SUBQUERY'))).not.toMatch(/CORRELATED/);
    });
    scansOnly(lines, ['buyer_steps']);
    // The day tallies count a stale case out and in, and drop emptied tallies, by key: no tally is scanned.
    for (const t of dayTallies) {
      const statements = tallySql(t, 'select case_id from derived_case_facts_stale', -1)
        .split(';')
        .filter((sql) => sql.trim() !== '');
      for (const sql of statements) {
        const tallyPlan = plan(q, sql).join('\n');
        expect(tallyPlan, t.table).not.toMatch(new RegExp(`SCAN ${t.table}\\b|SCAN ${t.rows}\\b`));
        expect(tallyPlan, t.table).toMatch(/SEARCH .* USING (COVERING )?INDEX \w+_(id|case)_idx/);
      }
    }
  });

  test('sections over the period table only scan it once, nothing else', () => {
    const q = createFixture().query(scope);
    withPeriodCases(q, () => {
      const expectations: [string, string, number][] = [
        ['factor groups', periodGroupsSql(q), 1],
        ['totals (health, Σv², conversion, quiet spell)', periodTotalsSql(q), 1],
        ['stalls', stallsSql(q), 1],
      ];
      // Filtered, the period table is scanned; unfiltered, the period's range of the clustered closed cases.
      const read = q.filters ? 'SCAN c' : 'SEARCH c USING PRIMARY KEY (closed_on>? AND closed_on<?)';
      for (const [name, sql, scans] of expectations) {
        const lines = plan(q, sql);
        expect(
          lines.filter((l) => l === read),
          name,
        ).toHaveLength(scans);
        scansOnly(lines, ['c', 'g']);
      }
    });
  });

  test('competitor, criterion and reason sections read one range of the review rows per group, no child probes', () => {
    const q = createFixture().query(scope);
    withPeriodCases(q, () => {
      const expectations: [string, string, string][] = [
        ['head-to-head', headToHeadSql(q), byRange('r', 'competitor_id=? AND ')],
        // Unfiltered these two read the day tallies (one range per group, keyed by day); filtered, the rows.
        [
          'criteria vs competitor',
          criteriaVsCompetitorSql(q),
          q.filters
            ? byRange('rr', 'competitor_id=? AND criterion_id=? AND ')
            : 'SEARCH rr USING PRIMARY KEY (competitor_id=? AND criterion_id=? AND day>? AND day<?)',
        ],
        [
          'criteria gaps',
          criteriaGapsSql(q),
          q.filters
            ? byRange('r', 'criterion_id=? AND ')
            : 'SEARCH r USING PRIMARY KEY (criterion_id=? AND day>? AND day<?)',
        ],
        ['battle lessons', battleLessonsSql(q), byRange('r', 'competitor_id=? AND ')],
        ['loss reasons', lossReasonsSql(q), byRange('lr', 'reason_id=? AND ')],
      ];
      for (const [name, sql, range] of expectations) {
        const lines = plan(q, sql, { competitorId: 'x' });
        expect(lines, name).toContain(range);
        // With filters, the period table (where they were applied) is read once into an IN list.
        if (q.filters) expect(lines, name).toContain('SCAN temp.review_cases');
        // x: the loss reasons' small CTE of counts, ranked after grouping.
        scansOnly(lines, ['co', 'k', 'r', 'x', 'temp.review_cases']);
        expect(lines.join('\n'), name).not.toMatch(/case_(competitors|criteria|reasons)_review_idx/);
      }
      // Battle reasons: one range of the tally index per competitor, side and reason (only the period's rows,
      // in key order: no sort), then named.
      const tally = plan(q, battleReasonsSql(q));
      expect(tally).toContain(
        'SEARCH x USING COVERING INDEX derived_review_rival_reasons_tally_idx (competitor_id=? AND won=? AND reason_id=? AND closed_on>? AND closed_on<?)',
      );
      expect(tally.join('\n')).not.toMatch(/USE TEMP B-TREE FOR GROUP BY/);
      if (q.filters) expect(tally).toContain('SCAN temp.review_cases');
      scansOnly(tally, ['co', 're', 'g', 'temp.review_cases']);
      // Lesson tags: the tagged lessons' rows in key order, grouped as they come (with filters: the period's
      // cases' rows by case); no lesson is probed.
      const tags = plan(q, lessonTagsSql(q));
      if (q.filters) expect(tags).toContain('SEARCH x USING INDEX derived_review_lessons_case_idx (case_id=?)');
      else expect(tags).toContain('SCAN x');
      expect(tags.join('\n')).not.toMatch(/lessons_review_idx/);
      if (!q.filters) expect(tags.join('\n')).not.toMatch(/USE TEMP B-TREE FOR GROUP BY/);
    });
  });

  test('the loop reads each scope through an index, in one statement for all actions', () => {
    const q = createFixture().query(scope);
    withPeriodCases(q, () => {
      const scopes = ['all', 'competitor', 'criterion', 'segment', 'offering'] as const;
      const params: Record<string, string | null> = { windowFrom: '2024-01-01' };
      scopes.forEach((s, j) =>
        Object.assign(params, { [`p${j}`]: '2024-01-01', [`a${j}`]: '2025-12-31', [`v${j}`]: s }),
      );
      const lines = plan(q, cellCountsSql(q, scopes), params);
      expect(lines).toContain(`SEARCH c USING COVERING INDEX cases_review_idx ${periodRange}`); // offering
      expect(lines).toContain(byRange('r', 'competitor_id=? AND '));
      expect(lines).toContain(byRange('r', 'criterion_id=? AND '));
      expect(lines).toContain(byRange('r', 'industry=? AND '));
      // The scopes' streams are merged in day and case order, never sorted, and the cases are grouped by day
      // in that order ('all': the period's day counts, a few thousand rows, grouped by day).
      expect(lines).toContain('MERGE (UNION ALL)');
      // (An offering's cases come from cases_review_idx one outcome at a time, so that stream alone is sorted.)
      const grouping = lines.slice(lines.indexOf('SCAN members'), lines.indexOf('UNION ALL'));
      expect(grouping).toEqual(['SCAN members', 'SCAN per_case']);
      scansOnly(lines, ['members', 'per_case', 'd']);
    });
  });
});

test('actions are read through actions_status_idx', () => {
  const q = createFixture().query();
  for (const sql of [doneActionsSql, criterionActionsSql, actionHealthSql]) {
    expect(plan(q, sql)[0]).toMatch(
      /^SEARCH a USING (COVERING )?INDEX actions_status_idx \(deleted_at=\? AND status=\?\)$/,
    );
  }
});

test('refreshing a stale case reads that case by id, never a range of every decided case', () => {
  // A save refreshes one case's derived rows inside its own transaction: a range scan here is a scan of the
  // whole cases table on every keystroke-pause (it was, until the review-rows filters stopped steering the plan).
  const q = createFixture().query();
  const stale = 'c.id in (select case_id from derived_case_facts_stale)';
  for (const rows of reviewRows) {
    const lines = plan(q, rows.select(stale));
    expect(lines, rows.table).toContain('SEARCH c USING INDEX sqlite_autoindex_cases_1 (id=?)');
    expect(lines.join('\n'), rows.table).not.toMatch(/cases_review_idx|cases_live_closed_idx/);
  }
  expect(plan(q, caseFactsSql(stale)).join('\n')).not.toMatch(/SCAN c\b|cases_review_idx/);
});

test('the route factors read one range of the period deciders, never walk relationships or look people up', () => {
  const q = createFixture().query();
  withPeriodCases(q, () => {
    const lines = plan(q, routeFactorsSql(q));
    expect(lines).toContain('SEARCH d USING PRIMARY KEY (closed_on>? AND closed_on<?)');
    // Cases are grouped in the range's own order, and the two sides summed in one row: nothing is sorted.
    expect(lines.join('\n')).not.toMatch(/relationships|person_links|case_people|person_reach|TEMP B-TREE|AUTOMATIC/);
  });
});

test('the reach follows each link by an index on its end, never scanning every link for each person reached', () => {
  const q = createFixture().query();
  const lines = plan(q, personReachSql);
  expect(lines.join('\n')).not.toMatch(/SCAN l\b/);
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^SEARCH l USING (COVERING )?INDEX person_links_unique \(from_id=\?/),
      expect.stringMatching(/^SEARCH l USING (COVERING )?INDEX person_links_to_idx \(to_id=\?/),
    ]),
  );
});
