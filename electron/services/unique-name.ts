/**
 * Names that must be unique among the live rows of a table, ignoring case: customers, competitors and the items of
 * each vocabulary list. Two live rows with one name would be indistinguishable in a picker (and would split a
 * competitor's head-to-head figures between them). Removed rows do not count: a name can be reused after a delete.
 * Changes with: electron/services/accounts.ts, reference.ts, reference-vocab.ts.
 */
import { ApiError } from '../../shared/envelope';
import type { ServiceContext } from './context';

/** The tables whose live names are unique; each has `id`, `name` and `deleted_at`. */
export type NamedTable = 'accounts' | 'competitors' | 'stages' | 'buyer_steps' | 'criteria' | 'reason_categories';

export interface NameClash {
  /** The error's sentence, e.g. `There is already a customer called "Acme".` */
  message: string;
  /** The short note shown beside the name field. */
  field: string;
}

/** Throws invalid_input when a live row other than `exceptId` already has `name` (ignoring case). */
export function assertUniqueName(
  ctx: ServiceContext,
  table: NamedTable,
  name: string,
  exceptId: string | null,
  clash: NameClash,
): void {
  const taken = ctx.sqlite
    .prepare(`select 1 from ${table} where deleted_at is null and lower(name) = lower(?) and id is not ?`)
    .get(name, exceptId);
  if (taken) throw new ApiError('invalid_input', clash.message, { name: clash.field });
}
