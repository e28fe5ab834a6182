/**
 * On a new file's first run: which file is being set up, and the way back to the file open before it, so a
 * file created by mistake never traps the seller in the set-up (the Workspace page needs a set-up file).
 * Changes with: renderer/features/setup/FirstRunPage.tsx, renderer/features/workspaces/use-workspaces.ts.
 */
import { useState } from 'react';
import { CurrentFile } from './CurrentFile';
import { useWorkspaces } from './use-workspaces';

export function FirstRunFile() {
  const { info, switching, open } = useWorkspaces();
  const [error, setError] = useState<string | null>(null);
  const previous = info?.recent.find((f) => !f.current && f.exists);

  async function back() {
    if (!previous) return;
    setError(null);
    try {
      await open(previous.path);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="first-run-file">
      <CurrentFile link={false} />
      {previous ? (
        <button className="btn small ghost" disabled={switching !== null} onClick={() => void back()}>
          Back to {previous.name}
        </button>
      ) : null}
      {error ? (
        <span className="error-text" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
