/**
 * The import pipeline up to, not including, the database: bytes (+ a mapping, or the detected one) → rows ready
 * for the importer, rejects with line numbers, and the questions the user must answer first. Two streaming
 * passes over the text: the first decides per column (day/month order, decimal mark, duplicate ids), the second
 * converts; neither holds the cells of the whole file. Rows read = accepted + rejected, always.
 */
import { DecimalProfile, type DecimalMark } from './amounts';
import { DateOrderProfile, type ColumnOrder } from './dates';
import { decodeCsv, type CsvEncoding } from './decode';
import { detectFormat, type CsvFormat } from './detect';
import { dateFields, firstOf, rowConverter, type ImportRow, type Reject } from './import-row';
import { columnList, headerSignature, Mapping, type FieldName, type MappingInput } from './mapping';
import type { ImportOutcome } from './outcome';
import {
  cleanHeaders,
  detectDelimiter,
  forEachRecord,
  looksLikeHeader,
  numberedHeaders,
  type Delimiter,
} from './parse';

export type { ImportRow, Reject } from './import-row';

export interface Chunk {
  rows: ImportRow[];
  rejects: Reject[];
}

export interface ReadOptions {
  mapping?: MappingInput;
  /** Currency for the detected mapping (the workspace's). */
  currency?: string;
  chunkSize?: number;
  /** Streaming: rows go here in chunks instead of into the result; return false to cancel. */
  onChunk?: (chunk: Chunk, progress: { done: number; total: number }) => boolean | void;
}

export interface CsvReadResult {
  status: 'ready' | 'needs_answers' | 'cancelled';
  format: CsvFormat;
  encoding: CsvEncoding;
  delimiter: Delimiter;
  hasHeader: boolean;
  headers: string[];
  signature: string;
  mapping: Mapping;
  /** Mapped columns the file does not have. */
  missingColumns: string[];
  dateOrders: Record<string, ColumnOrder>;
  /** Date columns whose order is unknown and not answered by `mapping.dateOrder`. */
  ambiguousDateColumns: string[];
  decimalMark: DecimalMark | null;
  rows: ImportRow[];
  rejects: Reject[];
  counts: { read: number; accepted: number; rejected: number } & Record<ImportOutcome, number>;
  /** Rows where stage text and won/closed flags disagreed (the flags were used). */
  disagreements: number;
  duplicates: { externalId: string; lines: number[] }[];
}

class Cancelled extends Error {}

export function readCsv(bytes: Uint8Array, opts: ReadOptions = {}): CsvReadResult {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  let first: string[] = [];
  forEachRecord(text, delimiter, (r) => (first = r.cells), 1);
  const given = opts.mapping ? Mapping.parse(opts.mapping) : undefined;
  const hasHeader = given?.hasHeader ?? looksLikeHeader(first);
  const headers = hasHeader ? cleanHeaders(first) : numberedHeaders(first.length);
  const detected = detectFormat(headers, opts.currency ?? 'USD');
  const mapping = given ?? detected.mapping;
  const index = new Map(headers.map((h, i) => [h, i]));
  const refs = (field: FieldName) => columnList(mapping.columns[field]);
  const missingColumns = fieldsUsed(mapping).filter((c) => !index.has(c));

  // Pass 1: column-wide decisions and duplicate ids.
  const dateProfiles = new Map<string, DateOrderProfile>();
  for (const f of dateFields) for (const c of refs(f)) dateProfiles.set(c, new DateOrderProfile());
  const decimals = new DecimalProfile();
  const idLines = new Map<string, number[]>();
  const valueCols = refs('value').map((c) => index.get(c) ?? -1);
  const idCols = refs('externalId').map((c) => index.get(c) ?? -1);
  const total =
    forEachRecord(text, delimiter, (r) => {
      if (hasHeader && r.line === 1) return;
      for (const [c, p] of dateProfiles) p.add(r.cells[index.get(c) ?? -1] ?? '');
      for (const i of valueCols) decimals.add(r.cells[i] ?? '');
      const id = firstOf(r.cells, idCols);
      if (id === null) return;
      const lines = idLines.get(id);
      if (lines) lines.push(r.line);
      else idLines.set(id, [r.line]);
    }) - (hasHeader ? 1 : 0);
  const dateOrders = Object.fromEntries([...dateProfiles].map(([c, p]) => [c, p.order]));
  const ambiguousDateColumns = mapping.dateOrder
    ? []
    : Object.keys(dateOrders).filter((c) => dateOrders[c] === 'ambiguous');
  const duplicates = [...idLines]
    .filter(([, lines]) => lines.length > 1)
    .map(([externalId, lines]) => ({ externalId, lines }));
  const lastLine = new Map(duplicates.map((d) => [d.externalId, d.lines[d.lines.length - 1]]));
  const decimalMark = mapping.decimalMark ?? decimals.mark;

  const result: CsvReadResult = {
    status: ambiguousDateColumns.length > 0 || missingColumns.length > 0 ? 'needs_answers' : 'ready',
    format: detected.format,
    encoding,
    delimiter,
    hasHeader,
    headers,
    signature: headerSignature(headers),
    mapping,
    missingColumns,
    dateOrders,
    ambiguousDateColumns,
    decimalMark,
    rows: [],
    rejects: [],
    counts: { read: total, accepted: 0, rejected: 0, open: 0, won: 0, lost: 0, no_decision: 0, withdrawn: 0 },
    disagreements: 0,
    duplicates,
  };
  if (result.status !== 'ready') return result;

  // Pass 2: convert, in chunks.
  const convert = rowConverter(mapping, index, headers, dateOrders, decimalMark, delimiter);
  let chunk: Chunk = { rows: [], rejects: [] };
  let done = 0;
  const flush = () => {
    if (opts.onChunk) {
      if (opts.onChunk(chunk, { done, total }) === false) throw new Cancelled();
    } else {
      result.rows.push(...chunk.rows);
      result.rejects.push(...chunk.rejects);
    }
    chunk = { rows: [], rejects: [] };
  };
  try {
    forEachRecord(text, delimiter, (r) => {
      if (hasHeader && r.line === 1) return;
      done++;
      const id = firstOf(r.cells, idCols);
      const keep = id === null ? undefined : lastLine.get(id);
      const out =
        keep !== undefined && keep !== r.line
          ? ({
              ok: false,
              reject: {
                line: r.line,
                column: null,
                reason: `duplicate id ${id}: line ${keep} wins`,
                raw: r.cells.join(delimiter),
              },
            } as const)
          : convert(r.line, r.cells);
      if (out.ok) {
        chunk.rows.push(out.row);
        result.counts.accepted++;
        result.counts[out.row.outcome]++;
        if (out.disagrees) result.disagreements++;
      } else {
        chunk.rejects.push(out.reject);
        result.counts.rejected++;
      }
      if (chunk.rows.length + chunk.rejects.length >= (opts.chunkSize ?? 1000)) flush();
    });
    flush();
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e;
    result.status = 'cancelled';
  }
  return result;
}

function fieldsUsed(mapping: Mapping): string[] {
  return Object.values(mapping.columns).flatMap((ref) => columnList(ref));
}
