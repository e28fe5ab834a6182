/**
 * A field's last stamp, local or remote, and the order the merge decides by: the later stamp wins; equal stamps
 * (only rows from before the clocks can tie) fall back to a fixed order of the values, so every side picks the
 * same winner and the merge stays a join.
 * Changes with: shared/team/hlc.ts, clock-triggers.ts (legacyStampSql is the SQL twin of legacyStamp).
 */
import { compareStamps, HLC_COUNTER } from '../../shared/team/hlc';
import type { FieldClock } from './remote-rows';

export type Clocks = Map<string, FieldClock>;

let lastUpdatedAt: unknown;
let lastLegacy: FieldClock = { hlc: 0, memberId: null };

/**
 * What a row without clocks was last set at: its updated_at, by nobody known. Asked for every field of a row
 * in turn with the same updated_at, so the last answer is kept (stamps are never changed by their readers).
 */
export function legacyStamp(updatedAt: unknown): FieldClock {
  if (updatedAt === lastUpdatedAt) return lastLegacy;
  const ms = typeof updatedAt === 'string' ? Date.parse(updatedAt) : NaN;
  lastUpdatedAt = updatedAt;
  lastLegacy = { hlc: Number.isFinite(ms) ? Math.max(0, Math.round(ms)) * HLC_COUNTER : 0, memberId: null };
  return lastLegacy;
}

export function effective(clocks: Clocks | undefined, field: string, updatedAt: unknown): FieldClock {
  return clocks?.get(field) ?? clocks?.get('*') ?? legacyStamp(updatedAt);
}

type Value = string | number | null;

function valueOrder(a: Value, b: Value): number {
  const rank = (v: Value) => (v === null ? 0 : typeof v === 'number' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a === b) return 0;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

/** > 0 when the remote side's value wins. */
export function compareFields(
  local: { stamp: FieldClock; value: Value },
  remote: { stamp: FieldClock; value: Value },
): number {
  const byStamp = compareStamps(remote.stamp, local.stamp);
  return byStamp !== 0 ? byStamp : valueOrder(remote.value, local.value);
}
