/**
 * The Workspace page: the file open now (name and full path), the recent files, a new empty database, another
 * file to open, and Reset workshop. Every switch reloads the window onto the new file.
 * Changes with: renderer/features/workspaces/use-workspaces.ts, shared/navigation.ts (nav.workspace).
 */
import { useEffect } from 'react';
import { NewFile, OpenFile } from './OtherFile';
import { RecentFiles } from './RecentFiles';
import { splitPath, useWorkspaces } from './use-workspaces';
import { WorkshopReset } from './WorkshopReset';

export function WorkspacePage() {
  const { info, error, load } = useWorkspaces();
  // Fresh on every visit: a file may have gone missing since the list was read.
  useEffect(() => void load(), [load]);
  const current = info ? splitPath(info.dbPath) : null;

  return (
    <>
      <header className="page-head">
        <h1>Workspace</h1>
      </header>
      <div className="page-body workspace">
        {error ? (
          <div className="banner error" role="alert">
            {error}
          </div>
        ) : null}
        {info && current ? (
          <>
            <section className="panel workspace-section" aria-labelledby="open-now-heading">
              <h2 id="open-now-heading">Open now</h2>
              <p className="workspace-current">
                <span className="workspace-current-name">{current.name}</span>
                <span className="mono muted">{info.dbPath}</span>
              </p>
              <p className="muted">
                Each file holds its own cases, team and settings. Switching files keeps this one exactly as it is.
              </p>
            </section>
            <RecentFiles />
            {info.canSwitch ? (
              <div className="workspace-pair">
                <NewFile />
                <OpenFile />
              </div>
            ) : null}
            {info.canSwitch ? <WorkshopReset /> : null}
          </>
        ) : error ? null : (
          <p className="muted">Loading…</p>
        )}
      </div>
    </>
  );
}
