/**
 * What a review is about: the period (default: the 12 months ending today), the same-length period before it,
 * and the filters (owner, segment = account industry, offering, competitor met) as one SQL fragment every
 * section's query shares, so all sections count the same cases.
 * Changes with: shared/contract/review.ts (ReviewScope), every electron/review/*.ts query.
 */
import type Database from 'better-sqlite3';
import type { ReviewScope } from '../../shared/contract/review';
import { FIRST_YEAR } from '../../shared/contract/common';
import { ApiError } from '../../shared/envelope';
import { preparedSql } from '../db/prepared';

export interface Period {
  from: string;
  to: string;
}

/** Everything a section's SQL may bind, by name (`@from`, `@segment`…); unused names are ignored. */
export interface ReviewParams {
  from: string;
  to: string;
  prevFrom: string;
  prevTo: string;
  today: string;
  currency: string;
  ownerId: string | null;
  segment: string | null;
  offering: string | null;
  competitorId: string | null;
}

/** The review's resolved inputs: what every section is given. */
export interface ReviewQuery {
  sqlite: Database.Database;
  params: ReviewParams;
  /** `and …` conditions on cases `c` for the filters that are set ('' when none). */
  filters: string;
  countNoDecision: boolean;
}

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The same day `months` earlier, clamped to the month's end (31 March − 1 month = 28/29 February). */
export function subtractMonths(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** The period under review and the one before it, of the same length, ending the day before it starts. */
export function resolvePeriods(scope: ReviewScope, today: string): { current: Period; previous: Period } {
  const to = scope.to ?? today;
  // A default period never starts before the first year a date may have (a review "to 1900-01-01").
  const from = scope.from ?? maxDay(addDays(subtractMonths(to, 12), 1), `${FIRST_YEAR}-01-01`);
  // As dates, not as strings (the contract bounds years to four digits, but a day is not a word).
  if (toTime(from) > toTime(to)) {
    throw new ApiError('invalid_input', 'The period ends before it starts.', {
      to: 'On or after the start of the period',
    });
  }
  const length = daysBetween(from, to) + 1;
  const prevTo = addDays(from, -1);
  return { current: { from, to }, previous: { from: addDays(prevTo, -(length - 1)), to: prevTo } };
}

/**
 * The filter conditions on `c`: the cases table or derived_review_closed_cases, which names its columns alike.
 * Owner and offering are read from the row (or cases_review_idx), segment is a list of account ids from
 * accounts_industry_idx, competitor one probe of case_competitors_review_idx (case_id, deleted_at, competitor_id).
 */
export function filterSql(scope: ReviewScope): string {
  const parts: string[] = [];
  // Unary + keeps the planner on the period's date range: an owner's whole history is usually the larger set.
  if (scope.ownerId) parts.push('+c.owner_id = @ownerId');
  if (scope.offering) parts.push('c.offering = @offering');
  if (scope.segment) {
    parts.push('c.account_id in (select fa.id from accounts fa where fa.industry = @segment)');
  }
  if (scope.competitorId) {
    parts.push(
      'exists (select 1 from case_competitors fc where fc.case_id = c.id and fc.competitor_id = @competitorId and fc.deleted_at is null)',
    );
  }
  return parts.map((p) => ` and ${p}`).join('');
}

/** Outcomes in the win-rate denominator: no decision only when the setting says it counts as a loss. */
export function countedOutcomes(countNoDecision: boolean): string {
  return countNoDecision ? "('won', 'lost', 'no_decision')" : "('won', 'lost')";
}

/** Every closed outcome, spelled out so cases_live_closed_idx (deleted_at, outcome, closed_on) is searched. */
export const closedOutcomesSql = "('won', 'lost', 'no_decision', 'withdrawn', 'unknown')";

/** Live cases of the given outcomes closed between two bound days: a range search of cases_live_closed_idx. */
export function closedBetween(outcomes: string, from = '@from', to = '@to'): string {
  return `c.deleted_at is null and c.outcome in ${outcomes} and c.closed_on between ${from} and ${to}`;
}

export function buildQuery(
  sqlite: Database.Database,
  scope: ReviewScope,
  opts: { today: string; currency: string; countNoDecision: boolean },
): ReviewQuery {
  const { current, previous } = resolvePeriods(scope, opts.today);
  return {
    sqlite,
    countNoDecision: opts.countNoDecision,
    filters: filterSql(scope),
    params: {
      from: current.from,
      to: current.to,
      prevFrom: previous.from,
      prevTo: previous.to,
      today: opts.today,
      currency: opts.currency,
      ownerId: scope.ownerId ?? null,
      segment: scope.segment ?? null,
      offering: scope.offering ?? null,
      competitorId: scope.competitorId ?? null,
    },
  };
}

/** Runs one aggregate with the review's parameters (plus any extra) and returns its rows. */
export function rows<T>(q: ReviewQuery, sql: string, extra: Record<string, unknown> = {}): T[] {
  return preparedSql(q.sqlite, sql).all({ ...q.params, ...extra }) as T[];
}
