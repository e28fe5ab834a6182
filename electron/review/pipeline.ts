/**
 * The open pipeline: a forecast from our own history beside the stages' default probabilities and the
 * sellers' own, and the open cases at risk. A stage's learned win rate is the share won among counted closed
 * cases (closed up to the period's end, any earlier year too: more history, tighter intervals) that reached it —
 * stage position at close ≥ the stage's. Below `MIN_STAGE_CASES` a stage's rate is shown but flagged, and the
 * forecast uses the overall rate for it: one won case is not a 100 % stage. The defaults (Settings) and the
 * sellers' own probabilities are kept apart: a seller's forecast sums only the cases where a seller entered one.
 * Open cases' values are summed in the settings currency, other currencies at today's rate (conversion.ts).
 * At risk: the seller's stage runs more than one stage ahead of the buyer's furthest step (both as a share of
 * their lists), the decision maker is not reached past the middle of our process, or no buyer step for longer
 * than won cases' longest quiet spell (mean over won cases of the period, when at least 5 have buyer steps).
 * Changes with: shared/contract/review.ts (pipeline).
 */
import type { Summary } from '../../shared/contract/review';
import { conversionOf, rateSql } from './conversion';
import { PERIOD_DAYS } from './period-cases';
import { periodTotals } from './period-pass';
import { countedOutcomes, rows, type ReviewQuery } from './scope';
import { CONFIDENCE, describeInterval, MIN_PER_GROUP, percent, rateInterval } from '../../shared/stats';

type Pipeline = Summary['pipeline'];

/** Listing every open case would swamp a projector and the payload; the largest at risk come first. */
const AT_RISK_LIMIT = 20;

/**
 * Fewest closed cases a stage's learned rate needs before the forecast multiplies by it: at 10 the 90 % interval
 * still spans some 45 points, below it a stage's rate is mostly noise.
 */
export const MIN_STAGE_CASES = 10;

/** Summed per stage from the period's day counts (period-cases.ts); the few groups then get positions. */
export function stageHistorySql(q: ReviewQuery): string {
  return `
    select s.position as position, sum(h.n) as n, sum(h.won) as won, min(h.firstDay) as firstDay
    from (
      select d.stageId, sum(d.n) as n, sum(case when d.outcome = 'won' then d.n else 0 end) as won,
        min(d.day) as firstDay
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

/** Values in the settings currency, other currencies at today's rate (conversion.ts); no rate, no value. */
export function openByStageSql(q: ReviewQuery): string {
  const v = `(c.value_minor * ${rateSql(q, 'c.currency', '@today')})`;
  return `
    select s.position as position, count(*) as n,
      total(${v}) as valueMinor,
      sum(${v} * s.win_probability) / 100.0 as defaultMinor,
      sum(${v} * c.probability) / 100.0 as sellerMinor,
      sum(${v} is not null and c.probability is not null) as sellerCases,
      total(case when c.probability is not null then ${v} end) as sellerValueMinor,
      avg(c.probability) as sellerMean
    from cases c left join stages s on s.id = c.stage_id
    where c.deleted_at is null and c.outcome = 'open'${q.filters}
    group by s.position`;
}

/**
 * Open cases are walked largest first (cases_open_value_idx) with their facts (furthest buyer step, its date,
 * decision maker reached: case-facts.ts); the walk stops once the few listed are found, so the cost is that of
 * the largest open cases, not of all of them. When some open case is in another currency, ¥ and € figures
 * cannot be ranked as they stand: the largest are those worth most in the settings currency at today's rate,
 * which no index orders, so every open case is ranked (a case whose currency has no rate by its own figure).
 */
export function atRiskSql(q: ReviewQuery, mixedCurrencies = false): string {
  return `
    with sr as materialized (
      select id, name, row_number() over (order by position) * 1.0 / count(*) over () as progress
      from stages where deleted_at is null
    ), br as materialized (
      select id, name, row_number() over (order by position) * 1.0 / count(*) over () as progress
      from buyer_steps where deleted_at is null
    )
    select c.id as caseId, c.title, a.name as account, c.value_minor as valueMinor, c.currency, sr.name as stage,
      julianday(@today) - julianday(coalesce(cf.last_step_on, c.opened_on)) as quietDays,
      coalesce(sr.progress - coalesce(br.progress, 0) > 1.0 / (select count(*) from sr), 0) as ahead,
      coalesce(sr.progress > 0.5 and not coalesce(cf.dm, 0), 0) as noDm,
      coalesce(@typicalDays is not null
        and julianday(@today) - julianday(coalesce(cf.last_step_on, c.opened_on)) > @typicalDays, 0) as quiet,
      br.name as buyerStep
    from cases c${mixedCurrencies ? '' : ' indexed by cases_open_value_idx'}
    left join derived_case_facts cf on cf.case_id = c.id
    left join br on br.id = cf.step_id
    left join sr on sr.id = c.stage_id
    join accounts a on a.id = c.account_id
    where c.deleted_at is null and c.outcome = 'open'${q.filters} and (ahead or noDm or quiet)
    order by ${mixedCurrencies ? `coalesce(c.value_minor * ${rateSql(q, 'c.currency', '@today')}, c.value_minor)` : 'c.value_minor'} desc, c.id
    limit ${AT_RISK_LIMIT}`;
}

interface RiskRow {
  caseId: string;
  title: string;
  account: string;
  valueMinor: number;
  currency: string;
  stage: string | null;
  buyerStep: string | null;
  quietDays: number;
  ahead: number;
  noDm: number;
  quiet: number;
}

function stageSentence(stage: string, reached: number, won: number, rate: ReturnType<typeof rateInterval>): string {
  if (reached === 0) return `${stage}: no closed case has reached it yet.`;
  const of = `${won} of ${reached} closed cases that reached ${stage} were won`;
  if (reached < MIN_STAGE_CASES) {
    return `${stage}: not enough cases yet (${of}); the forecast uses the overall win rate here.`;
  }
  return `${stage}: ${percent(rate.rate)}, ${of} (${describeInterval({ ...rate, confidence: CONFIDENCE })}).`;
}

interface OpenRow {
  position: number | null;
  n: number;
  valueMinor: number;
  defaultMinor: number | null;
  sellerMinor: number | null;
  sellerCases: number;
  sellerValueMinor: number;
  sellerMean: number | null;
}

export function pipeline(q: ReviewQuery): Pipeline {
  const history = rows<{ position: number | null; n: number; won: number; firstDay: string | null }>(
    q,
    stageHistorySql(q),
  );
  const live = rows<{ stageId: string; stage: string; position: number; winProbability: number | null }>(
    q,
    liveStagesSql,
  );
  const open = rows<OpenRow>(q, openByStageSql(q));
  const overall = history.reduce((t, h) => ({ n: t.n + h.n, won: t.won + h.won }), { n: 0, won: 0 });
  const stages = live.map((s) => {
    const reachedRows = history.filter((h) => h.position !== null && h.position >= s.position);
    const reached = reachedRows.reduce((t, h) => t + h.n, 0);
    const won = reachedRows.reduce((t, h) => t + h.won, 0);
    const interval = rateInterval(won, reached);
    const here = open.find((o) => o.position === s.position);
    return {
      stageId: s.stageId,
      stage: s.stage,
      reached,
      won,
      rate: interval.rate,
      low: interval.low,
      high: interval.high,
      enough: reached >= MIN_STAGE_CASES,
      defaultProbability: s.winProbability === null ? null : s.winProbability / 100,
      sellerProbability: here?.sellerMean === null || here?.sellerMean === undefined ? null : here.sellerMean / 100,
      sellerCases: here?.sellerCases ?? 0,
      sentence: stageSentence(s.stage, reached, won, interval),
    };
  });
  const overallRate = overall.n ? overall.won / overall.n : 0;
  const rateAt = (position: number | null) => {
    const stage = position === null ? undefined : live.find((s) => s.position === position);
    const learned = stage ? stages.find((s) => s.stageId === stage.stageId) : undefined;
    return learned?.enough && learned.rate !== null ? learned.rate : overallRate;
  };
  const sum = (pick: (o: OpenRow) => number) => open.reduce((t, o) => t + pick(o), 0);
  const firstDays = history.map((h) => h.firstDay).filter((d): d is string => d !== null);
  const sellerCases = sum((o) => o.sellerCases);

  // The mean over won cases with buyer steps of their longest gap between steps (case-facts.ts).
  const { wonWithSteps, gapSum, gapCases } = periodTotals(q);
  const typicalDays = wonWithSteps >= MIN_PER_GROUP && gapCases > 0 ? gapSum / gapCases : null;
  const conversion = conversionOf(q, 'cases c', '@today', `c.deleted_at is null and c.outcome = 'open'${q.filters}`);
  const mixed = conversion.used.length > 0 || conversion.missing.length > 0;
  const atRisk = rows<RiskRow>(q, atRiskSql(q, mixed), { typicalDays }).map((r) => {
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
    return {
      caseId: r.caseId,
      title: r.title,
      account: r.account,
      valueMinor: r.valueMinor,
      currency: r.currency,
      reasons,
    };
  });

  return {
    openCases: sum((o) => o.n),
    openValueMinor: Math.round(sum((o) => o.valueMinor)),
    weightedForecastMinor: Math.round(sum((o) => o.valueMinor * rateAt(o.position))),
    defaultForecastMinor: open.some((o) => o.defaultMinor !== null)
      ? Math.round(sum((o) => o.defaultMinor ?? 0))
      : null,
    sellerForecastMinor: sellerCases > 0 ? Math.round(sum((o) => o.sellerMinor ?? 0)) : null,
    sellerEntered: { cases: sellerCases, valueMinor: Math.round(sum((o) => o.sellerValueMinor)) },
    conversion,
    history: {
      from: firstDays.length ? firstDays.reduce((a, b) => (a < b ? a : b)) : null,
      to: q.params.to,
      cases: overall.n,
    },
    stages,
    atRisk,
  };
}
