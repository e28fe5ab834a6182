/**
 * Helpers every service uses to write merge-ready rows: a fresh UUID and timestamps on insert, `updated_at` on
 * every change, and tombstones instead of deletes (so a deletion survives merging a teammate's file).
 */
import { randomUUID } from 'node:crypto';
import { localDay } from '../../shared/day';
import { ApiError } from '../../shared/envelope';
import type { ServiceContext } from './context';

export function stamp(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}

/** Today in the user's calendar, as YYYY-MM-DD, on the context's clock. */
export function today(ctx: ServiceContext): string {
  return localDay(ctx.now());
}

export function newRow(ctx: ServiceContext): { id: string; createdAt: string; updatedAt: string; deletedAt: null } {
  const now = stamp(ctx);
  return { id: randomUUID(), createdAt: now, updatedAt: now, deletedAt: null };
}

export function mustExist<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new ApiError('not_found', `That ${what} does not exist.`);
  return row;
}

/** Drops keys whose value is `undefined`, so a partial patch never overwrites a column with NULL by accident. */
export function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
