/**
 * The open file's name, always in view (the sidebar, the first run): the full path on hover and on the
 * Workspace page it leads to. A switch reloads the window (here too when another window or the menu switched),
 * so the name here is always the file that serves.
 * Changes with: renderer/features/workspaces/use-workspaces.ts.
 */
import { useEffect } from 'react';
import { Link } from 'wouter';
import { reloadOnSwitch, splitPath, useWorkspaces } from './use-workspaces';
import '../../styles/workspaces.css';

export function CurrentFile({ link = true }: { link?: boolean }) {
  const { info, load } = useWorkspaces();
  useEffect(() => {
    if (!info) void load();
  }, [info, load]);
  // Mounted wherever a file is shown (the sidebar, the first run), so a switch from elsewhere reaches the page.
  useEffect(reloadOnSwitch, []);
  if (!info) return null;
  const { name } = splitPath(info.dbPath);
  const body = (
    <>
      <span className="current-file-label">File</span>
      <span className="current-file-name">{name}</span>
    </>
  );
  return link ? (
    <Link href="/workspace" className="current-file" title={info.dbPath} data-testid="current-file">
      {body}
    </Link>
  ) : (
    <p className="current-file" title={info.dbPath} data-testid="current-file">
      {body}
    </p>
  );
}
