/**
 * The recent files other than the open one (the page shows that above), newest first: open one, take one off the list (Undo in the toast), and a file that was
 * moved or deleted since shown as missing rather than hidden. Opening a file the host refuses leaves this file
 * open and says why in one sentence.
 * Changes with: shared/contract/workspaces.ts (RecentFile), renderer/features/workspaces/use-workspaces.ts.
 */
import { useState } from 'react';
import type { RecentFile } from '../../../shared/contract/workspaces';
import { splitPath, useWorkspaces } from './use-workspaces';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RecentFiles() {
  const { info, switching, open, forget } = useWorkspaces();
  const [error, setError] = useState<string | null>(null);
  if (!info) return null;
  const others = info.recent.filter((f) => !f.current);

  async function openOne(file: RecentFile) {
    setError(null);
    try {
      await open(file.path);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function forgetOne(file: RecentFile) {
    setError(null);
    try {
      await forget(file);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section className="panel workspace-section" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent files</h2>
      {error ? (
        <div className="banner error" role="alert">
          {error} {splitPath(info.dbPath).name} stays open.
        </div>
      ) : null}
      {others.length === 0 ? (
        <p className="muted">
          No other file yet. Files you open or create here, and workshop files, are listed so you can come back to them.
        </p>
      ) : null}
      {others.length === 0 ? null : (
        <ul className="recent-files">
          {others.map((file) => (
            <li key={file.path} className={file.exists ? undefined : 'missing'}>
              <div className="recent-file-text">
                <span className="recent-file-name">{file.name}</span>
                <span className="muted mono recent-file-folder">{splitPath(file.path).folder}</span>
                <span className="muted recent-file-when">
                  {file.exists ? null : <span className="badge pending">Missing: moved or deleted</span>} Last opened{' '}
                  {when(file.openedAt)}
                </span>
              </div>
              <div className="recent-file-actions">
                {file.exists ? (
                  <button
                    className="btn small"
                    disabled={switching !== null}
                    aria-label={`Open ${file.name}`}
                    onClick={() => void openOne(file)}
                  >
                    {switching === file.path ? 'Opening…' : 'Open'}
                  </button>
                ) : null}
                <button
                  className="btn small ghost"
                  disabled={switching !== null}
                  aria-label={`Remove from list: ${file.name}`}
                  onClick={() => void forgetOne(file)}
                >
                  Remove from list
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
