/**
 * The writer's half of a CSV import job. The job thread (job-worker.ts) reads the file and sends its plan and
 * its rows here over a port of their own, so no row crosses the main thread, which only starts, cancels and
 * hears progress (import-job.ts). Rows are written in slices of a few milliseconds, one IMMEDIATE transaction
 * each, yielding between them so the saves and reads queued meanwhile run; a slice ends at the row where a call
 * starts waiting and commits unsynced (`unsynced`), so a save waits for one row and a commit, not for a slice and
 * its fsync, and the import checkpoints the log itself (`importCheckpoints`) so that no save's commit does. A
 * cancelled or failed import takes back what it committed, a chunk of journal at a time, the saves let through
 * between them.
 * Changes with: protocol.ts, import-job.ts, job-worker.ts, waiting-calls.ts, electron/csv/importer.ts.
 */
import type { MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/envelope';
import { sameFileImport } from '../csv/importer';
import { finalReport, newSession, type ImportReport } from '../csv/run-import';
import { closeImport, revertChunk } from '../csv/undo';
import type { FromImportReader, ImportOutcome } from './protocol';

/** How long one slice holds the write lock when no call waits (an idle save takes 1–3 ms). */
const SLICE_MS = 4;
let slice = 25;
/** How often an import copies its log into the file itself, between slices (see `importCheckpoints`). */
const CHECKPOINT_MS = 250;

const changed = ['cases', 'accounts', 'team', 'competitors', 'vocabulary', 'debrief'] as const;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `callWaiting` says whether a call waits for this thread (waiting-calls.ts): a slice then ends after its current
 * row, so a save waits for one row and a commit rather than for the rest of the slice.
 */
export function importWriter(
  sqlite: Database.Database,
  now: () => Date,
  announce: (entities: (typeof changed)[number][]) => void,
  callWaiting: () => boolean = () => false,
) {
  const stops = new Map<string, () => void>();

  async function takeBack(importId: string): Promise<void> {
    while (revertChunk(sqlite, importId, now().toISOString()) > 0) await turn();
    closeImport(sqlite, importId, 'cancelled', now().toISOString());
    announce([...changed]);
  }

  return {
    /**
     * Runs one import from the reader's port to its end: resolves with what happened (the same file seen
     * before, done with its report, or cancelled with everything taken back); rejects, after taking back, when
     * the reader failed or a chunk could not be written.
     */
    run(
      jobId: string,
      force: boolean,
      port: MessagePort,
      progress: (done: number, total: number) => void,
    ): Promise<ImportOutcome> {
      return new Promise<ImportOutcome>((resolve, reject) => {
        const queue: FromImportReader[] = [];
        let wake: (() => void) | null = null;
        let stopped = false;
        const poke = () => {
          const w = wake;
          wake = null;
          w?.();
        };
        stops.set(jobId, () => {
          stopped = true;
          poke();
        });
        port.on('message', (message: FromImportReader) => {
          queue.push(message);
          poke();
        });
        // The reading thread was terminated (cancel) or died: nothing more will come.
        port.on('close', () => {
          queue.push({ type: 'failed', error: 'The import stopped unexpectedly.' });
          poke();
        });
        const next = async (): Promise<FromImportReader | null> => {
          while (queue.length === 0 && !stopped) await new Promise<void>((r) => (wake = r));
          return stopped ? null : queue.shift()!;
        };

        async function pump(): Promise<ImportOutcome> {
          const first = await next();
          if (first === null) return { status: 'cancelled' };
          if (first.type === 'failed') throw readerFailed(first.error);
          if (first.type !== 'plan') throw new Error('The import sent its rows before its plan.');
          const plan = first.plan;
          const same = sameFileImport(sqlite, plan.fileHash);
          if (same && !force) return { status: 'already_imported', sameFile: same };
          const session = newSession(sqlite, plan, now);
          session.begin();
          const total = plan.report.counts.read - plan.report.counts.rejected;
          let written = 0;
          progress(0, total);
          const checkpoints = importCheckpoints(sqlite);
          try {
            for (;;) {
              const message = await next();
              if (message === null) {
                checkpoints.end();
                await takeBack(session.meta.id);
                return { status: 'cancelled' };
              }
              if (message.type === 'failed') throw readerFailed(message.error);
              if (message.type === 'end') break;
              if (message.type !== 'rows') continue;
              const rows = message.rows;
              for (let at = 0; at < rows.length && !stopped;) {
                const started = performance.now();
                const planned = Math.min(slice, rows.length - at);
                const { written: n } = unsynced(sqlite, () =>
                  session.applyChunk(rows.slice(at, at + planned), callWaiting),
                );
                at += n;
                const ms = performance.now() - started;
                // Aim each slice at SLICE_MS whatever this machine's speed and this file's rows; a slice cut
                // short by a waiting call says nothing about either.
                if (n === planned) slice = Math.max(5, Math.min(500, Math.round((n * SLICE_MS) / Math.max(ms, 0.25))));
                if (!callWaiting()) checkpoints.due();
                await turn();
              }
              if (stopped) continue;
              written += rows.length;
              progress(written, total);
              port.postMessage({ type: 'ack' });
            }
            checkpoints.end();
            session.finish({
              read: plan.report.counts.read,
              rejected: plan.report.counts.rejected,
              rejects: plan.report.rejects,
            });
          } catch (error) {
            checkpoints.end();
            await takeBack(session.meta.id);
            throw error;
          }
          announce([...changed]);
          return { status: 'done', report: finalReport(plan.report, session, 'done') satisfies ImportReport };
        }

        pump()
          .then(resolve, reject)
          .finally(() => {
            stops.delete(jobId);
            port.close();
          });
      });
    },
    /** Stops an import under way; its `run` then takes back what it wrote and resolves cancelled. */
    stop(jobId: string): boolean {
      const stop = stops.get(jobId);
      stop?.();
      return stop !== undefined;
    },
  };
}

/**
 * Runs one slice with its commit left in the OS's hands (synchronous = NORMAL), then puts the connection's own
 * setting back before anything else runs on this thread. Safe because the file is in WAL mode: a commit
 * appends the slice's frames to the log and the next synced commit (any save: synchronous = FULL) or
 * checkpoint syncs the whole log, this slice's frames with it; a power cut before that loses the log's tail,
 * whole transactions only, so the file comes back as it was some slices earlier, with the import still marked
 * running (its history row was committed synced before the first slice), and the next start takes back what is
 * left of it (interrupted.ts) as after any interrupted import. No save is ever acknowledged on an unsynced
 * commit, nor the import's end (`finish`), which runs outside.
 */
function unsynced<T>(sqlite: Database.Database, slice: () => T): T {
  const own = sqlite.pragma('synchronous', { simple: true }) as number;
  sqlite.pragma('synchronous = NORMAL');
  try {
    return slice();
  } finally {
    sqlite.pragma(`synchronous = ${own}`);
  }
}

/**
 * While an import runs, the writer's connection stops checkpointing by itself and the import does it between
 * slices, every CHECKPOINT_MS and only when no call waits. SQLite checkpoints inside whichever commit leaves the
 * log past 1,000 pages, and an import fills the log so fast that this was often a save's commit: the save then
 * paid for copying the import's pages into the file and for two fsyncs. `end` hands checkpoints back to SQLite
 * (the connection's own setting) however the import ends; the commits are as durable either way, a checkpoint
 * only moves committed pages from the log into the file.
 */
function importCheckpoints(sqlite: Database.Database): { due(): void; end(): void } {
  const own = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  sqlite.pragma('wal_autocheckpoint = 0');
  let last = performance.now();
  let ended = false;
  return {
    due() {
      if (ended || performance.now() - last < CHECKPOINT_MS) return;
      // PASSIVE: copies what no reader still needs, waiting for none.
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      last = performance.now();
    },
    end() {
      if (ended) return;
      ended = true;
      sqlite.pragma(`wal_autocheckpoint = ${own}`);
    },
  };
}

/** The reading thread's own error, already explained to the seller there: passed on as it is, not logged. */
function readerFailed(message: string): ApiError {
  return new ApiError('internal', message);
}
