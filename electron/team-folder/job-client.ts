/**
 * Jobs started through the API and waited for through its events, as the window does: the scheduler calls the
 * existing team jobs (export, preview, merge) and never the merge code itself. A job that ends before its start
 * answers is kept for a moment; one whose file was closed under it (a switch) is noticed through `jobs.list`.
 * Changes with: shared/contract/jobs.ts, electron/engine/jobs.ts.
 */
import type { EventPayload } from '../../shared/api';
import type { JobInfo, JobStart } from '../../shared/contract/jobs';
import type { Dispatch } from '../dispatch';
import type { EventListener } from '../event-bus';
import type { Clock } from './clock';

/** How often a job still running is looked up, in case its end was announced by a file no longer open. */
const CHECK_EVERY_MS = 5_000;
const KEEP_ENDED = 50;

export interface JobClient {
  run(job: JobStart): Promise<JobInfo>;
  /** Feed it every event of the workspace. */
  listener: EventListener;
}

export function jobClient(dispatch: Dispatch, clock: Clock): JobClient {
  const ended = new Map<string, JobInfo>();
  const waiting = new Map<string, (info: JobInfo) => void>();
  const settle = (info: JobInfo) => {
    const resolve = waiting.get(info.id);
    if (resolve) {
      waiting.delete(info.id);
      resolve(info);
      return;
    }
    ended.set(info.id, info);
    for (const id of [...ended.keys()].slice(0, Math.max(0, ended.size - KEEP_ENDED))) ended.delete(id);
  };
  return {
    listener(event, payload) {
      if (event !== 'job.progress') return;
      const info = payload as EventPayload<'job.progress'>;
      if (info.state !== 'running') settle(info);
    },
    async run(job) {
      const envelope = await dispatch('jobs.start', job);
      if (!envelope.ok) throw new Error(envelope.error.message);
      const started = envelope.value as JobInfo;
      if (started.state !== 'running') return started;
      const known = ended.get(started.id);
      if (known) {
        ended.delete(started.id);
        return known;
      }
      return new Promise<JobInfo>((resolve) => {
        let timer: unknown = null;
        const done = (info: JobInfo) => {
          clock.clearTimeout(timer);
          waiting.delete(started.id);
          resolve(info);
        };
        waiting.set(started.id, done);
        const check = () => {
          void dispatch('jobs.list', {}).then((listed) => {
            if (!waiting.has(started.id)) return;
            const info = listed.ok ? (listed.value as JobInfo[]).find((j) => j.id === started.id) : undefined;
            if (info && info.state === 'running') timer = clock.setTimeout(check, CHECK_EVERY_MS);
            else done(info ?? { ...started, state: 'cancelled', error: 'The file was closed while it ran.' });
          });
        };
        timer = clock.setTimeout(check, CHECK_EVERY_MS);
      });
    },
  };
}
