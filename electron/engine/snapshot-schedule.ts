/**
 * When the engine takes rolling snapshots: at most every `everyHours` while the file is in use, and once more
 * when it closes, each time only if something was written since the last one (a `data.changed` event). The
 * copy itself is a `snapshot` job in its own thread (job-worker.ts), so neither the window nor a save waits.
 * Changes with: engine.ts, electron/db/snapshots.ts.
 */
import type { JobInfo } from '../../shared/contract/jobs';
import { listSnapshots, SNAPSHOT_DEFAULTS } from '../db/snapshots';
import type { EventBus } from '../event-bus';

export interface SnapshotPolicy {
  everyHours: number;
  keep: number;
}

/** The policy from the environment (`WINLOOP_SNAPSHOT_HOURS`, `WINLOOP_SNAPSHOT_KEEP`), else the defaults. */
export function snapshotPolicy(env: NodeJS.ProcessEnv = process.env): SnapshotPolicy {
  const hours = Number(env.WINLOOP_SNAPSHOT_HOURS);
  const keep = Number(env.WINLOOP_SNAPSHOT_KEEP);
  return {
    everyHours: Number.isFinite(hours) && hours > 0 ? hours : SNAPSHOT_DEFAULTS.everyHours,
    keep: Number.isInteger(keep) && keep >= 1 && keep <= 100 ? keep : SNAPSHOT_DEFAULTS.keep,
  };
}

/** The longest the schedule sleeps between looks (a laptop waking from sleep catches up within this). */
const LOOK_EVERY_MS = 5 * 60_000;

export function rollingSnapshots(opts: {
  dbPath: string;
  policy: SnapshotPolicy;
  events: EventBus;
  start: (reason: 'rolling' | 'quit') => JobInfo;
  wait: (id: string) => Promise<JobInfo>;
  running: () => boolean;
}) {
  const everyMs = opts.policy.everyHours * 3_600_000;
  let dirty = false;
  let last = Date.parse(listSnapshots(opts.dbPath, { examine: false })[0]?.takenAt ?? '') || 0;
  const unsubscribe = opts.events.subscribe((event) => {
    if (event === 'data.changed') dirty = true;
  });
  const take = (reason: 'rolling' | 'quit'): Promise<JobInfo> => {
    dirty = false;
    last = Date.now();
    const job = opts.start(reason);
    return opts.wait(job.id).then((ended) => {
      if (ended.state !== 'done') dirty = true;
      return ended;
    });
  };
  const look = () => {
    if (dirty && Date.now() - last >= everyMs && !opts.running()) void take('rolling');
  };
  const timer = setInterval(look, Math.min(everyMs, LOOK_EVERY_MS));
  timer.unref();
  return {
    look,
    /** Stops the schedule; takes the closing snapshot when anything changed since the last (unless told not to). */
    async stop(closingSnapshot = true): Promise<JobInfo | null> {
      clearInterval(timer);
      unsubscribe();
      return dirty && closingSnapshot ? take('quit') : null;
    },
  };
}
