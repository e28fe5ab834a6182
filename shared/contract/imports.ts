/**
 * CSV in and out: the mapping file's shape, staging a file (in chunks, so any size fits under the bridge's body
 * cap), the preview a mapping screen shows, the import history with undo, the rejects as CSV and saved mappings.
 * Preview and import themselves are jobs (`jobs.start` with kind `csv.preview` / `csv.import`).
 * Changes with: electron/csv/*, electron/services/imports.ts, electron/engine/import-job.ts,
 * renderer/features/import/.
 */
import { z } from 'zod';
import { Id, Timestamp } from './common';
import { method, mutation } from './define';

/** A column by header name; a list means "the first non-blank of these" (Pipedrive's Won time / Lost time). */
const ColumnRef = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export const importOutcomes = ['open', 'won', 'lost', 'no_decision', 'withdrawn'] as const;
const ImportOutcome = z.enum(importOutcomes);

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

/** The mapping file (README "The mapping file"). */
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

export const formatChoices = ['auto', 'salesforce', 'pipedrive', 'hubspot', 'zoho'] as const;
export const FormatChoice = z.enum(formatChoices);

export const ImportRow = z.object({
  line: z.number().int(),
  externalId: z.string().nullable(),
  title: z.string(),
  account: z.string().nullable(),
  owner: z.string().nullable(),
  offering: z.string().nullable(),
  stage: z.string().nullable(),
  outcome: ImportOutcome,
  valueMinor: z.number().int().nullable(),
  currency: z.string(),
  openedOn: z.string().nullable(),
  expectedCloseOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  lostReason: z.string().nullable(),
  competitor: z.string().nullable(),
});
export const Reject = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
  raw: z.string(),
});
export type Reject = z.infer<typeof Reject>;

const Counts = z.object({
  read: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  open: z.number().int(),
  won: z.number().int(),
  lost: z.number().int(),
  no_decision: z.number().int(),
  withdrawn: z.number().int(),
});

/** What the mapping screen shows for a staged file under a mapping (the detected, the saved or the given one). */
export const Preview = z.object({
  stageId: Id,
  fileName: z.string(),
  format: z.string(),
  encoding: z.string(),
  delimiter: z.string(),
  hasHeader: z.boolean(),
  headers: z.array(z.string()),
  /** Up to three non-blank values per column, in header order. */
  samples: z.array(z.array(z.string())),
  /** Up to 25 distinct values per column from the first 1,000 records: what the value maps offer. */
  values: z.array(z.array(z.string())),
  signature: z.string(),
  mapping: Mapping,
  /** Where the mapping came from: the CRM layout, a mapping saved for these headers, or the caller's. */
  mappingSource: z.enum(['detected', 'saved', 'given', 'none']),
  missingColumns: z.array(z.string()),
  dateOrders: z.record(z.string(), z.string()),
  ambiguousDateColumns: z.array(z.string()),
  counts: Counts,
  disagreements: z.number().int(),
  duplicates: z.array(z.object({ externalId: z.string(), lines: z.array(z.number().int()) })),
  /** The first records as cases, or the reason each was refused. */
  firstRows: z.array(z.object({ line: z.number().int(), row: ImportRow.nullable(), reject: Reject.nullable() })),
  rejects: z.array(Reject),
  /** Rows whose external id a case here already carries: they update instead of adding. */
  existing: z.number().int(),
  sameFile: z.object({ id: z.string(), finishedAt: z.string(), fileName: z.string() }).nullable(),
  /** Empty when the file can be imported as mapped; otherwise what to fix first. */
  problem: z.string().nullable(),
});
export type Preview = z.infer<typeof Preview>;

export const ImportSummary = z.object({
  id: z.string(),
  startedAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  status: z.enum(['running', 'done', 'cancelled', 'undone']),
  fileName: z.string(),
  format: z.string(),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  created: z.object({
    accounts: z.array(z.string()),
    owners: z.array(z.string()),
    competitors: z.array(z.string()),
    stages: z.array(z.string()),
    reasons: z.array(z.string()),
  }),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Base64 of at most 4 MiB of the file: 5.6 MB of JSON, under the bridge's 16 MB cap whatever the file's size. */
export const STAGE_CHUNK_BYTES = 4 * 1024 * 1024;

export const importsApi = {
  'imports.stage': mutation(
    'Send a CSV file to import, a chunk at a time (the first call without stageId); returns its id.',
    z.object({
      stageId: Id.optional(),
      fileName: z.string().trim().min(1).max(300),
      chunk: z.base64().max(Math.ceil(STAGE_CHUNK_BYTES / 3) * 4 + 4),
      last: z.boolean(),
    }),
    z.object({ stageId: Id, bytes: z.number().int() }),
    [],
  ),
  'imports.preview': method(
    'The preview a finished csv.preview job wrote for a staged file.',
    z.object({ stageId: Id }),
    Preview,
  ),
  'imports.list': method('Imports into this file, newest first.', z.object({}).strict(), z.array(ImportSummary)),
  'imports.rejects': method(
    'The rows an import refused, and the same as a CSV to fix in a spreadsheet.',
    z.object({ id: z.string().min(1).max(100) }),
    z.object({ rejects: z.array(Reject), csv: z.string() }),
  ),
  'imports.undo': mutation(
    'Take an import back: fields it changed return to their earlier value, cases it made are removed (to the Trash if the seller has added to them).',
    z.object({ id: z.string().min(1).max(100) }),
    ImportSummary,
    ['cases', 'accounts', 'team', 'competitors', 'vocabulary', 'debrief'],
  ),
  'imports.saveMapping': mutation(
    'Keep a mapping for files with this set of headers.',
    z.object({ signature: z.string().min(1).max(64), mapping: Mapping }),
    z.object({ signature: z.string() }),
    [],
  ),
};
