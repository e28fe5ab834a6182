/**
 * The team folder as this window sees it: its settings, and the scheduler's status (each teammate's file and
 * what became of it), kept current by the `teamfolder.status` events the host sends after every look.
 * Changes with: shared/contract/team-folder.ts, electron/team-folder/scheduler.ts.
 */
import { create } from 'zustand';
import type { TeamFolderPatch, TeamFolderSettings, TeamFolderStatus } from '../../../shared/contract/team-folder';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';

interface TeamFolderState {
  settings: TeamFolderSettings | null;
  status: TeamFolderStatus | null;
  busy: boolean;
  error: string | null;
  /** A refusal of the folder field, shown beside it. */
  folderError: string | null;
  load: () => Promise<void>;
  configure: (patch: TeamFolderPatch) => Promise<boolean>;
  syncNow: () => Promise<void>;
  /** The desktop app's folder dialog; null when cancelled. */
  choose: () => Promise<string | null>;
}

export const useTeamFolder = create<TeamFolderState>((set, get) => ({
  settings: null,
  status: null,
  busy: false,
  error: null,
  folderError: null,
  async load() {
    try {
      const [settings, status] = await Promise.all([
        api.call('teamfolder.settings', {}),
        api.call('teamfolder.status', {}),
      ]);
      set({ settings, status });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
  async configure(patch) {
    const before = get().settings;
    // A tick box or a select shows its new value at once; a refusal puts the old one back.
    const shown = before && !('folder' in patch) ? { ...before, ...patch } : before;
    set({ error: null, folderError: null, settings: shown });
    try {
      set({ settings: await api.call('teamfolder.configure', patch) });
      return true;
    } catch (e) {
      const field = e instanceof ApiError ? e.fields?.folder : undefined;
      set({ settings: before, ...(field ? { folderError: field } : { error: (e as Error).message }) });
      return false;
    }
  },
  async syncNow() {
    set({ busy: true, error: null });
    try {
      set({ status: await api.call('teamfolder.syncNow', {}) });
    } catch (e) {
      set({ error: (e as Error).message });
    } finally {
      set({ busy: false });
    }
  },
  async choose() {
    try {
      return (await api.call('teamfolder.choose', {})).path;
    } catch (e) {
      set({ error: (e as Error).message });
      return null;
    }
  },
}));

/** Subscribes the store to the scheduler's events once, for the whole window. */
export function attachTeamFolder(): () => void {
  void useTeamFolder.getState().load();
  return api.on('teamfolder.status', (status) => useTeamFolder.setState({ status }));
}

/** The files that need the seller: conflicts to review, or a file Winloop refused. */
export function needsYou(status: TeamFolderStatus | null) {
  return (status?.files ?? []).filter((f) => f.state === 'pending' || f.state === 'refused');
}
