/**
 * The open pipeline: a forecast from our own history beside the sellers' own probabilities, and the open
 * cases at risk. A stage's learned win rate is the share won among counted closed cases (closed up to the
 * period's end, any earlier year too: more history, tighter intervals) that reached it — stage position at
 * close ≥ the stage's. Open cases' values are summed in the settings currency only.
 * At risk: the seller's stage runs more than one stage ahead of the buyer's furthest step (both as a share of
 * their lists), the decision maker is not reached past the middle of our process, or no buyer step for longer
 * than won cases' longest quiet spell (mean over won cases of the period, when at least 5 have buyer steps).
 * Changes with: shared/contract/review.ts (pipeline).
 */
import type { Summary } from '../../shared/contract/review';
import { PERIOD_CASES, PERIOD_DAYS } from './period-cases';
import { countedOutcomes, rows, type ReviewQuery } from './scope';
import { MIN_PER_GROUP, rateInterval } from '../../shared/stats';

type Pipeline = Summary['pipeline'];

/** Listing every open case would swamp a projector and the payload; the largest at risk come first. */
const AT_RISK_LIMIT = 20;

/** Summed per stage from the period's day counts (period-cases.ts); the few groups then get positions. */
export function stageHistorySql(q: ReviewQuery): string {
  return `
    select s.position as position, sum(h.n) as n, sum(h.won) as won
    from (
      select d.stageId, sum(d.n) as n, sum(case when d.outcome = 'won' then d.n else 0 end) as won
      from ${PERIOD_DAYS} d
      where d.outcome in ${countedOutcomes(q.countNoDecision)}
      group by d.stageId
    ) h
    left join stages s on s.id = h.stageId
    group by s.position`;
}

export const liveStagesSql = `
  select id as stageId, name as stage, position, win_probability as winProbability
  from stages where deleted_at is null order by position`;

export function openByStageSql(q: ReviewQuery): string {
  return `
    select s.position as position, count(*) as n,
      coalesce(sum(case when c.currency = @currency then c.value_minor end), 0) as valueMinor,
      sum(case when c.currency = @currency then c.value_minor * coalesce(c.probability, s.win_probability) end)
        / 100.0 as sellerMinor
    from cases c left join stages s on s.id = c.stage_id
    where c.deleted_at is null and c.outcome = 'open'${q.filters}
    group by s.position`;
}

/** The mean over won cases with buyer steps of their longest gap between steps (case-facts.ts). */
export const quietSpellSql = `
  select avg(c.longest_gap) as typicalDays, count(*) as cases
  from ${PERIOD_CASES} c
  where c.won and c.steps > 0`;

/**
 * Open cases are walked largest first (cases_open_value_idx) with their facts (furthest buyer step, its date,
 * decision maker reached: case-facts.ts); the walk stops once the few listed are found, so the cost is that of
 * the largest open cases, not of all of them.
 */
export function atRiskSql(q: ReviewQuery): string {
  return `
    with sr as materialized (
      select id, name, row_number() over (order by position) * 1.0 / count(*) over () as progress
      from stages where deleted_at is null
    ), br as materialized (
      select id, name, row_number() over (order by position) * 1.0 / count(*) over () as progress
      from buyer_steps where deleted_at is null
    )
    select c.id as caseId, c.title, a.name as account, c.value_minor as valueMinor, sr.name as stage,
      julianday(@today) - julianday(coalesce(cf.last_step_on, c.opened_on)) as quietDays,
      coalesce(sr.progress - coalesce(br.progress, 0) > 1.0 / (select count(*) from sr), 0) as ahead,
      coalesce(sr.progress > 0.5 and not coalesce(cf.dm, 0), 0) as noDm,
      coalesce(@typicalDays is not null
        and julianday(@today) - julianday(coalesce(cf.last_step_on, c.opened_on)) > @typicalDays, 0) as quiet,
      br.name as buyerStep
    from cases c indexed by cases_open_value_idx
    left join derived_case_facts cf on cf.case_id = c.id
    left join br on br.id = cf.step_id
    left join sr on sr.id = c.stage_id
    join accounts a on a.id = c.account_id
    where c.deleted_at is null and c.outcome = 'open'${q.filters} and (ahead or noDm or quiet)
    order by c.value_minor desc, c.id
    limit ${AT_RISK_LIMIT}`;
}

interface RiskRow {
  caseId: string;
  title: string;
  account: string;
  valueMinor: number;
  stage: string | null;
  buyerStep: string | null;
  quietDays: number;
  ahead: number;
  noDm: number;
  quiet: number;
}

export function pipeline(q: ReviewQuery): Pipeline {
  const history = rows<{ position: number | null; n: number; won: number }>(q, stageHistorySql(q));
  const live = rows<{ stageId: string; stage: string; position: number; winProbability: number | null }>(
    q,
    liveStagesSql,
  );
  const overall = history.reduce((t, h) => ({ n: t.n + h.n, won: t.won + h.won }), { n: 0, won: 0 });
  const stages = live.map((s) => {
    const reachedRows = history.filter((h) => h.position !== null && h.position >= s.position);
    const reached = reachedRows.reduce((t, h) => t + h.n, 0);
    const won = reachedRows.reduce((t, h) => t + h.won, 0);
    const { rate, low, high } = rateInterval(won, reached);
    const sellerProbability = s.winProbability === null ? null : s.winProbability / 100;
    return { stageId: s.stageId, stage: s.stage, reached, won, rate, low, high, sellerProbability };
  });
  const overallRate = overall.n ? overall.won / overall.n : 0;
  const rateAt = (position: number | null) => {
    const stage = position === null ? undefined : live.find((s) => s.position === position);
    return stage ? (stages.find((s) => s.stageId === stage.stageId)?.rate ?? overallRate) : overallRate;
  };

  const open = rows<{ position: number | null; n: number; valueMinor: number; sellerMinor: number | null }>(
    q,
    openByStageSql(q),
  );
  const sellerKnown = open.some((o) => o.sellerMinor !== null);

  const [quiet] = rows<{ typicalDays: number | null; cases: number }>(q, quietSpellSql);
  const typicalDays = quiet && quiet.cases >= MIN_PER_GROUP ? quiet.typicalDays : null;
  const atRisk = rows<RiskRow>(q, atRiskSql(q), { typicalDays }).map((r) => {
    const reasons: string[] = [];
    if (r.ahead) {
      reasons.push(`Our stage (${r.stage}) is ahead of the buyer (furthest step: ${r.buyerStep ?? 'none recorded'})`);
    }
    if (r.noDm) reasons.push('Decision maker not reached');
    if (r.quiet && typicalDays !== null) {
      reasons.push(
        `No buyer step for ${Math.round(r.quietDays)} days; won cases' longest quiet spell averages ${Math.round(typicalDays)} days`,
      );
    }
    return { caseId: r.caseId, title: r.title, account: r.account, valueMinor: r.valueMinor, reasons };
  });

  return {
    openCases: open.reduce((t, o) => t + o.n, 0),
    openValueMinor: open.reduce((t, o) => t + o.valueMinor, 0),
    weightedForecastMinor: Math.round(open.reduce((t, o) => t + o.valueMinor * rateAt(o.position), 0)),
    sellerForecastMinor: sellerKnown ? Math.round(open.reduce((t, o) => t + (o.sellerMinor ?? 0), 0)) : null,
    stages,
    atRisk,
  };
}
