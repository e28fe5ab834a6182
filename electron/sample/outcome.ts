/**
 * How a simulated case ends. Our win chance is a logistic model whose terms are the things the review looks
 * for, so each section has a real pattern to find: who we met (each competitor its own edge, sharper when the
 * buyer weighs that competitor's strengths), an incumbent, whether we reached the decision maker and other
 * stakeholders, how far the buyer's steps went with us, face-to-face contact, the seller, and the done actions
 * whose scope the case is in. Underneath it all the team gets better year by year (`TREND_PER_YEAR`), so
 * the win rate rises everywhere whatever any action does: the trend the review must not credit to an action.
 * No decision is likelier when the buyer's process stalled or nobody senior was met.
 */
import type { Outcome } from '../../shared/domain/vocabulary';
import type { CaseTraits, PlannedAction } from './actions';
import type { Competitor, Ratings } from './market';
import type { Random } from './random';

/** About 35 % before everything else when the history starts: a fair B2B win rate, which the trend then lifts. */
const BASE = -0.55;

/** Log-odds the whole team gains per year of the history: about +7 points a year around 40–50 %. */
export const TREND_PER_YEAR = 0.3;

/** The team's experience on a day: 0 when the history starts, TREND_PER_YEAR a year later. */
export function experience(day: number, historyStart: number): number {
  return (TREND_PER_YEAR * (day - historyStart)) / 365;
}

export interface Odds {
  skill: number;
  met: Competitor[];
  hasIncumbent: boolean;
  importance: Ratings;
  reachedDm: boolean;
  othersReached: number;
  faceToFace: boolean;
  /** Buyer steps taken with us before the decision, 1–4. */
  engagement: number;
}

/** A competitor's edge in this case: stronger when the buyer cares about what they are good at. */
export function edgeIn(c: Competitor, importance: Ratings): number {
  return c.edge - 0.3 * c.strengths.reduce((t, s) => t + (importance[s] - 3), 0);
}

/** The done actions whose effect reaches a case decided on `decisionDay`: only those done before that day. */
export function actionsAt(actions: PlannedAction[], traits: CaseTraits, decisionDay: number): PlannedAction[] {
  return actions.filter((a) => a.doneDay !== null && decisionDay > a.doneDay && a.affects(traits));
}

export function winLogit(o: Odds): number {
  return (
    BASE +
    o.skill +
    o.met.reduce((t, c) => t + edgeIn(c, o.importance), 0) +
    (o.hasIncumbent ? -0.6 : 0) +
    (o.reachedDm ? 0.8 : -0.6) +
    0.2 * (o.othersReached - 1.5) +
    0.45 * (o.engagement - 2.5) +
    (o.faceToFace ? 0.3 : -0.15)
  );
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The closed outcome; `lost` with no competitor met means lost to an unrecorded rival. */
export function closedOutcome(random: Random, o: Odds, lift: number): Exclude<Outcome, 'open'> {
  const r = random.float();
  if (r < 0.012) return 'unknown';
  if (r < 0.052) return 'withdrawn';
  const noDecision = 0.08 + (o.reachedDm ? 0 : 0.07) + (o.engagement <= 1 ? 0.08 : 0) + (o.met.length === 0 ? 0.1 : 0);
  if (random.chance(noDecision)) return 'no_decision';
  if (random.chance(sigmoid(winLogit(o) + lift))) return 'won';
  return o.met.length === 0 && random.chance(0.5) ? 'no_decision' : 'lost';
}

/** Who beat us: the likelier, the stronger they are in this case. */
export function pickWinner<T extends { spec: Competitor }>(random: Random, met: T[], importance: Ratings): T | null {
  if (met.length === 0) return null;
  return random.weighted(met.map((c) => [c, Math.exp(-edgeIn(c.spec, importance))] as const));
}
