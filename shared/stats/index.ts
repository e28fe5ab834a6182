/**
 * Statistics for every number a seller sees: pure functions, tested against published values in test/unit/stats.
 * The review (electron/review) gets its rates, intervals, tests and gaps from here; its SQL returns counts and
 * sums only.
 */
export { contrastMeans, contrastShares, type Contrast, type ContrastOptions } from './contrast';
export { compareRates, type ClosedCounts, type CompareOptions, type RateComparison } from './compare';
export {
  confidenceLabel,
  describeDifference,
  describeInterval,
  describeRate,
  formatP,
  percent,
  type DifferenceToDescribe,
  type Verdict,
} from './describe';
export {
  judgeJointly,
  TREND_CONFIDENCE,
  type ActionEffect,
  type DayRange,
  type EffectContext,
  type EffectCounts,
  type EffectMethod,
  type WindowCounts,
} from './effect';
export { describeEffect, spanWords, type EffectWords } from './effect-words';
export { fisherExact, logFactorial, newcombeDifference, type DifferenceInterval, type Proportion } from './difference';
export { adjustedRate, expit, logit, pointsAt, type LogitInterval } from './log-odds';
export { meanWeightedGap, type GapSums } from './gap';
export { normalQuantile, zForConfidence } from './normal';
export { pointValue, type MoneyInterval, type PaceSums, type PointValue } from './point-value';
export { pareto, runningShares, type ParetoItem, type ParetoRow } from './pareto';
export { winRate, type WinRate, type WinRateInput } from './rate';
export {
  CONFIDENCE,
  compareWinRates,
  MIN_PER_GROUP,
  rateInterval,
  type ReviewComparison,
  type ReviewRate,
} from './review';
export { valueWeightedWinRate, type ValueSums, type WeightedWinRate } from './weighted';
export { incompleteBeta, mean, tTwoSidedP, welch, type Moments, type WelchResult } from './welch';
export { wilson, wilsonFromProportion, type RateInterval } from './wilson';
export { firthLogistic, type FirthFit, type GroupedRow } from './firth';
export { jointEffects, type JointAction, type JointCell, type JointEffect } from './joint-effect';
