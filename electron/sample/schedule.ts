/**
 * When each case opens and for which customer: over the three years before today, a little more each year
 * (a growing business), with some customers coming back far more often than others. Drawn up front and
 * sorted by day so the cases can be simulated in the order they happened.
 */
import type { Random } from './random';

/** Three years of history. */
export const HISTORY_DAYS = 3 * 365;

export interface Slot {
  openedDay: number;
  account: number;
}

/**
 * Opening density rises linearly to 1.5× the first day's by today: t in [0, 1] has density ∝ 1 + t/2, whose
 * inverse CDF is 2(√(1 + 1.25u) − 1).
 */
function growingShare(u: number): number {
  return 2 * (Math.sqrt(1 + 1.25 * u) - 1);
}

export function scheduleCases(random: Random, cases: number, accounts: number, today: number): Slot[] {
  const first = today - HISTORY_DAYS;
  const slots: Slot[] = [];
  for (let i = 0; i < cases; i++) {
    const openedDay = first + Math.min(HISTORY_DAYS - 1, Math.floor(growingShare(random.float()) * HISTORY_DAYS));
    // u^1.6 favours low indexes: a few regulars, a long tail of one-off customers.
    const account = Math.floor(accounts * random.float() ** 1.6);
    slots.push({ openedDay, account });
  }
  return slots.sort((a, b) => a.openedDay - b.openedDay);
}
