/**
 * Long jobs (a sample build, the review's rebuild after an upgrade, a backup) as this window sees them: loaded
 * from `jobs.list` (so a reload re-attaches to what still runs) and kept current by `job.progress` events.
 * Changes with: shared/contract/jobs.ts, electron/engine/jobs.ts.
 */
import { create } from 'zustand';
import type { JobInfo, JobStart } from '../../../shared/contract/jobs';
import { api } from '../../api/client';

interface JobsState {
  jobs: JobInfo[];
  /** Jobs this window started to open their result: the window reloads onto the new file when they finish. */
  reloadWhenDone: string[];
  dismissed: string[];
  load: () => Promise<void>;
  start: (job: JobStart, opts?: { reloadWhenDone?: boolean }) => Promise<JobInfo>;
  cancel: (id: string) => Promise<void>;
  dismiss: (id: string) => void;
  update: (job: JobInfo) => void;
}

export const useJobs = create<JobsState>((set, get) => ({
  jobs: [],
  reloadWhenDone: [],
  dismissed: [],
  async load() {
    set({ jobs: await api.call('jobs.list', {}) });
  },
  async start(job, opts) {
    const started = await api.call('jobs.start', job);
    if (opts?.reloadWhenDone) set({ reloadWhenDone: [...get().reloadWhenDone, started.id] });
    get().update(started);
    return started;
  },
  async cancel(id) {
    get().update(await api.call('jobs.cancel', { id }));
  },
  dismiss(id) {
    set({ dismissed: [...get().dismissed, id] });
  },
  update(job) {
    // A short job can end before the reply to its start arrives: that older 'running' must not undo the end.
    const known = get().jobs.find((j) => j.id === job.id);
    if (known && known.state !== 'running' && job.state === 'running') return;
    const others = get().jobs.filter((j) => j.id !== job.id);
    set({ jobs: [job, ...others].sort((a, b) => b.startedAt.localeCompare(a.startedAt)) });
    // The host has switched files before it announced 'done': the reload talks to the new file.
    if (job.state === 'done' && get().reloadWhenDone.includes(job.id)) window.location.reload();
  },
}));

/** Subscribes the store to job events once, for the whole window. */
export function attachJobs(): () => void {
  void useJobs.getState().load();
  return api.on('job.progress', (job) => useJobs.getState().update(job));
}
