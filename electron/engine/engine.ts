/**
 * The engine: the database leaves the main thread. One writer worker takes every mutation, the migrations and
 * the derived-table refresh; a small pool of read-only workers serves everything else; long jobs run in their
 * own threads (or in chunks on the writer) with progress and cancel. The main thread only routes messages, so
 * a 13-second request can no longer freeze the window or every other request.
 *
 * Routing comes from the contract: a method that declares `changes` goes to the writer; a method marked
 * `derived` waits until the writer has brought the derived tables up to date (at once when nothing is stale,
 * after the rebuild job when a bulk load or an upgrade left many stale); `jobs.*` is served here.
 * Changes with: protocol.ts, db-worker.ts, job-worker.ts, jobs.ts, shared/contract/jobs.ts, shared/api.ts.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { api, isMethodName, isWrite } from '../../shared/api';
import { JobStart, type JobInfo, type JobKind } from '../../shared/contract/jobs';
import { ApiError, type Envelope } from '../../shared/envelope';
import { backupName } from '../db/client';
import { DbOpenError } from '../db/errors';
import { pendingMigrations } from '../db/pending';
import { boundedError, fieldErrors, type ApiHost, type CallMeta, type Dispatch } from '../dispatch';
import { EventBus } from '../event-bus';
import type { HostPlaces } from '../switchable-workspace';
import { removeStaged, removeStaleStaged, stageDir, stagedFiles, stagedName } from '../csv/staging';
import { importDriver } from './import-job';
import { JobRunner, type JobDriver, type JobResult } from './jobs';
import { buildingName, removeBuilding, removeLeftovers, removeWithCompanions } from './leftovers';
import type { FromWorker, JobWorkerData, OpenData, OpenFailure } from './protocol';
import { startWorker, type WorkerLink } from './worker-link';
import { newCallCounter } from './waiting-calls';
import { rollingSnapshots, snapshotPolicy, type SnapshotPolicy } from './snapshot-schedule';
import { snapshotDir, snapshotName } from '../db/snapshots';

export interface EngineOptions extends Omit<OpenData, 'file'> {
  /** The thread entry: boot.mjs under plain Node, dist-electron/engine-worker.cjs in the app. */
  workerScript: string;
  /**
   * Read-only workers at most (default 2: the machines Winloop runs on have 2–8 cores). One starts with the
   * writer; the next only when a read arrives while every reader is busy, since each thread costs about 40 MB
   * for its copy of the code and up to 64 MB of page cache, and a seller alone rarely reads two things at once.
   */
  readers?: number;
  /** Where samples go and what "back to my data" returns to; without it, switching files is refused. */
  places?: HostPlaces;
  /** Called when a call or a finished sample job asks the host to continue with another file. */
  onSwitch?: (file: string) => void;
  /** Called when Settings ▸ Backups asks to put a snapshot in place of the open file (see restoreInPlace). */
  onRestore?: (file: string, snapshotName: string) => void;
  /**
   * Rolling snapshots beside the file (electron/db/snapshots.ts): on by default in the app and browser mode,
   * off for the CLI and tests unless given; `false` turns them off.
   */
  snapshots?: Partial<SnapshotPolicy> | false;
}

export interface Engine extends ApiHost {
  dbPath: string;
  schemaVersion: number;
  jobs: JobRunner;
  /** Read-only threads serving now: one at start, more (up to `readers`) once reads overlapped. */
  readonly readerThreads: number;
  /** `closingSnapshot: false` when the caller snapshots the file itself (a restore). */
  close(opts?: { closingSnapshot?: boolean }): Promise<void>;
}

/** Days are the user's calendar days: the sample's history ends the day before today. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function startEngine(file: string, opts: EngineOptions): Promise<Engine> {
  const dbPath = path.resolve(file);
  const events = new EventBus();
  const now = () => (opts.nowIso ? new Date(opts.nowIso) : new Date());
  const jobs = new JobRunner((info) => events.emit('job.progress', info), now);
  const open: OpenData = {
    file: dbPath,
    migrationsFolder: opts.migrationsFolder,
    mode: opts.mode,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(opts.nowIso ? { nowIso: opts.nowIso } : {}),
    ...(opts.create === false ? { create: false } : {}),
  };
  const backupsDir = path.join(path.dirname(dbPath), 'backups');
  // No job of this process runs yet: any `.building` file here was left by a killed one.
  removeLeftovers([
    path.dirname(dbPath),
    backupsDir,
    snapshotDir(dbPath),
    stageDir(dbPath),
    ...(opts.places ? [opts.places.sampleDir] : []),
  ]);
  // Nor an import: files staged for one are the seller's to pick again (the page says so).
  removeStaleStaged(dbPath);

  const onWorkerMessage = (message: FromWorker) => {
    if (message.type === 'event') events.emit(message.event, message.payload as never);
    else if (message.type === 'switch') opts.onSwitch?.(message.file);
    else if (message.type === 'restore') opts.onRestore?.(dbPath, message.name);
  };

  function jobWorker(
    kind: JobWorkerData['kind'],
    input: unknown,
    target: string,
    extra: Pick<JobWorkerData, 'snapshot'> = {},
  ): JobDriver {
    let link: WorkerLink | null = null;
    let cancelled = false;
    let stop: (() => void) | null = null;
    return {
      run: (report) =>
        new Promise<JobResult | null>((resolve, reject) => {
          const data: JobWorkerData = { ...open, ...extra, role: 'job', jobId: 'job', kind, input, target };
          stop = () => resolve(null);
          link = startWorker(opts.workerScript, data, (message) => {
            if (message.type === 'progress') report(message.phase, message.done, message.total);
            else if (message.type === 'job-done') resolve(message.result);
            else if (message.type === 'job-failed') reject(new Error(message.error));
          });
          link.worker.on('exit', () => {
            if (cancelled) {
              removeBuilding(target);
              resolve(null);
            } else reject(new Error('The job stopped unexpectedly.'));
          });
          link.worker.on('error', (error) => reject(error));
        }).finally(() => void link?.terminate()),
      cancel() {
        cancelled = true;
        if (link) void link.terminate();
        else stop?.();
      },
    };
  }

  // A file that migrations will change is copied first, as a job with progress (the copy of a large file
  // takes seconds); the writer then skips its own copy.
  const pending = pendingMigrations(dbPath, opts.migrationsFolder);
  let backupDone = false;
  if (pending && pending.applied > 0 && pending.pending > 0) {
    const target = backupName(dbPath, pending.applied + 1, now());
    const job = jobs.start('backup', 'Backing up your data before the upgrade', jobWorker('backup', {}, target));
    const ended = await jobs.wait(job.id);
    if (ended.state !== 'done')
      throw new DbOpenError('db_corrupt', `The backup before the upgrade failed: ${ended.error}`);
    backupDone = true;
  }

  const writer = startWorker(
    opts.workerScript,
    // The counter lets an import's slice end as soon as a call waits for the writer (waiting-calls.ts).
    { ...open, role: 'writer', backupDone, calls: newCallCounter(), ...placesOf(opts) },
    onWorkerMessage,
  );
  const maxReaders = Math.max(1, opts.readers ?? 2);
  const startReader = () =>
    startWorker(opts.workerScript, { ...open, role: 'reader', ...placesOf(opts) }, onWorkerMessage);
  const readers = [startReader()];
  const stopAll = () => Promise.all([writer, ...readers].map((link) => link.terminate()));
  const writerReady = await writer.ready.catch(async (error: Error & { body?: OpenFailure }) => {
    await stopAll();
    throw openError(error);
  });
  for (const reader of readers) reader.send({ type: 'open' });
  await Promise.all(readers.map((reader) => reader.ready)).catch(async (error: Error) => {
    await stopAll();
    throw openError(error);
  });

  function rebuildDriver(from: 'scratch' | 'stale'): JobDriver {
    let jobId = '';
    return {
      async run(report) {
        jobId = `rebuild-${Date.now()}-${Math.random()}`;
        const progress = (message: FromWorker) => {
          if (message.type === 'progress' && message.jobId === jobId)
            report(message.phase, message.done, message.total);
        };
        writer.worker.on('message', progress);
        try {
          const envelope = await writer.request({ type: 'rebuild', jobId, from });
          if (!envelope.ok) throw new Error(envelope.error.message);
          const value = envelope.value as { refreshed: number; cancelled: boolean };
          return value.cancelled ? null : { refreshed: value.refreshed };
        } finally {
          writer.worker.off('message', progress);
        }
      },
      cancel: () => writer.send({ type: 'cancel', jobId }),
    };
  }
  /** An undo on the writer: one transaction, so it cannot stop half-way; cancel waits for its end. */
  function undoDriver(input: { mergeId: string }): JobDriver {
    return {
      async run(report) {
        report('working', 0, 1);
        const envelope = await writer.request({ type: 'team', action: 'team.undo', input });
        if (!envelope.ok) throw new Error(envelope.error.message);
        report('done', 1, 1);
        return envelope.value as JobResult;
      },
      cancel: () => undefined,
    };
  }

  /**
   * A merge made on a copy in a job thread while the writer records what the seller saves meanwhile, then put in
   * place by the writer with those saves carried in (electron/team/staged-merge.ts). Cancel stops the copy's
   * thread and leaves the database untouched; once the swap has begun (a second or two) it runs to its end.
   */
  function stagedMergeDriver(input: { file: string; members?: Record<string, string> | undefined }): JobDriver {
    const id = randomUUID();
    const target = path.join(backupsDir, `.merge-${id}.db`);
    const base = path.basename(dbPath, path.extname(dbPath));
    const snapshot = path.join(
      backupsDir,
      `${base}-before-merge-${now().toISOString().replace(/[:.]/g, '-')}-${id.slice(0, 8)}.db`,
    );
    const copy = jobWorker('team.merge', input, target, { snapshot });
    let swapping = false;
    const settle = (envelope: Envelope<unknown>) => {
      if (!envelope.ok) throw new Error(envelope.error.message);
    };
    return {
      async run(report) {
        fs.mkdirSync(backupsDir, { recursive: true });
        settle(await writer.request({ type: 'merge-capture', on: true }));
        let merged: JobResult | null = null;
        try {
          merged = await copy.run(report);
        } finally {
          if (merged === null) {
            await writer.request({ type: 'merge-capture', on: false });
            removeBuilding(target);
            removeWithCompanions(snapshot);
          }
        }
        if (merged === null) return null;
        swapping = true;
        report('putting the merge in place', 0, 1);
        settle(
          await writer.request({
            type: 'merge-swap',
            mergeId: String(merged.mergeId),
            copy: buildingName(target),
            snapshot,
          }),
        );
        report('putting the merge in place', 1, 1);
        return merged;
      },
      cancel: () => (swapping ? false : copy.cancel()),
    };
  }

  const startRebuild = (from: 'scratch' | 'stale') =>
    jobs.running('derived.rebuild') ??
    jobs.start('derived.rebuild', 'Preparing the review (recomputing case facts)', rebuildDriver(from));

  // After an upgrade or a bulk load outside the app, the derived tables are rebuilt as a job with progress,
  // not by the first review in one frozen go.
  if (writerReady.stale > 0) startRebuild('stale');

  /** False when the stale rows could not be written (a full disk): the writer then answers the read itself. */
  async function ensureFresh(): Promise<boolean> {
    const running = jobs.running('derived.rebuild');
    if (running) await jobs.wait(running.id);
    const envelope = await writer.request({ type: 'refresh' });
    // Saves commit their stale marks and leave the refresh to the writer: on a full disk it cannot commit it.
    if (!envelope.ok && envelope.error.code === 'disk_full') return false;
    // A review over facts that could not be refreshed would show wrong figures: say why instead.
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    if ((envelope.value as { stale: number }).stale > 0) {
      const ended = await jobs.wait(startRebuild('stale').id);
      if (ended.state !== 'done') {
        throw new ApiError('not_ready', 'The review is not ready: its case facts are still being recomputed.');
      }
    }
    return true;
  }

  const policy = { ...snapshotPolicy(), ...(opts.snapshots || {}) };
  function startSnapshot(reason: 'rolling' | 'quit' | 'manual'): JobInfo {
    const running = jobs.running('snapshot');
    if (running) return running;
    fs.mkdirSync(snapshotDir(dbPath), { recursive: true });
    const target = path.join(snapshotDir(dbPath), snapshotName(dbPath, now()));
    const label = reason === 'quit' ? 'Taking a snapshot before closing' : 'Taking a snapshot of your data';
    return jobs.start('snapshot', label, jobWorker('snapshot', { reason, keep: policy.keep }, target));
  }
  const snapshotsOn =
    opts.snapshots === false ? false : opts.snapshots !== undefined || opts.mode === 'electron' || opts.mode === 'web';
  const rolling = snapshotsOn
    ? rollingSnapshots({
        dbPath,
        policy,
        events,
        start: startSnapshot,
        wait: (id) => jobs.wait(id),
        running: () => jobs.running('snapshot') !== undefined,
      })
    : null;

  const sampleTarget = (input: { cases: number; seed: number; workshop: boolean }) => {
    if (!opts.places) {
      throw new ApiError(
        'invalid_input',
        'Only the app and browser mode build samples to open; use "sample --db FILE".',
      );
    }
    if (input.workshop) return workshopFile(opts.places.sampleDir, now());
    return path.join(opts.places.sampleDir, `sample-${localDay(now())}-seed${input.seed}-${input.cases}.db`);
  };

  function startSample(
    target: string,
    input: { cases: number; seed: number; workshop?: boolean },
    openWhenDone = false,
  ): JobInfo {
    if (path.resolve(target) === dbPath) throw new ApiError('conflict', 'That sample is the file open now.');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // A sample is a playground: building it again starts from a fresh copy rather than yesterday's edits.
    if (opts.places && path.dirname(path.resolve(target)) === path.resolve(opts.places.sampleDir)) {
      for (const companion of ['', '-wal', '-shm']) fs.rmSync(`${target}${companion}`, { force: true });
    }
    const label = `${input.workshop ? 'Resetting the workshop: building' : 'Building'} a sample of ${input.cases.toLocaleString('en')} cases`;
    return jobs.start('sample', label, jobWorker('sample', input, target), (result) => {
      if (openWhenDone && typeof result.dbPath === 'string') opts.onSwitch?.(result.dbPath);
    });
  }

  const runningNames: Partial<Record<JobKind, string>> = {
    'csv.import': 'An import',
    'team.merge': 'A merge',
    'team.undo': 'An undo of a merge',
  };
  function refuseBeside(kinds: JobKind[], what: string): void {
    const running = kinds.find((kind) => jobs.running(kind));
    if (!running) return;
    throw new ApiError(
      'conflict',
      `${runningNames[running] ?? 'A job'} is running; wait for it or cancel it before starting this ${what}.`,
    );
  }

  function serveJobs(method: string, rawInput: unknown): unknown {
    const spec = api[method as 'jobs.start' | 'jobs.list' | 'jobs.cancel'];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      throw new ApiError('invalid_input', `Some fields need attention: ${Object.keys(fields).join(', ')}.`, fields);
    }
    if (method === 'jobs.list') return jobs.list();
    if (method === 'jobs.cancel') return jobs.cancel((parsed.data as { id: string }).id);
    const start = JobStart.parse(rawInput);
    if (start.kind === 'sample') return startSample(sampleTarget(start.input), start.input, start.input.open);
    if (start.kind === 'derived.rebuild') return startRebuild('scratch');
    if (start.kind === 'snapshot') return startSnapshot(start.input.reason);
    if (start.kind === 'team.export') {
      const target = path.resolve(start.input.out);
      if (target === dbPath) throw new ApiError('conflict', 'The export cannot replace the database itself.');
      return jobs.start(
        'team.export',
        `Exporting for the team to ${path.basename(target)}`,
        jobWorker('team.export', start.input, target),
        undefined,
        { background: start.input.background },
      );
    }
    if (start.kind === 'team.preview') {
      // On a copy in a thread of its own, so saves keep going (job-worker.ts previewOnCopy).
      const target = path.join(path.dirname(dbPath), `.preview-${randomUUID()}.db`);
      return jobs.start(
        'team.preview',
        `Previewing ${path.basename(start.input.file)}`,
        jobWorker('team.preview', start.input, target),
        undefined,
        { background: start.input.background },
      );
    }
    if (start.kind === 'team.merge') {
      // One writing job over the whole file at a time: the saves carried into the merge's copy are single rows.
      refuseBeside(['csv.import', 'team.merge', 'team.undo'], 'merge');
      return jobs.start(
        'team.merge',
        `Merging ${path.basename(start.input.file)}`,
        stagedMergeDriver(start.input),
        undefined,
        { background: start.input.background },
      );
    }
    if (start.kind === 'team.undo') {
      refuseBeside(['team.merge'], 'undo');
      return jobs.start('team.undo', 'Undoing a merge', undoDriver(start.input));
    }
    if (start.kind === 'csv.preview') {
      const target = stagedFiles(dbPath, start.input.stageId).preview;
      return jobs.start(
        'csv.preview',
        `Reading ${stagedName(dbPath, start.input.stageId)}`,
        jobWorker('csv.preview', start.input, target),
      );
    }
    if (start.kind === 'csv.import') {
      // One import at a time: two would interleave their chunks and their journals would tangle on undo.
      refuseBeside(['csv.import', 'team.merge'], 'import');
      const data: JobWorkerData = {
        ...open,
        role: 'job',
        jobId: `${Date.now()}-${Math.random()}`,
        kind: 'csv.import',
        input: start.input,
        target: stagedFiles(dbPath, start.input.stageId).csv,
      };
      return jobs.start(
        'csv.import',
        `Importing ${stagedName(dbPath, start.input.stageId)}`,
        stagedUntilEnd(start.input.stageId, importDriver(opts.workerScript, data, writer, start.input)),
      );
    }
    const target = path.join(
      backupsDir,
      `${path.basename(dbPath, path.extname(dbPath))}-${now().toISOString().replace(/[:.]/g, '-')}.db`,
    );
    fs.mkdirSync(backupsDir, { recursive: true });
    return jobs.start('backup', 'Backing up your data', jobWorker('backup', start.input, target));
  }

  /**
   * The staged file goes when its import ends, however it ends, but for "this file was imported before": the
   * page then offers to import it anyway, from the same staged file (a day at most, see staging.ts).
   */
  function stagedUntilEnd(stageId: string, driver: JobDriver): JobDriver {
    return {
      run: async (report) => {
        let keep = false;
        try {
          const result = await driver.run(report);
          keep = result?.status === 'already_imported';
          return result;
        } finally {
          if (!keep) removeStaged(dbPath, stageId);
        }
      },
      cancel: () => driver.cancel(),
    };
  }

  let closed = false;
  /** A reader starting because every reader was busy; it serves once open (the busy ones meanwhile). */
  let spare: WorkerLink | null = null;
  function addSpareReader(): void {
    const link = startReader();
    spare = link;
    link.send({ type: 'open' });
    link.ready.then(
      // Pushed even when closing: close() awaits this same promise after this handler, then closes it too.
      () => void readers.push(link),
      // One reader still serves; a spare that cannot open only costs the parallelism it would have added.
      () => void link.terminate(),
    );
    void link.ready.finally(() => (spare = null)).catch(() => undefined);
  }
  const pickReader = () => {
    const best = readers.reduce((a, r) => (r.pending < a.pending ? r : a));
    if (best.pending > 0 && !spare && readers.length < maxReaders) addSpareReader();
    return best;
  };
  const dispatch: Dispatch = async (method, rawInput, meta?: CallMeta): Promise<Envelope<unknown>> => {
    if (closed) return { ok: false, error: { code: 'internal', message: 'This database has been closed.' } };
    try {
      if (!isMethodName(method)) throw new ApiError('unknown_method', `No API method called "${method}".`);
      if (method.startsWith('jobs.')) return { ok: true, value: serveJobs(method, rawInput) };
      const call = { type: 'call' as const, method, input: rawInput, ...(meta ? { meta } : {}) };
      // A read-only file is served by the writer alone: its stale derived rows were refreshed in its memory copy
      // (db/client.ts), while the readers see them as the file holds them.
      if (isWrite(method) || writerReady.readOnly) return await writer.request(call);
      if (api[method].derived && !(await ensureFresh())) return await writer.request({ ...call, refreshFirst: true });
      return await pickReader().request(call);
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: boundedError(error.toBody()) };
      return { ok: false, error: boundedError({ code: 'internal', message: String(error) }) };
    }
  };

  return {
    dbPath,
    schemaVersion: writerReady.schemaVersion,
    dispatch,
    events,
    jobs,
    get readerThreads() {
      return readers.length;
    },
    async close(closeOpts) {
      if (closed) return;
      closed = true;
      await jobs.cancelAll();
      // After the jobs: a merge or an import that just ended is in the closing snapshot.
      await rolling?.stop(closeOpts?.closingSnapshot ?? true).catch(() => null);
      // Readers first: the writer's connection, closed last, checkpoints and removes the -wal and -shm.
      await spare?.ready.catch(() => null);
      await Promise.all(readers.map((link) => link.request({ type: 'close' })));
      await writer.request({ type: 'close' });
      await Promise.all([writer, ...readers].map((link) => link.terminate()));
    },
  };
}

/** A workshop file's name says when it was reset; a second reset in the same second gets its own number. */
export function workshopFile(dir: string, at: Date): string {
  const time = `${String(at.getHours()).padStart(2, '0')}${String(at.getMinutes()).padStart(2, '0')}${String(at.getSeconds()).padStart(2, '0')}`;
  const base = `workshop-${localDay(at)}-${time}`;
  const taken = (name: string) => ['', '-wal', '-shm', '.building'].some((c) => fs.existsSync(`${name}${c}`));
  let file = path.join(dir, `${base}.db`);
  for (let n = 2; taken(file); n++) file = path.join(dir, `${base}-${n}.db`);
  return file;
}

function placesOf(opts: EngineOptions): { places?: HostPlaces } {
  return opts.places ? { places: opts.places } : {};
}

/** A worker's open failure as the error the hosts already explain (recovery dialog, CLI message). */
function openError(error: Error & { body?: OpenFailure }): Error {
  const body = error.body;
  if (!body) return error;
  if (body.code === 'db_newer' || body.code === 'db_corrupt' || body.code === 'not_found' || body.code === 'conflict') {
    const failure = new DbOpenError(body.code, body.message);
    failure.backups = body.backups ?? [];
    failure.snapshot = body.snapshot ?? null;
    return failure;
  }
  return new ApiError(body.code, body.message, body.fields);
}
