/**
 * The mapping file: which column feeds which case field, how values translate, the default currency and the
 * answer to an ambiguous day/month question. Saved per header signature so the same export maps itself next time.
 * Changes with detect.ts (which writes default mappings) and read.ts (which applies them).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { normaliseName } from '../../shared/text/normalise-name';

/** A column by header name; a list means "the first non-blank of these" (Pipedrive's Won time / Lost time). */
const ColumnRef = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const ImportOutcome = z.enum(['open', 'won', 'lost', 'no_decision', 'withdrawn']);

export const fieldNames = [
  'externalId',
  'title',
  'account',
  'owner',
  'offering',
  'value',
  'currency',
  'openedAt',
  'closedAt',
  'expectedClose',
  'outcome',
  'stage',
  'wonFlag',
  'closedFlag',
  'lostReason',
  'competitor',
] as const;
export type FieldName = (typeof fieldNames)[number];

export const Mapping = z.object({
  columns: z.partialRecord(z.enum(fieldNames), ColumnRef),
  values: z
    .object({
      outcome: z.record(z.string(), ImportOutcome).default({}),
      stage: z.record(z.string(), z.string()).default({}),
      owner: z.record(z.string(), z.string()).default({}),
      competitor: z.record(z.string(), z.string()).default({}),
    })
    .partial()
    .default({}),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Answers the "is 03/04 the 3rd of April or the 4th of March?" question for every ambiguous date column. */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** Forces the decimal mark of the value column (Winloop's own export writes '.'). */
  decimalMark: z.enum(['.', ',']).optional(),
  /** False for a file whose first row is data; columns are then "Column 1", "Column 2", … */
  hasHeader: z.boolean().optional(),
});
export type Mapping = z.infer<typeof Mapping>;
export type MappingInput = z.input<typeof Mapping>;

/** Same headers in any order, case or spacing → same signature: the key a saved mapping is stored under. */
export function headerSignature(headers: string[]): string {
  const key = headers.map(normaliseName).sort().join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function columnList(ref: string | string[] | undefined): string[] {
  return ref === undefined ? [] : typeof ref === 'string' ? [ref] : ref;
}

/** Value maps with normalised keys, so "Closed  won" in the file finds "Closed Won" in the mapping. */
export function normalisedValues<T>(values: Record<string, T> | undefined): Map<string, T> {
  return new Map(Object.entries(values ?? {}).map(([k, v]) => [normaliseName(k), v]));
}
