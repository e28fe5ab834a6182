/**
 * The notice above every page when a teammate's file in the team folder needs the seller: it has conflicts to
 * review, or Winloop refused it. It leads to Settings ▸ Team folder, where the file can be reviewed; it goes once
 * nothing waits (or once dismissed, until another file needs them).
 * Changes with: use-team-folder.ts, TeamFolderSection.tsx.
 */
import { useEffect, useState } from 'react';
import { useRoute } from 'wouter';
import { attachTeamFolder, needsYou, useTeamFolder } from './use-team-folder';

export function TeamFolderNotice() {
  const status = useTeamFolder((s) => s.status);
  const [dismissed, setDismissed] = useState<string>('');
  const [onSettings] = useRoute('/settings');
  useEffect(() => attachTeamFolder(), []);
  const waiting = needsYou(status);
  const key = waiting.map((f) => `${f.name}:${f.at}`).join('|');
  if (waiting.length === 0 || onSettings || key === dismissed) return null;
  const pending = waiting.filter((f) => f.state === 'pending');
  const refused = waiting.filter((f) => f.state === 'refused');
  const who = (files: typeof waiting) => files.map((f) => f.memberName ?? f.name).join(', ');
  return (
    <div className="banner team-folder-notice" role="status">
      <span>
        {pending.length > 0 ? `Team folder: ${who(pending)} changed what you changed too; choose what to keep. ` : ''}
        {refused.length > 0 ? `Team folder: ${who(refused)} could not be taken in. ` : ''}
      </span>
      <a className="btn small" href="#/settings">
        {pending.length > 0 ? 'Review' : 'See why'}
      </a>
      <button type="button" className="btn small ghost" onClick={() => setDismissed(key)}>
        Not now
      </button>
    </div>
  );
}
