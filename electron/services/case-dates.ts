/**
 * The rules that tie a case's dates together, for every path that writes them (quick log, the case page,
 * the debrief): nothing closes before it opened, an expected close is not before the opening, and neither
 * lies absurdly far ahead — a typo such as 2062 for 2026 would otherwise skew the pipeline and the review.
 * Changes with: electron/services/cases.ts, electron/services/debrief.ts.
 */
import { ApiError } from '../../shared/envelope';
import type { ServiceContext } from './context';
import { today } from './rows';

/** A close recorded ahead of time (a signing date already agreed) may lie this many days after today. */
export const CLOSE_AHEAD_DAYS = 31;
/** An expected close may lie this many years after today: longer sales cycles are not plans but wishes. */
export const EXPECTED_AHEAD_YEARS = 10;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const addYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

// No date in a message: the screen writes dates in the seller's own format, the service cannot.

/** Throws a field error when the close date is before the opening or more than a month ahead. */
export function assertClosedOn(ctx: ServiceContext, openedOn: string, closedOn: string, field = 'closedOn'): void {
  if (closedOn < openedOn) {
    throw new ApiError('invalid_input', 'A case cannot close before it opened.', {
      [field]: 'On or after the day the case opened',
    });
  }
  const latest = addDays(today(ctx), CLOSE_AHEAD_DAYS);
  if (closedOn > latest) {
    throw new ApiError('invalid_input', 'A case cannot close that far in the future.', {
      [field]: `At most ${CLOSE_AHEAD_DAYS} days from today`,
    });
  }
}

/** Throws a field error when the expected close is before the opening or more than ten years ahead. */
export function assertExpectedClose(
  ctx: ServiceContext,
  openedOn: string,
  expectedCloseOn: string | null,
  field = 'expectedCloseOn',
): void {
  if (expectedCloseOn === null) return;
  if (expectedCloseOn < openedOn) {
    throw new ApiError('invalid_input', 'The expected close is before the case opened.', {
      [field]: 'On or after the day the case opened',
    });
  }
  const latest = addYears(today(ctx), EXPECTED_AHEAD_YEARS);
  if (expectedCloseOn > latest) {
    throw new ApiError('invalid_input', 'The expected close is too far in the future.', {
      [field]: `At most ${EXPECTED_AHEAD_YEARS} years from today`,
    });
  }
}
