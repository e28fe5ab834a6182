/**
 * The learning summary, composed from one module per section. Every figure is a SQL aggregate over the scoped
 * cases (no case rows are loaded into JS); sentences and intervals are computed from those aggregates.
 * Takes the database and the settings it needs, nothing of the service context, so the CLI, the service and
 * the benchmark call the same function.
 * Changes with: shared/contract/review.ts (Summary), electron/review/service.ts, electron/review/*.ts.
 */
import type Database from 'better-sqlite3';
import type { ReviewScope, Summary } from '../../shared/contract/review';
import { compareWinRates } from '../../shared/stats';
import { battlecards } from './battlecards';
import { criteriaVsCompetitor, headToHead } from './competitors';
import { factorGroups, winFactors } from './factors';
import { routeFactors } from './route-factors';
import { findings } from './findings';
import { criteriaGaps } from './gaps';
import { loopHealth } from './health';
import { loopActions } from './loop';
import { lessonTags, lossCategories, lossReasons, stalls } from './losses';
import { pipeline } from './pipeline';
import { pointValueOf } from './point-value';
import { withPeriodCases } from './period-cases';
import { buildQuery, type ReviewQuery } from './scope';
import { sellers } from './sellers';
import { winRates } from './win-rate';

export interface SummaryOptions {
  /** Today in the user's calendar (YYYY-MM-DD): the default period ends here. */
  today: string;
  /** ISO timestamp stamped on the summary. */
  generatedAt: string;
  currency: string;
  countNoDecision: boolean;
}

export function buildSummary(sqlite: Database.Database, scope: ReviewScope, opts: SummaryOptions): Summary {
  const q = buildQuery(sqlite, scope, opts);
  // One read transaction: every section sees the same snapshot, even if a teammate's import lands meanwhile.
  return sqlite.transaction(() => withPeriodCases(q, () => sections(q, scope, opts)))();
}

function sections(q: ReviewQuery, scope: ReviewScope, opts: SummaryOptions): Summary {
  const rates = winRates(q);
  const groups = factorGroups(q);
  const factors = [...winFactors(groups), ...routeFactors(q)];
  const h2h = headToHead(q);
  const vsCompetitor = criteriaVsCompetitor(q);
  const w = rates.winRate;
  const p = rates.previousWinRate;
  const decided = w.won + w.lost + w.noDecision;
  const losses = lossReasons(q);
  const s: Omit<Summary, 'findings'> = {
    scope: { ...scope, from: q.params.from, to: q.params.to },
    previous: { from: q.params.prevFrom, to: q.params.prevTo },
    generatedAt: opts.generatedAt,
    countNoDecision: opts.countNoDecision,
    currency: opts.currency,
    winRate: w,
    previousWinRate: p,
    versusPrevious: compareWinRates({ won: p.won, lost: p.closed - p.won }, { won: w.won, lost: w.closed - w.won }),
    valueWeighted: rates.valueWeighted,
    byQuarter: rates.byQuarter,
    winFactors: factors.map(({ clear: _clear, ...f }) => f),
    byCompetitor: h2h,
    criteriaVsCompetitor: vsCompetitor,
    battlecards: battlecards(q, h2h, vsCompetitor),
    lossReasons: losses,
    lossCategories: lossCategories(losses),
    stalls: stalls(q),
    noDecision: { count: w.noDecision, closed: decided, share: decided ? w.noDecision / decided : null },
    lessonTags: lessonTags(q),
    criteriaGaps: criteriaGaps(q),
    actions: loopActions(q),
    pipeline: pipeline(q),
    sellers: sellers(q, groups),
    pointValue: pointValueOf(
      q,
      {
        cases: rates.valueWeighted.cases,
        valueSum: rates.valueWeighted.closedMinor,
        valueSquares: rates.valueSquares,
      },
      rates.valueWeighted.conversion,
    ),
    loopHealth: loopHealth(q),
  };
  return { ...s, findings: findings(s, factors, rates.valueWeightedInterval) };
}
