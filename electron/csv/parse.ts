/**
 * Text to records: delimiter detection, RFC 4180 parsing through csv-parse, header clean-up and ragged rows.
 * Records are handed to a callback one by one so a 100,000-row file never sits in memory as cells.
 * Changes with decode.ts (input) and read.ts (the only caller in the pipeline).
 */
import { parse } from 'csv-parse/sync';

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

export interface CsvRecord {
  /** 1-based line where the record starts (embedded newlines make records span lines). */
  line: number;
  cells: string[];
}

/**
 * The candidate that splits the first lines into the same number of fields, most fields first; quotes are
 * respected so a comma inside "Acme, Inc." does not count.
 */
export function detectDelimiter(text: string, sampleLines = 20): Delimiter {
  const lines: Map<string, number>[] = [];
  let current = new Map<string, number>();
  let empty = true;
  let inQuotes = false;
  for (let i = 0; i < text.length && lines.length < sampleLines; i++) {
    const ch = text.charAt(i);
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (!empty) lines.push(current);
      current = new Map();
      empty = true;
      continue;
    } else if (!inQuotes && (delimiters as readonly string[]).includes(ch)) {
      current.set(ch, (current.get(ch) ?? 0) + 1);
    }
    empty = false;
  }
  if (!empty && lines.length < sampleLines) lines.push(current);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of delimiters) {
    const first = lines[0]?.get(d) ?? 0;
    if (first === 0) continue;
    const consistent = lines.filter((l) => (l.get(d) ?? 0) === first).length / lines.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** A leading apostrophe that csv-out.ts added to neutralise a formula is taken off again on the way back in. */
const neutralised = /^'+[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function cleanCell(cell: string): string {
  return cell.charCodeAt(0) === 39 && neutralised.test(cell) ? cell.slice(1) : cell;
}

/** Calls `onRecord` for every record in order; returns how many records there were. */
export function forEachRecord(
  text: string,
  delimiter: Delimiter,
  onRecord: (record: CsvRecord) => void,
  /** Stop after this many records (the header sniff reads one). */
  limit?: number,
): number {
  let count = 0;
  let overCount = 0;
  parse(text, {
    delimiter,
    relax_column_count: true,
    ...(limit === undefined ? {} : { to: limit }),
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    on_record: (record, info) => {
      // csv-parse counts the \r and the \n of a quoted CRLF as two lines; a person's editor counts one.
      let breaks = 0;
      for (const cell of record) {
        if (!cell.includes('\n') && !cell.includes('\r')) continue;
        breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
        overCount += cell.match(/\r\n/g)?.length ?? 0;
      }
      onRecord({ line: info.lines - overCount - breaks, cells: record.map(cleanCell) });
      count++;
      return null;
    },
  });
  return count;
}

/** Header cells as people mean them: trimmed, blanks named by position, duplicates numbered. */
export function cleanHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.trim() === '' ? `Column ${i + 1}` : raw.trim();
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Column names for a file without a header row: "Column 1", "Column 2", … as the mapping refers to them. */
export function numberedHeaders(width: number): string[] {
  return Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
}

/**
 * A first row is data, not a header, when one of its cells reads as a number or a date: header labels are
 * words. Files whose first row is all words are taken to have a header (the user can say otherwise).
 */
export function looksLikeHeader(cells: string[]): boolean {
  return cells.every((cell) => {
    const c = cell.trim();
    return !/^[-+(]?[$€£]?\s?\d[\d\s.,/:-]*[)€]?$/.test(c) && !/^\d{4}-\d{2}-\d{2}/.test(c);
  });
}
