/**
 * Settings ▸ Backups: the rolling snapshots beside the open file, "Back up now", and "Restore this". A restore
 * snapshots the current state first, so the confirm says how to undo it: restore the "before restore" one.
 * Changes with: shared/contract/backups.ts, electron/services/backups.ts, electron/restore-in-place.ts.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Snapshot } from '../../../shared/contract/backups';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useJobs } from '../jobs/use-jobs';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function BackupsSection() {
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState<Snapshot | null>(null);
  const jobs = useJobs((s) => s.jobs);
  const snapshotRunning = jobs.some((j) => j.kind === 'snapshot' && j.state === 'running');

  const load = useCallback(() => {
    api.call('backups.list', {}).then(
      (r) => {
        setSnapshots(r.snapshots);
        setFolder(r.folder);
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  // A finished snapshot job (ours, the rolling one) shows up in the list without a reload.
  const lastSnapshotDone = jobs.find((j) => j.kind === 'snapshot' && j.state === 'done')?.id;
  useEffect(load, [load, lastSnapshotDone]);

  async function backUpNow() {
    setError(null);
    try {
      await useJobs.getState().start({ kind: 'snapshot', input: { reason: 'manual', keep: 7 } });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function restore(chosen: Snapshot) {
    setBusy(true);
    setError(null);
    try {
      // The answer comes once the host serves the restored file, so the reload reads it.
      await api.call('backups.restore', { name: chosen.name });
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
      setAsked(null);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="muted">
        Winloop copies this file every few hours while you work and when you quit, and keeps the last several.
        {folder ? (
          <>
            {' '}
            They are in <span className="mono">{folder}</span>.
          </>
        ) : null}
      </p>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="sample-row">
        <button className="btn" disabled={snapshotRunning || busy} onClick={() => void backUpNow()}>
          {snapshotRunning ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      {snapshots === null ? (
        <p className="muted">Loading…</p>
      ) : snapshots.length === 0 ? (
        <p className="muted">No backup yet. The first is taken a few hours after you start, or now with the button.</p>
      ) : (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Size</th>
              <th scope="col">Cases</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.name}>
                <td>
                  {when(s.takenAt)}
                  {s.beforeRestore ? <span className="muted"> · before a restore</span> : null}
                  {!s.good ? <span className="error-text"> · {s.problem}</span> : null}
                </td>
                <td>{size(s.bytes)}</td>
                <td>{s.cases === null ? '–' : s.cases.toLocaleString()}</td>
                <td>
                  <button
                    className="btn small"
                    disabled={!s.good || busy}
                    aria-label={`Restore this: the backup of ${when(s.takenAt)}`}
                    onClick={() => setAsked(s)}
                  >
                    Restore this
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog
        open={asked !== null}
        onOpenChange={(open) => (open ? undefined : setAsked(null))}
        title="Restore this backup?"
        description={
          asked
            ? `Your data goes back to how it was on ${when(asked.takenAt)}` +
              `${asked.cases === null ? '' : ` (${asked.cases.toLocaleString()} cases)`}. ` +
              'Before that, Winloop backs up what you have now: it appears first in this list as ' +
              '“before a restore”, and restoring it undoes this.'
            : undefined
        }
      >
        <div className="dialog-actions">
          <button className="btn" onClick={() => setAsked(null)} disabled={busy}>
            Cancel
          </button>
          <button className="btn primary" onClick={() => asked && void restore(asked)} disabled={busy}>
            {busy ? 'Restoring…' : 'Restore'}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
