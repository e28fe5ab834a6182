/** Statistics for every number a seller sees: pure functions, tested against published values in test/unit/stats. */
export { compareRates, type ClosedCounts, type CompareOptions, type RateComparison } from './compare';
export {
  confidenceLabel,
  describeDifference,
  describeRate,
  formatP,
  percent,
  type DifferenceToDescribe,
  type Verdict,
} from './describe';
export { fisherExact, logFactorial, newcombeDifference, type DifferenceInterval, type Proportion } from './difference';
export { meanWeightedGap, weightedGap, type CriterionRating } from './gap';
export { normalCdf, normalDensity, normalQuantile, normalTwoSidedP, zForConfidence } from './normal';
export { pareto, type ParetoItem, type ParetoRow } from './pareto';
export { winRate, type WinRate, type WinRateInput } from './rate';
export { valueWeightedWinRate, type ValuedOutcome, type WeightedWinRate } from './weighted';
export { wilson, wilsonFromProportion, type RateInterval } from './wilson';
