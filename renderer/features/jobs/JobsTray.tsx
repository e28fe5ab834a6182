import { useEffect } from 'react';
import type { JobInfo } from '../../../shared/contract/jobs';
import { attachJobs, useJobs } from './use-jobs';

const stateWords: Record<JobInfo['state'], string> = {
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

function JobRow({ job }: { job: JobInfo }) {
  const cancel = useJobs((s) => s.cancel);
  const dismiss = useJobs((s) => s.dismiss);
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : null;
  return (
    <li className={`job job-${job.state}`}>
      <div className="job-head">
        <strong>{job.label}</strong>
        {job.state === 'running' ? (
          <button type="button" className="link" onClick={() => void cancel(job.id)}>
            Cancel
          </button>
        ) : (
          <button type="button" className="link" aria-label={`Dismiss ${job.label}`} onClick={() => dismiss(job.id)}>
            Dismiss
          </button>
        )}
      </div>
      {job.state === 'running' ? (
        <>
          <progress max={job.total || 1} value={job.done} aria-label={`${job.label}: ${job.phase}`} />
          <div className="muted job-detail">
            {job.phase}
            {job.total > 0
              ? ` · ${job.done.toLocaleString()} of ${job.total.toLocaleString()}${percent === null ? '' : ` (${percent} %)`}`
              : ''}
          </div>
        </>
      ) : (
        <div className="muted job-detail">
          {stateWords[job.state]}
          {job.error ? `: ${job.error}` : ''}
          {job.state === 'cancelled' ? ': nothing it was writing was kept.' : ''}
        </div>
      )}
    </li>
  );
}

/** Every long job in one place, bottom right: progress and Cancel while it runs, how it ended after. */
export function JobsTray() {
  const jobs = useJobs((s) => s.jobs);
  const dismissed = useJobs((s) => s.dismissed);
  useEffect(() => attachJobs(), []);
  // The team folder's own jobs are told by its status and notice, not here, every few minutes.
  const shown = jobs.filter((j) => !j.background && (j.state === 'running' || !dismissed.includes(j.id))).slice(0, 4);
  if (shown.length === 0) return null;
  return (
    <aside className="jobs-tray" aria-label="Jobs" aria-live="polite">
      <ul>
        {shown.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </ul>
    </aside>
  );
}
