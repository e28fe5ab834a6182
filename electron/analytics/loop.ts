/**
 * The loop closes: for each done action, the win rate of the cases it was meant to move, before vs after
 * its done date. "After" runs from the done date to the end of the review period, at most as long as the
 * period (12 months by default); "before" is a window of the same length just before it, so a slow
 * long-term drift weighs the same on both sides and an old action is judged on the year around it. The action's scope
 * picks the cases: all, one competitor met, one segment (account industry), one offering, or one criterion —
 * the cases where that criterion was rated against a rival, i.e. where it was in play. The review's own
 * filters (owner, segment…) still apply; its period does not, the action's windows replace it.
 * Changes with: shared/contract/review.ts (actions), shared/domain/vocabulary.ts (actionScopes).
 */
import type { Summary } from '../../shared/contract/review';
import type { ActionKind, ActionScope } from '../../shared/domain/vocabulary';
import { PERIOD_DAYS } from './period-cases';
import { addDays, closedBetween, countedOutcomes, daysBetween, rows, type ReviewQuery } from './scope';
import { compareWinRates, rateInterval } from '../../shared/stats';

type LoopAction = Summary['actions'][number];

interface DoneAction {
  id: string;
  title: string;
  kind: ActionKind;
  scope: ActionScope;
  scopeValue: string | null;
  doneOn: string;
  label: string | null;
}

/** Done actions up to the end of the period, newest first; names for competitor and criterion scopes. */
export const doneActionsSql = `
  select a.id, a.title, a.kind, a.scope, a.scope_value as scopeValue, a.done_on as doneOn,
    coalesce(co.name, k.name) as label
  from actions a
  left join competitors co on a.scope = 'competitor' and co.id = a.scope_value
  left join criteria k on a.scope = 'criterion' and k.id = a.scope_value
  where a.deleted_at is null and a.status = 'done' and a.done_on is not null and a.done_on <= @to
  order by a.done_on desc, a.title`;

/**
 * How each scope picks its cases, one branch per scope, each already counted per scope value and day: every
 * case counts under 'all'; under a competitor it was met, a criterion rated against a rival, its account's
 * industry, its offering. Only branches some done action needs are run, each only for the values the actions
 * name. 'all' sums the period's day counts, 'offering' reads cases_review_idx alone; segment, competitor and
 * criterion read their value's range of the review rows (review-rows.ts), which come out grouped by value and day.
 */
function branch(q: ReviewQuery, scope: ActionScope, window: string): string {
  const won = "sum(c.outcome = 'won')";
  const wanted = `(select value from acts where scope = '${scope}')`;
  const counted = countedOutcomes(q.countNoDecision);
  // The review rows hold every decided case; with filters, only the window's filtered cases count.
  const filtered = q.filters ? ` and r.case_id in (select c.id from cases c where ${window})` : '';
  /** One value's range of a review-rows table (review-rows.ts), already in value and day order. */
  const fromReviewRows = (table: string, column: string) => `
    select '${scope}' as scope, r.${column} as value, r.closed_on as day, count(*) as n, sum(r.outcome = 'won') as won
    from ${table} r
    where r.${column} in ${wanted} and r.closed_on between @windowFrom and @to and r.outcome in ${counted}${filtered}
    group by r.${column}, r.closed_on`;
  return {
    // From the period's day counts (period-cases.ts): every decided case up to the period's end, filtered.
    all: `select 'all' as scope, null as value, d.day, sum(d.n) as n,
        sum(case when d.outcome = 'won' then d.n else 0 end) as won
      from ${PERIOD_DAYS} d where d.day between @windowFrom and @to and d.outcome in ${counted} group by d.day`,
    offering: `select 'offering' as scope, c.offering as value, c.closed_on as day, count(*) as n, ${won} as won
      from cases c where ${window} and c.offering in ${wanted} group by c.offering, c.closed_on`,
    segment: fromReviewRows('derived_review_segments', 'industry'),
    competitor: fromReviewRows('derived_review_rivals', 'competitor_id'),
    criterion: fromReviewRows('derived_review_ratings', 'criterion_id'),
  }[scope];
}

/** All done actions in one statement: per-day counts per scope value, summed over each action's windows. */
export function beforeAfterSql(q: ReviewQuery, scopes: ActionScope[]): string {
  const window = `${closedBetween(countedOutcomes(q.countNoDecision), '@windowFrom', '@to')}${q.filters}`;
  return `
    with acts as (
      select value ->> 'id' as id, value ->> 'scope' as scope, value ->> 'value' as value,
        value ->> 'doneOn' as doneOn, value ->> 'beforeFrom' as beforeFrom, value ->> 'afterTo' as afterTo
      from json_each(@actions)
    ),
    days as materialized (
      ${[...new Set(scopes)].map((scope) => branch(q, scope, window)).join('\n      union all\n      ')}
    )
    select a.id,
      coalesce(sum(case when d.day < a.doneOn then d.won end), 0) as beforeWon,
      coalesce(sum(case when d.day < a.doneOn then d.n end), 0) as beforeN,
      coalesce(sum(case when d.day >= a.doneOn then d.won end), 0) as afterWon,
      coalesce(sum(case when d.day >= a.doneOn then d.n end), 0) as afterN
    from acts a
    left join days d on d.scope = a.scope and d.value is a.value and d.day between a.beforeFrom and a.afterTo
    group by a.id`;
}

function labelOf(a: DoneAction): string {
  if (a.scope === 'all') return 'All cases';
  const value = a.label ?? a.scopeValue ?? '?';
  return {
    competitor: `Against ${value}`,
    segment: `Segment: ${value}`,
    offering: `Offering: ${value}`,
    criterion: `Where ${value} was rated`,
  }[a.scope];
}

function interval(won: number, n: number) {
  const { rate, low, high } = rateInterval(won, n);
  return { won, lost: n - won, n, rate, low, high };
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

const first = (days: string[]) => days.reduce((min, d) => (d < min ? d : min), '9999-12-31');

export function loopActions(q: ReviewQuery): LoopAction[] {
  const periodDays = daysBetween(q.params.from, q.params.to) + 1;
  const done = rows<DoneAction>(q, doneActionsSql).map((a) => {
    const afterTo = minDay(q.params.to, addDays(a.doneOn, periodDays - 1));
    return { ...a, afterTo, beforeFrom: addDays(a.doneOn, -(daysBetween(a.doneOn, afterTo) + 1)) };
  });
  if (done.length === 0) return [];
  const acts = done.map((a) => ({
    id: a.id,
    scope: a.scope,
    value: a.scope === 'all' ? null : a.scopeValue,
    doneOn: a.doneOn,
    beforeFrom: a.beforeFrom,
    afterTo: a.afterTo,
  }));
  const counts = rows<{ id: string; beforeWon: number; beforeN: number; afterWon: number; afterN: number }>(
    q,
    beforeAfterSql(
      q,
      done.map((a) => a.scope),
    ),
    {
      actions: JSON.stringify(acts),
      windowFrom: first(done.map((a) => a.beforeFrom)),
    },
  );
  return done.map((a) => {
    const r = counts.find((c) => c.id === a.id);
    const before = interval(r?.beforeWon ?? 0, r?.beforeN ?? 0);
    const after = interval(r?.afterWon ?? 0, r?.afterN ?? 0);
    const c = compareWinRates(before, after);
    return {
      id: a.id,
      title: a.title,
      kind: a.kind,
      scope: a.scope,
      scopeLabel: labelOf(a),
      doneAt: a.doneOn,
      before,
      after,
      verdict: c.verdict,
      test: c.test,
      sentence: c.sentence,
    };
  });
}
