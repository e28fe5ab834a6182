/**
 * A database worker: the writer (every mutation, migrations, the derived-table refresh) or one of the readers
 * (a read-only connection in WAL mode, so it reads the last committed state while the writer works). Each
 * runs the same dispatch as the in-process workspace; only the connection and the role differ.
 * Changes with: protocol.ts, engine.ts, electron/dispatch.ts.
 */
import { parentPort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { markAllCaseFactsStale, refreshCaseFacts, staleCaseCount } from '../review/case-facts';
import { refreshPersonReach } from '../review/person-reach';
import { openDatabase } from '../db/client';
import { DbOpenError } from '../db/errors';
import { openReader } from '../db/open-reader';
import { createSyncDispatch, REFRESH_IN_WRITE_LIMIT, toErrorBody } from '../dispatch';
import { appVersion } from '../paths';
import type { ServiceContext, WorkspaceHost } from '../services/context';
import { isMethodName, isWrite } from '../../shared/api';
import { ApiError, type Envelope } from '../../shared/envelope';
import { importWriter } from './import-writer';
import type { DbWorkerData, FromWorker, ToDbWorker } from './protocol';
import { runTeamJob, setMergeCapture, swapInMerge } from './team-jobs';
import { recoverInterrupted } from './interrupted';
import { callsWaiting } from './waiting-calls';

/** Cases refreshed per transaction in a rebuild: small enough that a save waits at most a few tens of ms. */
export const REBUILD_CHUNK = 500;
const PROGRESS_EVERY_MS = 100;
/**
 * The writer refreshes what saves made stale this long after the first of them, not inside each save: a save
 * answers sooner, a burst of saves pays for one refresh, and a review asks for its own refresh first anyway.
 */
export const REFRESH_AFTER_SAVE_MS = 100;

/** Carries a read's answer out of the transaction it ran in, rolling that transaction back. */
class RolledBack extends Error {
  constructor(readonly envelope: Envelope<unknown>) {
    super('rolled back');
  }
}

export function runDbWorker(data: DbWorkerData): void {
  // A reader's thread starts with the writer's (loading the code is most of a start-up) but opens the file
  // only once the writer has migrated it.
  if (data.role === 'reader') parentPort!.once('message', () => serve(data));
  else serve(data);
}

function serve(data: DbWorkerData): void {
  const port = parentPort!;
  const post = (message: FromWorker) => port.postMessage(message);
  let opened: {
    sqlite: Database.Database;
    db: ServiceContext['db'];
    file: string;
    schemaVersion: number;
    readOnly?: boolean;
    close(): void;
  };
  try {
    opened =
      data.role === 'writer'
        ? openDatabase(data.file, {
            migrationsFolder: data.migrationsFolder,
            ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
            ...(data.backupDone ? { backup: false } : {}),
            ...(data.create === false ? { create: false } : {}),
          })
        : openReader(data.file, data.nativeBinding);
  } catch (error) {
    const body = error instanceof ApiError ? error.toBody() : { code: 'internal' as const, message: String(error) };
    post({
      type: 'open-failed',
      error: { ...body, ...(error instanceof DbOpenError ? { backups: error.backups, snapshot: error.snapshot } : {}) },
    });
    return;
  }
  const { sqlite } = opened;
  const host: WorkspaceHost | undefined = data.places
    ? {
        ...data.places,
        switchTo: (file) => post({ type: 'switch', file }),
        restore: (name) => post({ type: 'restore', name }),
      }
    : undefined;
  const fixedNow = data.nowIso ? new Date(data.nowIso) : null;
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite,
    dbPath: opened.file,
    schemaVersion: opened.schemaVersion,
    mode: data.mode,
    appVersion: appVersion(),
    now: () => (fixedNow ? new Date(fixedNow) : new Date()),
    ...(host ? { host } : {}),
    emit: (event, payload) => post({ type: 'event', event, payload }),
  };
  if (data.role === 'writer' && !opened.readOnly) {
    try {
      recoverInterrupted(sqlite, opened.file, () => ctx.now());
    } catch (error) {
      // A file that cannot be put right now (a full disk) still opens; the next start tries again.
      process.stderr.write(`winloop: could not take back an interrupted job: ${String(error)}\n`);
    }
  }
  const dispatch = createSyncDispatch(ctx, { role: data.role, deferRefresh: data.role === 'writer' });
  /** Messages that arrived while a merge was being put in place: served, in order, once it is. */
  let heldBack: ToDbWorker[] | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  /** The stale cases' derived rows brought up to date, unless there are too many: then a rebuild job does it. */
  function refreshStale(): void {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = null;
    const stale = staleCaseCount(sqlite);
    if (stale > 0 && stale <= REFRESH_IN_WRITE_LIMIT) refreshCaseFacts(sqlite);
  }
  /** A read over refreshed derived rows without committing them: all of it stays in the page cache, not on disk. */
  function refreshedThenRolledBack(read: () => Envelope<unknown>): Envelope<unknown> {
    const transaction = sqlite.transaction(() => {
      refreshCaseFacts(sqlite);
      refreshPersonReach(sqlite);
      throw new RolledBack(read());
    });
    try {
      transaction.immediate();
    } catch (error) {
      if (error instanceof RolledBack) return error.envelope;
      return { ok: false, error: toErrorBody(error, 'refresh') };
    }
    throw new Error('unreachable: the transaction always rolls back');
  }
  const refreshSoon = () => {
    refreshTimer ??= setTimeout(() => {
      // Not while a merge is put in place: the backup holds the file's write lock across event-loop turns.
      if (heldBack) {
        refreshTimer = null;
        refreshSoon();
        return;
      }
      try {
        refreshStale();
      } catch (error) {
        // A full disk: the stale marks stay in the file and the review's own refresh reports the failure.
        process.stderr.write(`winloop: could not refresh the review's case facts: ${String(error)}\n`);
      }
    }, REFRESH_AFTER_SAVE_MS);
  };
  const cancelled = new Set<string>();
  const calls = data.calls ? callsWaiting(data.calls) : null;
  const imports = importWriter(
    ctx.sqlite,
    () => ctx.now(),
    (entities) => ctx.emit('data.changed', { entities }),
    () => calls?.waiting() ?? false,
  );
  async function rebuild(jobId: string, from: 'scratch' | 'stale'): Promise<{ refreshed: number; cancelled: boolean }> {
    const total = from === 'scratch' ? markAllCaseFactsStale(sqlite) : staleCaseCount(sqlite);
    let done = 0;
    let reported = 0;
    post({ type: 'progress', jobId, phase: 'review facts', done, total });
    while (!cancelled.has(jobId)) {
      if (heldBack) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      const n = refreshCaseFacts(sqlite, REBUILD_CHUNK);
      if (n === 0) break;
      done = Math.min(total, done + n);
      if (Date.now() - reported >= PROGRESS_EVERY_MS) {
        reported = Date.now();
        post({ type: 'progress', jobId, phase: 'review facts', done, total });
      }
      // Let the saves and reads queued meanwhile run between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const wasCancelled = cancelled.delete(jobId);
    post({ type: 'progress', jobId, phase: 'review facts', done, total });
    return { refreshed: done, cancelled: wasCancelled };
  }

  function swapMerge(message: Extract<ToDbWorker, { type: 'merge-swap' }>): void {
    heldBack = [];
    const options = data.nativeBinding ? { nativeBinding: data.nativeBinding } : {};
    void swapInMerge(message, opened.file, options, ctx).then((envelope) => {
      post({ type: 'reply', id: message.id, envelope });
      if (envelope.ok) refreshSoon();
      const held = heldBack ?? [];
      heldBack = null;
      for (const next of held) handle(next);
    });
  }

  port.on('message', (message: ToDbWorker) => {
    if (heldBack) heldBack.push(message);
    else handle(message);
  });
  function handle(message: ToDbWorker): void {
    calls?.served();
    switch (message.type) {
      case 'call': {
        const envelope = message.refreshFirst
          ? refreshedThenRolledBack(() => dispatch(message.method, message.input, message.meta))
          : dispatch(message.method, message.input, message.meta);
        post({ type: 'reply', id: message.id, envelope });
        if (envelope.ok && data.role === 'writer' && isMethodName(message.method) && isWrite(message.method)) {
          refreshSoon();
        }
        return;
      }
      case 'refresh': {
        // A refresh writes: on a full disk it fails like a save does, and the thread must live on.
        try {
          refreshStale();
          // Before a review only: a relationship's save must not pay for recomputing everyone's reach.
          refreshPersonReach(sqlite);
          post({ type: 'reply', id: message.id, envelope: { ok: true, value: { stale: staleCaseCount(sqlite) } } });
        } catch (error) {
          post({ type: 'reply', id: message.id, envelope: { ok: false, error: toErrorBody(error, 'refresh') } });
        }
        return;
      }
      case 'rebuild':
        void rebuild(message.jobId, message.from).then(
          (value) => post({ type: 'reply', id: message.id, envelope: { ok: true, value } }),
          (error: unknown) =>
            post({ type: 'reply', id: message.id, envelope: { ok: false, error: toErrorBody(error, 'rebuild') } }),
        );
        return;
      case 'cancel':
        if (!imports.stop(message.jobId)) cancelled.add(message.jobId);
        return;
      case 'team':
        post({ type: 'reply', id: message.id, envelope: runTeamJob(message, ctx) });
        return;
      case 'merge-capture':
        post({ type: 'reply', id: message.id, envelope: setMergeCapture(message.on, ctx) });
        return;
      case 'merge-swap':
        swapMerge(message);
        return;
      case 'import':
        void imports
          .run(message.jobId, message.force, message.port, (done, total) =>
            post({ type: 'progress', jobId: message.jobId, phase: 'writing', done, total }),
          )
          .then(
            (value) => post({ type: 'reply', id: message.id, envelope: { ok: true, value } }),
            (error: unknown) =>
              post({ type: 'reply', id: message.id, envelope: { ok: false, error: toErrorBody(error, 'import') } }),
          );
        return;
      case 'close':
        // What the last saves made stale is refreshed now rather than by a rebuild job at the next start.
        try {
          if (refreshTimer) refreshStale();
        } catch {
          // The stale marks stay in the file: the next start refreshes them.
        }
        opened.close();
        post({ type: 'reply', id: message.id, envelope: { ok: true, value: null } });
        return;
    }
  }
  post({
    type: 'ready',
    dbPath: opened.file,
    schemaVersion: opened.schemaVersion,
    stale: staleCaseCount(sqlite),
    readOnly: opened.readOnly === true,
  });
}
