/**
 * Which file this window works in, and the recent files: loaded from `workspaces.info`. Opening or creating a
 * file switches the host first; the window then reloads, so every store starts afresh on the new file and
 * nothing of the previous one stays on screen.
 * Changes with: shared/contract/workspaces.ts, renderer/features/workspaces/WorkspacePage.tsx.
 */
import { create } from 'zustand';
import type { RecentFile, WorkspacesInfo } from '../../../shared/contract/workspaces';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';

interface WorkspacesState {
  info: WorkspacesInfo | null;
  error: string | null;
  /** A file being opened or created: the page disables its buttons until the window reloads. */
  switching: string | null;
  load: () => Promise<void>;
  /** Opens `path` (checked by the host first); throws the host's one sentence when it refuses the file. */
  open: (path: string) => Promise<void>;
  create: (target: { path: string } | { name: string }) => Promise<void>;
  /** Takes a file off the list, with Undo in the toast. */
  forget: (file: RecentFile) => Promise<void>;
}

/** The host answers once the new file serves, so the reload reads the new file. */
function reloadOnto(): void {
  window.location.reload();
}

export const useWorkspaces = create<WorkspacesState>((set, get) => ({
  info: null,
  error: null,
  switching: null,
  async load() {
    try {
      set({ info: await api.call('workspaces.info', {}), error: null });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },
  async open(path) {
    set({ switching: path });
    try {
      await api.call('workspaces.open', { path });
    } catch (e) {
      set({ switching: null });
      throw e;
    }
    reloadOnto();
  },
  async create(target) {
    set({ switching: 'path' in target ? target.path : target.name });
    try {
      await api.call('workspaces.create', target);
    } catch (e) {
      set({ switching: null });
      throw e;
    }
    reloadOnto();
  },
  async forget(file) {
    await api.call('workspaces.forget', { path: file.path });
    await get().load();
    useToasts.getState().show({
      message: `${file.name} is off the list; the file itself is untouched.`,
      action: {
        label: 'Undo',
        run: async () => {
          await api.call('workspaces.remember', { path: file.path, openedAt: file.openedAt });
          await get().load();
        },
      },
    });
  },
}));

/**
 * Another window, the menu or a finished job moved the host to another file: this page reloads too, so none of
 * its stores keeps the previous file's rows. The window that asked reloads on its answer as well; whichever
 * comes first wins, and both read the new file.
 */
export function reloadOnSwitch(): () => void {
  return api.on('workspace.switched', ({ dbPath }) => {
    const shown = useWorkspaces.getState().info?.dbPath;
    if (shown !== undefined && shown !== dbPath) window.location.reload();
  });
}

/** The file's name and the folder it is in, from a full path on any system. */
export function splitPath(full: string): { name: string; folder: string } {
  const cut = Math.max(full.lastIndexOf('/'), full.lastIndexOf('\\'));
  return cut < 0 ? { name: full, folder: '' } : { name: full.slice(cut + 1), folder: full.slice(0, cut) };
}

/** A bare name typed in browser mode means a file in the data folder, as a new file's name does. */
export function resolveTyped(typed: string, dataDir: string): string {
  const trimmed = typed.trim();
  if (/[/\\]/.test(trimmed) || trimmed === '') return trimmed;
  const sep = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return `${dataDir}${sep}${trimmed}`;
}
