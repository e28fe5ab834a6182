/**
 * The mapping file: which column feeds which case field, how values translate, the default currency and the
 * answer to an ambiguous day/month question. Saved per header signature so the same export maps itself next time.
 * Changes with detect.ts (which writes default mappings) and read.ts (which applies them).
 */
import { createHash } from 'node:crypto';
import { normaliseName } from '../../shared/text/normalise-name';

export { fieldNames, Mapping, type FieldName, type MappingInput } from '../../shared/contract/imports';

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
