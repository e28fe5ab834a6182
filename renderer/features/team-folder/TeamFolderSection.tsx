/**
 * Settings ▸ Team folder: the folder a sync tool keeps in step (typed, or picked with the desktop app's dialog),
 * how often this file is written there, on or off, "Sync now", and each teammate's file with what became of it;
 * a file with conflicts opens the merge preview of Share with the team, where the seller chooses.
 * Changes with: use-team-folder.ts, shared/contract/team-folder.ts, ../sharing/use-sharing.ts (the preview).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { TEAM_FOLDER_INTERVALS, type TeamFolderFile } from '../../../shared/contract/team-folder';
import { formatDateTime } from '../../lib/format';
import { useSharing } from '../sharing/use-sharing';
import { useTeamFolder } from './use-team-folder';
import '../../styles/team-folder.css';

const desktop = typeof window !== 'undefined' && Boolean(window.winloop);

const stateWords: Record<TeamFolderFile['state'], string> = {
  waiting: 'Arriving',
  merged: 'Merged',
  'up-to-date': 'Up to date',
  pending: 'Needs you',
  refused: 'Refused',
};

/** Opens the merge preview of this file in Share with the team, and puts the keyboard on its Merge button. */
async function review(file: string): Promise<void> {
  await useSharing.getState().previewFile(file);
  const preview = document.querySelector<HTMLElement>('[aria-label="Preview of the merge"]');
  preview?.scrollIntoView({ block: 'start' });
  preview?.querySelector<HTMLButtonElement>('button')?.focus();
}

export function TeamFolderSection() {
  const { settings, status, busy, error, folderError, load, configure } = useTeamFolder();
  const [folder, setFolder] = useState('');
  const [edited, setEdited] = useState(false);

  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  useEffect(() => {
    if (settings && !edited) setFolder(settings.folder ?? '');
  }, [settings, edited]);

  async function saveFolder(e?: FormEvent) {
    e?.preventDefault();
    const chosen = folder.trim();
    if (chosen === '' || chosen === settings?.folder) return;
    if (await configure({ folder: chosen })) setEdited(false);
  }
  async function pick() {
    const picked = await useTeamFolder.getState().choose();
    if (!picked) return;
    setFolder(picked);
    if (await configure({ folder: picked })) setEdited(false);
  }

  const s = useTeamFolder.getState();
  const on = settings?.enabled ?? false;
  return (
    <section className="panel settings-section team-folder" aria-labelledby="team-folder-heading">
      <h2 id="team-folder-heading">Team folder</h2>
      <p className="muted">
        A folder that Dropbox, OneDrive, Google Drive or Syncthing keeps in step between you and your teammates. Winloop
        writes your file there every few minutes and when it closes, and takes in each teammate’s file by itself when
        nothing conflicts; when something does, it waits for you.
      </p>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}

      <form className="sharing-row" onSubmit={(e) => void saveFolder(e)}>
        <div className="field grow">
          <label htmlFor="team-folder-path">Folder</label>
          <input
            id="team-folder-path"
            className="mono"
            value={folder}
            placeholder={desktop ? 'Choose a folder…' : '/home/you/Dropbox/Team'}
            aria-invalid={folderError ? true : undefined}
            aria-describedby={folderError ? 'team-folder-path-error' : undefined}
            onChange={(e) => {
              setFolder(e.target.value);
              setEdited(true);
            }}
            onBlur={() => void saveFolder()}
          />
          {folderError ? (
            <span id="team-folder-path-error" className="field-error" role="alert">
              {folderError}
            </span>
          ) : null}
        </div>
        {desktop ? (
          <button className="btn" type="button" onClick={() => void pick()}>
            Choose…
          </button>
        ) : null}
        <button className="btn" type="submit" disabled={folder.trim() === '' || folder.trim() === settings?.folder}>
          Save folder
        </button>
      </form>

      <div className="sharing-row">
        <label className="check">
          <input
            type="checkbox"
            checked={on}
            disabled={!settings?.folder}
            onChange={(e) => void configure({ enabled: e.target.checked })}
          />
          Keep this file in step with the team folder
        </label>
        <label className="team-folder-interval">
          Write it{' '}
          <select
            value={settings?.intervalMinutes ?? 10}
            onChange={(e) => void configure({ intervalMinutes: Number(e.target.value) })}
          >
            {[...new Set([...TEAM_FOLDER_INTERVALS, settings?.intervalMinutes ?? 10])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  every {m === 60 ? 'hour' : `${m} minute${m === 1 ? '' : 's'}`}
                </option>
              ))}
          </select>{' '}
          when something changed
        </label>
        <button className="btn primary" type="button" disabled={!on || busy} onClick={() => void s.syncNow()}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      </div>

      {status && on ? <StatusView /> : null}
    </section>
  );
}

function StatusView() {
  const status = useTeamFolder((s) => s.status);
  const sharingBusy = useSharing((s) => s.busy);
  if (!status) return null;
  return (
    <div className="team-folder-status" role="status" aria-live="polite">
      {status.error ? <p className="banner error">{status.error}</p> : null}
      <dl className="facts">
        <dt>Your file there</dt>
        <dd className="mono">{status.ownFile ?? 'written once you have finished the first-run set-up'}</dd>
        <dt>Last written</dt>
        <dd>{status.lastExportAt ? formatDateTime(status.lastExportAt) : 'not yet'}</dd>
        <dt>Last looked</dt>
        <dd>
          {status.lastScanAt ? formatDateTime(status.lastScanAt) : 'not yet'}
          {status.state === 'syncing' ? ' · syncing now' : ''}
        </dd>
      </dl>
      <h3>Teammates’ files</h3>
      {status.files.length === 0 ? (
        <p className="muted">None yet: your teammates’ files appear here once their sync tool has brought them.</p>
      ) : (
        <ul className="team-folder-files">
          {status.files.map((file) => (
            <li key={file.name} className={`team-file team-file-${file.state}`}>
              <div className="team-file-head">
                <span>
                  <strong>{file.memberName ?? file.name}</strong>{' '}
                  {file.memberName ? <span className="muted mono">{file.name}</span> : null}
                </span>
                <span className={`team-file-state state-${file.state}`}>{stateWords[file.state]}</span>
              </div>
              <div className="team-file-body">
                <span>
                  {file.message} <span className="muted team-file-when">({formatDateTime(file.at)})</span>
                </span>
                {file.state === 'pending' ? (
                  <button
                    className="btn small"
                    disabled={sharingBusy}
                    aria-label={`Review ${file.memberName ?? file.name}’s file`}
                    onClick={() => void review(file.path)}
                  >
                    Review
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
