/**
 * The loop closes: for each done action, did the win rate move where it applied, beyond what moved anyway? Three
 * windows of equal length L = min(365 days, done date → end of the review period): `after` the days after the
 * done date, `before` the L days before it, `prior` the L days before those. Cases decided on the done date
 * itself count in neither: whether they felt the action is unknown. The action's scope picks the cases: all,
 * one competitor met, one segment (account industry), one offering, or one criterion — the cases where that
 * criterion was rated against a rival, i.e. where it was in play. Every done action is judged in one model
 * (shared/stats/joint-effect.ts, through `judgeJointly`), so an inert action done beside a working one is not
 * credited with its effect: the SQL counts decided cases and wins per day and per combination of scopes a case
 * is in (`cellCountsSql`), and this file turns them into each action's window counts and the model's cells. The
 * review's own filters (owner, segment…) still apply; its period does not, the action's windows replace it.
 * Changes with: shared/contract/review.ts (actions), shared/domain/vocabulary.ts (actionScopes),
 * shared/stats/effect.ts.
 */
import type { Summary } from '../../shared/contract/review';
import type { ActionKind, ActionScope } from '../../shared/domain/vocabulary';
import { PERIOD_DAYS } from './period-cases';
import { addDays, closedBetween, countedOutcomes, daysBetween, rows, type ReviewQuery } from './scope';
import {
  describeEffect,
  judgeJointly,
  rateInterval,
  type EffectCounts,
  type JointCell,
  type WindowCounts,
  type DayRange,
} from '../../shared/stats';

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
 * Where a decided case stands for one action: in its scope before or after the done date, decided on the done
 * date itself, in its scope in the prior window, or outside its scope in the before or after window; `none` for
 * anything else (another time, or elsewhere on the done date).
 */
export const STATE = { none: 0, before: 1, after: 2, doneDay: 3, prior: 4, elsewhereBefore: 5, elsewhereAfter: 6 };

/** Part-scope actions per mask column: an SQLite integer holds 63 bits. */
const BITS = 60;

/**
 * The decided cases in action j's scope over its windows (@p: the prior window's first day, @a: the after
 * window's last), as (day, case, outcome) in day and case order, with the action's bit in its mask column: one
 * value's range of a review-rows table (review-rows.ts), or for an offering a range of cases_review_idx. With the
 * review's filters, only the filtered cases.
 */
function membersSql(q: ReviewQuery, scope: Exclude<ActionScope, 'all'>, j: number, bit: number, masks: number): string {
  const counted = countedOutcomes(q.countNoDecision);
  const window = `${closedBetween(counted, `@p${j}`, `@a${j}`)}${q.filters}`;
  const columns = Array.from(
    { length: masks },
    (_, m) => `${m === Math.floor(bit / BITS) ? 2 ** (bit % BITS) : 0} as m${m}`,
  );
  if (scope === 'offering') {
    return `select c.closed_on as day, c.id as caseId, c.outcome, ${columns.join(', ')}
      from cases c indexed by cases_review_idx where ${window} and c.offering = @v${j}`;
  }
  const [table, column] = {
    segment: ['derived_review_segments', 'industry'],
    competitor: ['derived_review_rivals', 'competitor_id'],
    criterion: ['derived_review_ratings', 'criterion_id'],
  }[scope];
  // The review rows hold every decided case; with filters, only the window's filtered cases count.
  const filtered = q.filters ? ` and r.case_id in (select c.id from cases c where ${window})` : '';
  return `select r.closed_on as day, r.case_id as caseId, r.outcome, ${columns.join(', ')}
      from ${table} r
      where r.${column} = @v${j} and r.closed_on between @p${j} and @a${j} and r.outcome in ${counted}${filtered}`;
}

/**
 * The counts the joint model's cells are made of, in one statement that never reads a case twice nor joins a
 * scope's cases to another's: the scopes' case streams (membersSql, one per action on part of the cases) merged
 * in day and case order, each case's bits summed into its masks as the merge passes it; then per day, one string
 * of the day's cases as codes (`+` won or `-` not, then the masks: `codesOf` counts them). Grouping the cases by
 * day and masks in SQL sorted every case of the windows (some 60,000 at 100,000 cases, a third of the statement's
 * time); per day, in the order the merge delivers them, nothing is sorted. Then every decided case per day from
 * the period's day counts (period-cases.ts), with no codes, of which the cases in no scope are what the masked
 * cases leave. A few thousand rows, whatever the number of cases.
 */
export function cellCountsSql(q: ReviewQuery, scopes: readonly ActionScope[]): string {
  const parts = scopes.flatMap((scope, j) => (scope === 'all' ? [] : [{ scope, j }]));
  const masks = Math.max(1, Math.ceil(parts.length / BITS));
  const m = Array.from({ length: masks }, (_, i) => `m${i}`);
  const totals = `select d.day, null as codes, sum(d.n) as n,
      sum(case when d.outcome = 'won' then d.n else 0 end) as won
    from ${PERIOD_DAYS} d where d.day between @windowFrom and @to and d.outcome in ${countedOutcomes(q.countNoDecision)}
    group by d.day`;
  if (parts.length === 0) return totals;
  // per_case's ORDER BY is its GROUP BY's own order (no sort), and tells the outer GROUP BY that days come in order.
  return `
    with members as (
      ${parts.map(({ scope, j }, bit) => membersSql(q, scope, j, bit, masks)).join('\n      union all\n      ')}
      order by day, caseId
    ),
    per_case as (
      select day, caseId, outcome = 'won' as won, ${m.map((x) => `sum(${x}) as ${x}`).join(', ')}
      from members group by day, caseId order by day, caseId
    )
    select day, group_concat(case when won then '+' else '-' end || ${m.join(" || '.' || ")}) as codes,
      null as n, null as won
    from per_case group by day
    union all
    ${totals}`;
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

type CellRow = { day: string; n: number; won: number } & Record<`m${number}`, number>;

/** A row of `cellCountsSql`: a day's masked cases as codes, or (codes null) the day's count of every case. */
interface DayRow {
  day: string;
  codes: string | null;
  n: number | null;
  won: number | null;
}

/**
 * The statement's rows as SQL's `group by day, masks` gave them: per day, one row per combination of masks with
 * its cases and wins, in the masks' numeric order (the cells are summed in this order, so the model's figures
 * stay the same to the last digit); the days' totals after them, marked by a mask of -1.
 */
export function codesOf(found: readonly DayRow[], masks: number): CellRow[] {
  const cells: CellRow[] = [];
  const totals: CellRow[] = [];
  const none = Object.fromEntries(Array.from({ length: masks }, (_, i) => [`m${i}`, -1]));
  for (const r of found) {
    if (r.codes === null) {
      totals.push({ day: r.day, n: r.n ?? 0, won: r.won ?? 0, ...none });
      continue;
    }
    const byMasks = new Map<string, { values: number[]; n: number; won: number }>();
    for (const code of r.codes.split(',')) {
      const key = code.slice(1);
      let g = byMasks.get(key);
      if (!g) {
        g = { values: key.split('.').map(Number), n: 0, won: 0 };
        byMasks.set(key, g);
      }
      g.n++;
      if (code[0] === '+') g.won++;
    }
    const ordered = [...byMasks.values()].sort((a, b) => {
      for (let i = 0; i < masks; i++) if (a.values[i] !== b.values[i]) return a.values[i]! - b.values[i]!;
      return 0;
    });
    for (const g of ordered) {
      const row = { day: r.day, n: g.n, won: g.won } as CellRow;
      g.values.forEach((v, i) => (row[`m${i}`] = v));
      cells.push(row);
    }
  }
  return [...cells, ...totals];
}

interface Windowed {
  scope: ActionScope;
  doneOn: string;
  windows: { prior: DayRange; before: DayRange; after: DayRange };
}

/** Action `a`'s STATE for a case decided on `day`, in its scope or not. */
export function stateOf(a: Windowed, day: string, member: boolean): number {
  const { prior, before, after } = a.windows;
  if (day < prior.from || day > after.to) return STATE.none;
  if (member || a.scope === 'all') {
    if (day < before.from) return STATE.prior;
    return day < a.doneOn ? STATE.before : day === a.doneOn ? STATE.doneDay : STATE.after;
  }
  if (day < before.from || day === a.doneOn) return STATE.none;
  return day < a.doneOn ? STATE.elsewhereBefore : STATE.elsewhereAfter;
}

/** Month number of a day: the joint model's time bucket. */
export const monthOf = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * Decided cases grouped by day and by each action's STATE, into the joint model's cells and each action's window
 * counts. A case decided on an action's done date in its scope is in neither its before nor its after: it is left
 * out of the model altogether (its cell is dropped), since any place the model gave it — before, after, or among
 * the cases the action did not touch — would count it on one side; it still counts for the other actions' windows.
 */
export function cellsFrom(
  actions: readonly Windowed[],
  groups: Iterable<{ day: string; states: readonly number[]; won: number; n: number }>,
) {
  const zero = (): WindowCounts => ({ won: 0, n: 0 });
  const tallies = actions.map(() => ({
    inside: { prior: zero(), before: zero(), after: zero() },
    outside: { before: zero(), after: zero() },
  }));
  // A cell's place in the model per action, as a digit: 0 where no term looks, else before, after or prior.
  const digit = [0, 1, 2, 0, 3, 0, 0];
  // Digits in base 4 are exact in a double up to 26 actions; past that the key is a string of digits.
  const numeric = actions.length <= 26;
  const cells = new Map<string, JointCell>();
  for (const g of groups) {
    if (g.n === 0) continue;
    let doneDay = false;
    let code = 0;
    let digits = '';
    for (let j = 0; j < g.states.length; j++) {
      const state = g.states[j]!;
      const t = tallies[j]!;
      const w =
        state === STATE.before
          ? t.inside.before
          : state === STATE.after
            ? t.inside.after
            : state === STATE.prior
              ? t.inside.prior
              : state === STATE.elsewhereBefore
                ? t.outside.before
                : state === STATE.elsewhereAfter
                  ? t.outside.after
                  : null;
      if (w) {
        w.n += g.n;
        w.won += g.won;
      }
      if (state === STATE.doneDay) doneDay = true;
      if (numeric) code = code * 4 + digit[state]!;
      else digits += digit[state]!;
    }
    if (doneDay) continue;
    const bucket = monthOf(g.day);
    // Cases of one month that differ only where no term of the model looks are one cell.
    const key = `${bucket}:${numeric ? code : digits}`;
    let cell = cells.get(key);
    if (!cell) {
      const modelled = g.states.map((s) => digit[s]!);
      cell = {
        bucket,
        inScope: modelled.map((d) => d === 1 || d === 2),
        after: modelled.map((d) => d === 2),
        prior: modelled.map((d) => d === 3),
        won: 0,
        n: 0,
      };
      cells.set(key, cell);
    }
    cell.n += g.n;
    cell.won += g.won;
  }
  const counts: EffectCounts[] = tallies.map((t, j) => ({
    inside: t.inside,
    outside: actions[j]!.scope === 'all' ? null : t.outside,
  }));
  return { cells: [...cells.values()], counts };
}

/**
 * The statement's rows as groups of cases with their states: the masked rows, then each day's unmasked rest.
 * Every row of a day shares its states but for membership, so each day's two state vectors (in an action's
 * scope, and outside it) are worked out once.
 */
function groupsOf(actions: readonly Windowed[], found: readonly CellRow[]) {
  // Per action on part of the cases: its mask column and its bit's place value (null for an action on all).
  let bits = 0;
  const maskOf = actions.map((a) => {
    if (a.scope === 'all') return null;
    const bit = bits++;
    return { column: `m${Math.floor(bit / BITS)}` as const, unit: 2 ** (bit % BITS) };
  });
  const days = new Map<string, { inside: number[]; outside: number[]; won: number; n: number }>();
  const dayOf = (day: string) => {
    let d = days.get(day);
    if (!d) {
      d = {
        inside: actions.map((a) => stateOf(a, day, true)),
        outside: actions.map((a) => stateOf(a, day, false)),
        won: 0,
        n: 0,
      };
      days.set(day, d);
    }
    return d;
  };
  const groups: { day: string; states: readonly number[]; won: number; n: number }[] = [];
  for (const r of found) {
    const d = dayOf(r.day);
    if (r.m0 === -1) {
      d.won += r.won;
      d.n += r.n;
      continue;
    }
    const states = d.outside.slice();
    for (let j = 0; j < actions.length; j++) {
      const mask = maskOf[j];
      if (!mask || Math.floor(r[mask.column]! / mask.unit) % 2 === 1) states[j] = d.inside[j]!;
    }
    groups.push({ day: r.day, states, won: r.won, n: r.n });
    d.won -= r.won;
    d.n -= r.n;
  }
  for (const [day, d] of days) {
    // Clamped: a case in a scope is among all cases, so only a duplicated child row could make this negative.
    const cases = Math.max(0, d.n);
    groups.push({ day, states: d.outside, won: Math.min(cases, Math.max(0, d.won)), n: cases });
  }
  return groups;
}

const first = (days: string[]) => days.reduce((min, d) => (d < min ? d : min), '9999-12-31');

const TESTS = {
  comparison:
    'difference in differences, every done action in one Firth-penalised logistic model with month terms (Firth 1993)',
  trend: 'segmented trend, every done action in one Firth-penalised logistic model with a linear trend (Firth 1993)',
};

export function loopActions(q: ReviewQuery): LoopAction[] {
  const found = rows<DoneAction>(q, doneActionsSql);
  if (found.length === 0) return [];
  const [{ first: firstDecided } = { first: null }] = rows<{ first: string | null }>(q, firstDecidedSql(q));
  const done = found.map((a) => ({ ...a, ...windowsFor(a.doneOn, q.params.to, firstDecided, a.scope) }));
  const params: Record<string, string | null> = { windowFrom: first(done.map((a) => a.windows.prior.from)) };
  done.forEach((a, j) => {
    params[`p${j}`] = a.windows.prior.from;
    params[`a${j}`] = a.windows.after.to;
    params[`v${j}`] = a.scope === 'all' ? null : a.scopeValue;
  });
  const scopes = done.map((a) => a.scope);
  const masks = Math.max(1, Math.ceil(scopes.filter((s) => s !== 'all').length / BITS));
  const cellRows = codesOf(rows<DayRow>(q, cellCountsSql(q, scopes), params), masks);
  const { cells, counts } = cellsFrom(done, groupsOf(done, cellRows));
  const judged = judgeJointly(
    counts.map((c) => ({ counts: c })),
    cells,
  );
  return done.map((a, j) => {
    const c = counts[j]!;
    const e = judged[j]!;
    const words = describeEffect(e, c, { where: whereOf(a), windowDays: a.days, doneOn: a.doneOn, windows: a.windows });
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
      before: interval(c.inside.before),
      after: interval(c.inside.after),
      prior: interval(c.inside.prior),
      elsewhere: c.outside ? { before: interval(c.outside.before), after: interval(c.outside.after) } : null,
      change: e.change,
      expectedChange: e.expected,
      effect: { estimate: e.effect.estimate, low: e.effect.low, high: e.effect.high },
      verdict: e.verdict,
      test: TESTS[e.method],
      sentence: words.sentence,
      interval: words.interval,
      howComputed: words.howComputed,
    };
  });
}
