/**
 * Today's date in the user's calendar: the one home of "which day is it" for the services (with the context's
 * clock), the sample generator, the CLI and the screens. A calendar day is read off the local clock, not UTC's, so
 * a seller in Auckland closing a case at 08:00 files it under their today, not under yesterday.
 * Pure given the clock: pass the instant, never read it here, so tests fix the day.
 * Changes with: electron/services/rows.ts (today), renderer/features/actions/dates.ts, electron/sample/dates.ts.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day (YYYY-MM-DD) that `now` falls on in this machine's time zone. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
