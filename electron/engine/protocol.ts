/**
 * The messages between the engine (main thread) and its workers. Plain data only: everything here crosses
 * `postMessage`, so it must survive the structured clone.
 * Changes with: engine.ts (the main-thread side), db-worker.ts and job-worker.ts (the worker side).
 */
import type { MessagePort } from 'node:worker_threads';
import type { EventName } from '../../shared/api';
import type { JobKind } from '../../shared/contract/jobs';
import type { ApiErrorBody, Envelope } from '../../shared/envelope';
import type { ImportRow } from '../csv/read';
import type { ImportPlan, ImportReport } from '../csv/run-import';
import type { CallMeta } from '../dispatch';
import type { HostPlaces } from '../switchable-workspace';
import type { SnapshotOffer } from '../db/snapshots';

/** Why a worker could not open the file, with what the hosts can offer instead. */
export type OpenFailure = ApiErrorBody & { backups?: string[]; snapshot?: SnapshotOffer | null };

/** What every worker needs to open the file the engine serves. */
export interface OpenData {
  file: string;
  migrationsFolder: string;
  nativeBinding?: string;
  mode: 'electron' | 'web' | 'memory' | 'cli';
  /** Create the file when it does not exist (default true; reporting commands say false). */
  create?: boolean;
  /** Pins the workers' clock (tests, the benchmark); the wall clock otherwise. */
  nowIso?: string;
}

export interface DbWorkerData extends OpenData {
  role: 'writer' | 'reader';
  /** Present when the host can switch files (the app, browser mode). */
  places?: HostPlaces;
  /** The writer only: skip the copy before migrations because the engine's backup job has just made one. */
  backupDone?: boolean;
  /** The writer only: the messages the engine has posted it, counted in shared memory (waiting-calls.ts). */
  calls?: SharedArrayBuffer;
}

export interface JobWorkerData extends OpenData {
  role: 'job';
  jobId: string;
  kind: JobKind;
  input: unknown;
  /** Where this job writes (a sample's final name, a backup's file): the engine removes its leftovers on cancel. */
  target: string;
  /** A CSV import's line to the writer (transferred with the thread's start): its rows go that way. */
  port?: MessagePort;
  /** A merge on a copy: where the copy of the database before the merge goes (undo restores it). */
  snapshot?: string;
}

export type WorkerData = DbWorkerData | JobWorkerData;

export type ToDbWorker =
  /**
   * `refreshFirst`: a derived read the writer answers itself inside a transaction that refreshes the stale rows
   * first and is rolled back after: how a review is still right when a full disk refuses the refresh's commit.
   */
  | { type: 'call'; id: number; method: string; input: unknown; meta?: CallMeta; refreshFirst?: boolean }
  /** Bring the derived review tables up to date if the backlog is small; reply with what is left. */
  | { type: 'refresh'; id: number }
  /** Rebuild the derived tables in chunks, reporting progress, until done or cancelled. */
  | { type: 'rebuild'; id: number; jobId: string; from: 'scratch' | 'stale' }
  | { type: 'cancel'; jobId: string }
  /** Undo a teammate's file's merge on the writer, one transaction. */
  | { type: 'team'; id: number; action: 'team.undo'; input: { mergeId: string } }
  /**
   * A merge on a copy (electron/team/staged-merge.ts): `capture` on before the copy is taken, off when it
   * fails or is cancelled; `swap` carries the saves made meanwhile into the merged copy and puts it in place,
   * holding every other message back until it has.
   */
  | { type: 'merge-capture'; id: number; on: boolean }
  | { type: 'merge-swap'; id: number; mergeId: string; copy: string; snapshot: string }
  /**
   * A CSV import on the writer, fed by its job thread over `port` (the rows never cross the main thread);
   * answered with an `ImportOutcome` when it has ended. `cancel` with the same jobId stops it.
   */
  | { type: 'import'; id: number; jobId: string; force: boolean; port: MessagePort }
  | { type: 'close'; id: number }
  /** A reader's first message: the writer has migrated the file, open it now. */
  | { type: 'open' };

export type FromWorker =
  | { type: 'ready'; dbPath: string; schemaVersion: number; stale: number; readOnly: boolean }
  | { type: 'open-failed'; error: OpenFailure }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'switch'; file: string }
  | { type: 'restore'; name: string }
  | { type: 'progress'; jobId: string; phase: string; done: number; total: number }
  | { type: 'job-done'; result: Record<string, string | number | boolean | null> }
  | { type: 'job-failed'; error: string };

/** What a CSV import's job thread sends the writer over their port; the writer answers each chunk with `ack`. */
export type FromImportReader =
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'rows'; rows: ImportRow[] }
  | { type: 'end' }
  | { type: 'failed'; error: string };

/** How an import ended on the writer. */
export type ImportOutcome =
  | { status: 'done'; report: ImportReport }
  | { status: 'already_imported'; sameFile: NonNullable<ImportReport['sameFile']> }
  | { status: 'cancelled' };
