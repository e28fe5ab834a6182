/**
 * The registry of long jobs: what runs, what finished (with its result or error), progress fan-out and cancel.
 * It knows nothing of how a kind runs: each job brings a driver (a job worker, or chunks on the writer).
 * Lives in the main thread with the engine, so a window that reloads finds its jobs again through `jobs.list`.
 * Changes with: shared/contract/jobs.ts, engine.ts.
 */
import { randomUUID } from 'node:crypto';
import type { JobInfo, JobKind } from '../../shared/contract/jobs';
import { ApiError } from '../../shared/envelope';

export type JobResult = Record<string, string | number | boolean | null>;

export interface JobDriver {
  /** Runs the job to its end; resolves with its result, or `null` when it stopped because it was cancelled. */
  run(report: (phase: string, done: number, total: number) => void): Promise<JobResult | null>;
  /**
   * Asks it to stop; `run` then settles within a second, with nothing half-written left behind. `false`: too
   * late, the job is finishing what cannot be taken back (a merge being put in place) and ends as it would.
   */
  cancel(): void | false;
}

/** Finished jobs kept for `jobs.list`, newest first. */
const KEEP_FINISHED = 20;
/** Progress events at most this often per job (the UI needs four a second; more only costs the main thread). */
const EMIT_EVERY_MS = 100;
/** A job quiet for this long (a thread starting, a pass without progress) is announced again as it stands. */
const HEARTBEAT_MS = 200;

interface Entry {
  info: JobInfo;
  driver: JobDriver;
  settled: Promise<JobInfo>;
  lastEmit: number;
  cancelling: boolean;
}

export class JobRunner {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly emit: (info: JobInfo) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(
    kind: JobKind,
    label: string,
    driver: JobDriver,
    onDone?: (result: JobResult) => void,
    opts: { background?: boolean } = {},
  ): JobInfo {
    const info: JobInfo = {
      ...(opts.background ? { background: true } : {}),
      id: randomUUID(),
      kind,
      label,
      state: 'running',
      phase: 'starting',
      done: 0,
      total: 0,
      startedAt: this.now().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    };
    const entry: Entry = { info, driver, settled: Promise.resolve(info), lastEmit: 0, cancelling: false };
    this.entries.set(info.id, entry);
    const report = (phase: string, done: number, total: number) => {
      if (entry.info.state !== 'running') return;
      entry.info = { ...entry.info, phase, done, total };
      const now = Date.now();
      if (now - entry.lastEmit >= EMIT_EVERY_MS || done >= total) {
        entry.lastEmit = now;
        this.emit(entry.info);
      }
    };
    // The tray promises four updates a second while a job runs, even through a phase that reports nothing.
    const heartbeat = setInterval(() => {
      if (entry.info.state === 'running' && Date.now() - entry.lastEmit >= HEARTBEAT_MS) {
        entry.lastEmit = Date.now();
        this.emit(entry.info);
      }
    }, HEARTBEAT_MS / 2);
    heartbeat.unref();
    entry.settled = driver
      .run(report)
      .finally(() => clearInterval(heartbeat))
      .then(
        (result) => {
          if (result === null || entry.cancelling) return this.finish(entry, { state: 'cancelled' });
          // Before the 'done' event: a host switching to the result holds calls from then on, so a window that
          // reloads on that event talks to the new file.
          onDone?.(result);
          return this.finish(entry, { state: 'done', result });
        },
        (error: unknown) =>
          this.finish(entry, entry.cancelling ? { state: 'cancelled' } : { state: 'failed', error: messageOf(error) }),
      );
    this.emit(info);
    return info;
  }

  list(): JobInfo[] {
    return [...this.entries.values()].map((e) => e.info).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  get(id: string): JobInfo {
    return this.entry(id).info;
  }

  running(kind: JobKind): JobInfo | undefined {
    return [...this.entries.values()].find((e) => e.info.kind === kind && e.info.state === 'running')?.info;
  }

  /** Resolves when the job has ended, however it ended. */
  wait(id: string): Promise<JobInfo> {
    return this.entry(id).settled;
  }

  cancel(id: string): JobInfo {
    const entry = this.entry(id);
    // A driver past the point of no return says so: the job then ends as what it did, not as cancelled.
    if (entry.info.state === 'running' && !entry.cancelling) entry.cancelling = entry.driver.cancel() !== false;
    return entry.info;
  }

  async cancelAll(): Promise<void> {
    const running = [...this.entries.values()].filter((e) => e.info.state === 'running');
    for (const entry of running) this.cancel(entry.info.id);
    await Promise.all(running.map((e) => e.settled));
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new ApiError('not_found', 'No such job (finished jobs are kept until the app restarts).');
    return entry;
  }

  private finish(entry: Entry, end: Pick<JobInfo, 'state'> & Partial<Pick<JobInfo, 'result' | 'error'>>): JobInfo {
    entry.info = { ...entry.info, ...end, finishedAt: this.now().toISOString() };
    this.emit(entry.info);
    const finished = [...this.entries.values()].filter((e) => e.info.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.entries.delete(old.info.id);
    return entry.info;
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 499)}…` : message;
}
