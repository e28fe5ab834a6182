/**
 * The loop closes: for each done action, did the win rate move where it applied, beyond what moved anyway? Three
 * windows of equal length L = min(365 days, done date → end of the review period): `after` the days after the
 * done date, `before` the L days before it, `prior` the L days before those. Cases decided on the done date
 * itself count in neither: whether they felt the action is unknown. The action's scope picks the cases: all,
 * one competitor met, one segment (account industry), one offering, or one criterion — the cases where that
 * criterion was rated against a rival, i.e. where it was in play. The SQL counts the decided cases and wins per
 * day, in each scope value an action names and in all cases; the windows' sums are taken here, and everything
 * else is shared/stats/effect.ts (outside = all − inside). The review's own filters (owner, segment…) still apply; its period does not, the action's
 * windows replace it.
 * Changes with: shared/contract/review.ts (actions), shared/domain/vocabulary.ts (actionScopes),
 * shared/stats/effect.ts.
 */
import type { Summary } from '../../shared/contract/review';
import type { ActionKind, ActionScope } from '../../shared/domain/vocabulary';
import { PERIOD_DAYS } from './period-cases';
import { addDays, closedBetween, countedOutcomes, daysBetween, rows, type ReviewQuery } from './scope';
import { actionEffect, rateInterval, type EffectCounts, type WindowCounts } from '../../shared/stats';

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

/**
 * Every scope's per-day counts in one statement: one row per scope value and day, for every case and for each
 * value some done action names. The actions' windows are summed in JS (`windowCounts`): a few thousand day
 * rows summed per action cost a fraction of what joining them to the actions in SQL did.
 */
export function dayCountsSql(q: ReviewQuery, scopes: ActionScope[]): string {
  const window = `${closedBetween(countedOutcomes(q.countNoDecision), '@windowFrom', '@to')}${q.filters}`;
  return `
    with acts as (select value ->> 'scope' as scope, value ->> 'value' as value from json_each(@actions))
    ${[...new Set<ActionScope>(['all', ...scopes])].map((scope) => branch(q, scope, window)).join('\n    union all\n    ')}`;
}

interface DayCount {
  scope: ActionScope;
  value: string | null;
  day: string;
  n: number;
  won: number;
}

type Windows = ReturnType<typeof windowsFor>['windows'];
type ByWindow = Record<keyof Windows, WindowCounts>;

/** The wins and decided cases of one scope value's day rows inside each window (days are ISO, so they compare). */
function windowCounts(days: DayCount[] | undefined, windows: Windows): ByWindow {
  const sums: ByWindow = { prior: { won: 0, n: 0 }, before: { won: 0, n: 0 }, after: { won: 0, n: 0 } };
  for (const d of days ?? []) {
    for (const w of ['prior', 'before', 'after'] as const) {
      if (d.day >= windows[w].from && d.day <= windows[w].to) {
        sums[w].won += d.won;
        sums[w].n += d.n;
      }
    }
  }
  return sums;
}

/** The first day a counted case was decided, among the review's filtered cases: where the data starts. */
export function firstDecidedSql(q: ReviewQuery): string {
  return `select min(d.day) as first from ${PERIOD_DAYS} d where d.outcome in ${countedOutcomes(q.countNoDecision)}`;
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

/** The sentence's opening: where the action applied. */
function whereOf(a: DoneAction): string {
  if (a.scope === 'all') return 'Across all cases';
  const value = a.label ?? a.scopeValue ?? '?';
  return {
    competitor: `Against ${value}`,
    segment: `In ${value}`,
    offering: `For ${value}`,
    criterion: `Where ${value} was rated`,
  }[a.scope];
}

function interval({ won, n }: WindowCounts) {
  const { rate, low, high } = rateInterval(won, n);
  return { won, lost: n - won, n, rate, low, high };
}

/** Each window as long as the time since the done date allows, and never longer than a year. */
export const MAX_WINDOW_DAYS = 365;

/**
 * The windows, as long as the time since the done date allows, never longer than a year, and never reaching back
 * before the first decided case: a window only partly covered by the data would hold only the cases that close
 * fastest (a sample's first months, or the months after a user starts logging), a different mix of cases.
 * An action on all cases needs its prior window too, so its windows fit three times into the history.
 */
export function windowsFor(doneOn: string, periodEnd: string, firstDecided: string | null, scope: ActionScope) {
  const history = firstDecided === null ? 0 : daysBetween(firstDecided, doneOn);
  const back = scope === 'all' ? Math.floor(history / 2) : history;
  const days = Math.max(0, Math.min(MAX_WINDOW_DAYS, daysBetween(doneOn, periodEnd), back));
  const range = (from: number, to: number) => ({ from: addDays(doneOn, from), to: addDays(doneOn, to) });
  return {
    days,
    windows: { prior: range(-2 * days, -days - 1), before: range(-days, -1), after: range(1, days) },
  };
}

function countsOf(inside: ByWindow, all: ByWindow, scope: ActionScope): EffectCounts {
  if (scope === 'all') return { inside, outside: null };
  // Every case in a scope is among all cases, so what is left is outside; clamped against a duplicated child row.
  const rest = (w: 'before' | 'after'): WindowCounts => {
    const n = Math.max(0, all[w].n - inside[w].n);
    return { won: Math.min(n, Math.max(0, all[w].won - inside[w].won)), n };
  };
  return { inside, outside: { before: rest('before'), after: rest('after') } };
}

const first = (days: string[]) => days.reduce((min, d) => (d < min ? d : min), '9999-12-31');

const TESTS = {
  comparison: 'difference in differences, MOVER-Wilson interval (Newcombe 2001)',
  trend: 'segmented trend, MOVER-Wilson interval (Zou & Donner 2008)',
};

export function loopActions(q: ReviewQuery): LoopAction[] {
  const found = rows<DoneAction>(q, doneActionsSql);
  if (found.length === 0) return [];
  const [{ first: firstDecided } = { first: null }] = rows<{ first: string | null }>(q, firstDecidedSql(q));
  const done = found.map((a) => ({ ...a, ...windowsFor(a.doneOn, q.params.to, firstDecided, a.scope) }));
  const days = rows<DayCount>(
    q,
    dayCountsSql(
      q,
      done.map((a) => a.scope),
    ),
    {
      actions: JSON.stringify(done.map((a) => ({ scope: a.scope, value: a.scope === 'all' ? null : a.scopeValue }))),
      windowFrom: first(done.map((a) => a.windows.prior.from)),
    },
  );
  const key = (scope: ActionScope, value: string | null) => `${scope}\u0000${value ?? ''}`;
  const byValue = new Map<string, DayCount[]>();
  for (const d of days) {
    const k = key(d.scope, d.value);
    const list = byValue.get(k);
    if (list) list.push(d);
    else byValue.set(k, [d]);
  }
  const daysOf = (scope: ActionScope, value: string | null) => byValue.get(key(scope, value));
  return done.map((a) => {
    const counts = countsOf(
      windowCounts(daysOf(a.scope, a.scope === 'all' ? null : a.scopeValue), a.windows),
      windowCounts(daysOf('all', null), a.windows),
      a.scope,
    );
    const e = actionEffect(counts, { where: whereOf(a), windowDays: a.days, doneOn: a.doneOn, windows: a.windows });
    return {
      id: a.id,
      title: a.title,
      kind: a.kind,
      scope: a.scope,
      scopeLabel: labelOf(a),
      doneAt: a.doneOn,
      method: e.method,
      windowDays: a.days,
      windows: a.windows,
      before: interval(counts.inside.before),
      after: interval(counts.inside.after),
      prior: interval(counts.inside.prior),
      elsewhere: counts.outside
        ? { before: interval(counts.outside.before), after: interval(counts.outside.after) }
        : null,
      change: e.change,
      expectedChange: e.expected,
      effect: { estimate: e.effect.estimate, low: e.effect.low, high: e.effect.high },
      verdict: e.verdict,
      test: TESTS[e.method],
      sentence: e.sentence,
      interval: e.interval,
      howComputed: e.howComputed,
    };
  });
}
