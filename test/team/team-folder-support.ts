/**
 * The team folder's scheduler on real engines and real files, with a manual clock: a test moves time past a
 * settle time or an interval in no time at all, and waits for the scheduler's work to be done.
 */
import { onTestFinished } from 'vitest';
import type { JobInfo } from '../../shared/contract/jobs';
import type { TeamFolderStatus } from '../../shared/contract/team-folder';
import { startEngine, type Engine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import type { Clock } from '../../electron/team-folder/clock';
import { startTeamFolder, type TeamFolderScheduler } from '../../electron/team-folder/scheduler';

export interface ManualClock extends Clock {
  /** Moves time on and runs every timer that falls due, in order. */
  advance(ms: number): void;
}

export function manualClock(start = Date.parse('2026-12-03T12:00:00.000Z')): ManualClock {
  let now = start;
  const timers = new Set<{ at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return timer;
    },
    clearTimeout(handle) {
      timers.delete(handle as { at: number; run: () => void });
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const next = [...timers].filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers.delete(next);
        now = next.at;
        next.run();
      }
      now = until;
    },
  };
}

export async function engineOn(file: string): Promise<Engine> {
  const engine = await startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    readers: 1,
  });
  onTestFinished(() => engine.close());
  return engine;
}

export async function ok<T>(engine: Engine, method: string, input: unknown = {}): Promise<T> {
  const envelope = await engine.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

export interface Watched {
  scheduler: TeamFolderScheduler;
  /** Every job the engine started, by kind, as the scheduler asked for them. */
  started: (kind: JobInfo['kind']) => number;
  status: () => TeamFolderStatus;
  /** Moves the clock on and waits until the scheduler has done what fell due. */
  after: (ms: number) => Promise<TeamFolderStatus>;
  announced: TeamFolderStatus[];
}

export async function watchFolder(engine: Engine, clock: ManualClock, folder: string): Promise<Watched> {
  const seen = new Map<string, JobInfo['kind']>();
  const announced: TeamFolderStatus[] = [];
  engine.events.subscribe((event, payload) => {
    if (event === 'job.progress') seen.set((payload as JobInfo).id, (payload as JobInfo).kind);
    if (event === 'teamfolder.status') announced.push(payload as TeamFolderStatus);
  });
  const scheduler = startTeamFolder({
    dispatch: engine.dispatch,
    events: engine.events,
    clock,
    watch: () => () => undefined,
    settleMs: 2_000,
    rescanMs: 30_000,
    log: () => undefined,
  });
  onTestFinished(() => scheduler.stop());
  await ok(engine, 'teamfolder.configure', { folder, enabled: true });
  await scheduler.idle();
  return {
    scheduler,
    started: (kind) => [...seen.values()].filter((k) => k === kind).length,
    status: () => scheduler.status(),
    async after(ms) {
      await scheduler.idle();
      clock.advance(ms);
      await scheduler.idle();
      return scheduler.status();
    },
    announced,
  };
}
