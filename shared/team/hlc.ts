/**
 * The hybrid logical clock every field change is stamped with (the model: Actual Budget's "CRDTs for mortals").
 * One integer per stamp: wall-clock milliseconds × 1024 plus a counter, so a stamp sorts as a number, fits a
 * SQLite INTEGER and stays a safe JavaScript integer until the year 2248. A burst of more than 1024 changes in
 * one millisecond (a bulk statement) carries into the millisecond part: the clock runs a little ahead of the
 * wall and never backwards. Two stamps of different members are ordered by the stamp, then by member id.
 * The SQL triggers of migration 0011 compute `tick` the same way (electron/team/clock-triggers.ts).
 */

/** Stamps per millisecond before the counter carries into the wall-clock part. */
export const HLC_COUNTER = 1024;

export type Hlc = number;

export function pack(wallMs: number, counter = 0): Hlc {
  return Math.floor(wallMs) * HLC_COUNTER + counter;
}

export function wallOf(hlc: Hlc): number {
  return Math.floor(hlc / HLC_COUNTER);
}

export function counterOf(hlc: Hlc): number {
  return hlc % HLC_COUNTER;
}

/** The stamp of a local change: later than every stamp this clock has issued or received. */
export function tick(last: Hlc, nowMs: number): Hlc {
  return Math.max(last + 1, pack(nowMs));
}

/** The clock after seeing a teammate's stamps: a later local change must sort after all of them. */
export function receive(last: Hlc, remote: Hlc): Hlc {
  return Math.max(last, remote);
}

/** A stamp with the member who made it; `null` for a change from before clocks were kept. */
export interface Stamp {
  hlc: Hlc;
  memberId: string | null;
}

/** Total order of stamps: later stamp first, then the larger member id (any fixed rule would do, all sides agree). */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  const am = a.memberId ?? '';
  const bm = b.memberId ?? '';
  return am === bm ? 0 : am < bm ? -1 : 1;
}

/** "2026-12-02T17:01:56.123Z·0003": readable in a merge report, sorts like the number. */
export function formatHlc(hlc: Hlc): string {
  return `${new Date(wallOf(hlc)).toISOString()}·${String(counterOf(hlc)).padStart(4, '0')}`;
}
