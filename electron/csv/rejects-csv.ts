/** The rows an import refused, as a CSV the user can fix in a spreadsheet (line, column, reason, raw text). */
import { toCsv } from './csv-out';
import type { Reject } from './read';

export function rejectsCsv(rejects: Reject[]): string {
  return toCsv(
    ['Line', 'Column', 'Reason', 'Raw'],
    rejects.map((r) => [r.line, r.column, r.reason, r.raw]),
  );
}
