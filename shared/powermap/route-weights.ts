/**
 * From the strength scale to the weight of one hop of a route (see the header of route.ts for why these values).
 * Changes with: route.ts (orders routes by these costs), route-types.ts (Strength).
 */
import type { Strength } from './route-types';

/** How likely an ask along one hop of this strength lands: in (0, 1), never 1, so a longer route always costs more. */
export const strengthWeights: Record<Strength, number> = { 1: 0.35, 2: 0.65, 3: 0.8 };

/** A strength from a row as the scale knows it: 0 or less is no relationship (null), above 3 is trusted. */
export function clampStrength(s: number): Strength | null {
  if (!Number.isFinite(s) || s < 1) return null;
  if (s >= 3) return 3;
  return s >= 2 ? 2 : 1;
}

/** −ln(weight): what one hop adds to a route's cost. */
export const hopCost = (s: Strength) => -Math.log(strengthWeights[s]);

/**
 * The same cost in whole micro-units, for ordering: integer sums are exact and associative, so two routes made of
 * the same hops in a different order tie exactly and the tie-break (hops, then names) decides, not rounding.
 */
export const hopUnits = (s: Strength) => Math.round(hopCost(s) * 1e6);
