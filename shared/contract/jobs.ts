/**
 * Long work that runs off the main thread: building a sample, rebuilding the review's derived tables after an
 * upgrade, a backup. Started, listed and cancelled through the API; progress arrives as `job.progress` events.
 * The engine (electron/engine/) serves these methods itself: they never reach a database worker.
 * Changes with: electron/engine/jobs.ts, renderer/features/jobs/.
 */
import { z } from 'zod';
import { Id, Timestamp } from './common';
import { method } from './define';
import { FormatChoice, Mapping } from './imports';
import { SampleRequest } from './sample';
import { MemberMap } from './sharing';

export const jobKinds = [
  'sample',
  'derived.rebuild',
  'backup',
  'snapshot',
  'team.export',
  'team.preview',
  'team.merge',
  'team.undo',
  'csv.preview',
  'csv.import',
] as const;
export const JobKind = z.enum(jobKinds);
export type JobKind = z.infer<typeof JobKind>;

const TeamFilePath = z.string().trim().min(1).max(4096);
/** Started by the team folder's scheduler, not by the seller: its status says how it went, the tray stays quiet. */
const Background = z.boolean().default(false);

export const jobStates = ['running', 'done', 'failed', 'cancelled'] as const;

export const JobStart = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('sample'),
    input: SampleRequest.extend({
      /** Switch the window to the sample once it is built (the app's "Explore sample data"). */
      open: z.boolean().default(false),
      /** "Reset workshop": a fresh sample in a file of its own, never one that exists (nor the open one). */
      workshop: z.boolean().default(false),
    }),
  }),
  z.object({ kind: z.literal('derived.rebuild'), input: z.object({}).strict().default({}) }),
  z.object({
    kind: z.literal('team.export'),
    input: z.object({
      /** Where the `.winloop` file goes (replaced if it exists, by rename). */
      out: TeamFilePath,
      withoutPrivate: z.boolean().default(false),
      anonymise: z.boolean().default(false),
      background: Background,
    }),
  }),
  /** What merging a teammate's file would do; result `{ report }` (MergeReport as JSON). Nothing is written. */
  z.object({
    kind: z.literal('team.preview'),
    input: z.object({ file: TeamFilePath, members: MemberMap.optional(), background: Background }),
  }),
  /** Merge it after a snapshot; result `{ mergeId, report }`. */
  z.object({
    kind: z.literal('team.merge'),
    input: z.object({ file: TeamFilePath, members: MemberMap.optional(), background: Background }),
  }),
  /** Undo a merge when nothing changed since; result `{ undone, reason }`. */
  z.object({ kind: z.literal('team.undo'), input: z.object({ mergeId: Id }) }),
  z.object({
    kind: z.literal('backup'),
    input: z.object({ reason: z.enum(['manual', 'before-upgrade']).default('manual') }).default({ reason: 'manual' }),
  }),
  /**
   * A rolling snapshot into `snapshots/` beside the database (the engine takes them itself every few hours and
   * on quit when something changed); the oldest beyond `keep` are removed. Result `{ file, name, bytes }`.
   */
  z.object({
    kind: z.literal('snapshot'),
    input: z
      .object({
        reason: z.enum(['rolling', 'quit', 'manual']).default('manual'),
        keep: z.number().int().min(1).max(100).default(7),
      })
      .default({ reason: 'manual', keep: 7 }),
  }),
  /** Read a staged CSV under a mapping (or the detected / saved one); `imports.preview` then serves the result. */
  z.object({
    kind: z.literal('csv.preview'),
    input: z.object({ stageId: z.uuid(), mapping: Mapping.optional(), format: FormatChoice.default('auto') }),
  }),
  /** Import a staged CSV: chunks of rows, each in its own transaction; cancel takes back what was written. */
  z.object({
    kind: z.literal('csv.import'),
    input: z.object({
      stageId: z.uuid(),
      mapping: Mapping.optional(),
      format: FormatChoice.default('auto'),
      /** Import a file that was imported before anyway. */
      force: z.boolean().default(false),
    }),
  }),
]);
export type JobStart = z.input<typeof JobStart>;

export const JobInfo = z.object({
  id: z.string(),
  kind: JobKind,
  /** What a person reads in the jobs tray: "Building a sample of 20,000 cases". */
  label: z.string(),
  state: z.enum(jobStates),
  /** The step it is on ("cases", "review facts", "copying pages"). */
  phase: z.string(),
  done: z.number().min(0),
  total: z.number().min(0),
  startedAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  /** What a finished job made, e.g. `{ dbPath, cases }` for a sample or `{ file }` for a backup. */
  result: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
  error: z.string().nullable(),
  /** Started by the app itself (the team folder), not by the seller: the jobs tray leaves it out. */
  background: z.boolean().optional(),
});
export type JobInfo = z.infer<typeof JobInfo>;

export const jobsApi = {
  'jobs.start': method('Start a long job; its progress arrives as job.progress events.', JobStart, JobInfo),
  'jobs.list': method(
    'Jobs running now and those finished since the app started, newest first.',
    z.object({}).strict(),
    z.array(JobInfo),
  ),
  'jobs.cancel': method(
    'Stop a running job within a second; nothing it was writing is kept.',
    z.object({ id: z.string().min(1).max(100) }),
    JobInfo,
  ),
};
