import { z } from 'zod';

/** Ids are UUID strings so two teammates' files can be merged without collisions. */
export const Id = z.uuid({ error: 'Must be a UUID' });
/** Timestamps cross as ISO-8601 strings in UTC. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'Must be an ISO date-time' });
/** Money crosses as integer minor units (cents) plus an ISO 4217 code: no floating-point drift. */
export const MinorUnits = z
  .int({ error: 'Must be a whole number of minor units' })
  .min(0, { error: 'Cannot be negative' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Too large' });
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Must be a three-letter ISO currency code, e.g. EUR' });

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });

export function page<T extends z.ZodType>(item: T) {
  return z.object({ total: z.int().min(0), items: z.array(item) });
}

/** The years a date may fall in: wide enough for any sales history, narrow enough that no period is absurd. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/**
 * A calendar day, YYYY-MM-DD, as people think of open and close dates (no time zone games). Zod checks the
 * calendar (no 31 April); the year is held to FIRST_YEAR–LAST_YEAR, so a period of 8,000 years is a field error
 * rather than a request that runs for seconds.
 */
export const Day = z.iso.date({ error: 'Must be a date, YYYY-MM-DD' }).refine(
  (day) => {
    const year = Number(day.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  },
  { error: `Must be a date between ${FIRST_YEAR} and ${LAST_YEAR}` },
);
/** A Day as a number of days since 1970, so periods are compared as dates, not as strings. */
export function dayValue(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

export const Name = z
  .string()
  .trim()
  .min(1, { error: 'Cannot be empty' })
  .max(200, { error: 'Keep it under 200 characters' });
export const ById = z.object({ id: Id });
export const Rating = z.int({ error: 'Must be 1–5' }).min(1, { error: 'Must be 1–5' }).max(5, { error: 'Must be 1–5' });
