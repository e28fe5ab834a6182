/**
 * Workspaces: which database file this window works in. A new empty file, another file, the recent files
 * (kept in a small JSON in the user-data folder, never in a database) and a file picker the desktop shell
 * answers itself. Opening or creating switches the window once the call has answered; the window reloads.
 * Changes with: electron/services/workspaces.ts, electron/recent-files.ts, electron/shell/file-dialogs.ts,
 * renderer/features/workspaces/.
 */
import { z } from 'zod';
import { method, mutation } from './define';

const FilePath = z.string().trim().min(1, { error: 'Name a file' }).max(4096);

/** A new file's name in browser mode (no dialog): the screen checks it with this before it asks. */
export const NewFileName = z
  .string()
  .trim()
  .min(1, { error: 'Name the new file' })
  .max(80, { error: 'At most 80 characters' })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, { error: 'Letters, digits, spaces, - _ and . only' });

export const RecentFile = z.object({
  path: z.string(),
  /** The file name a person recognises ("team.db"). */
  name: z.string(),
  openedAt: z.string(),
  /** False when the file has been moved or deleted since: shown as missing, removable. */
  exists: z.boolean(),
  current: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFile>;

export const WorkspacesInfo = z.object({
  /** The open file's full path. */
  dbPath: z.string(),
  /** Where a new file named in browser mode goes (beside the default database). */
  dataDir: z.string(),
  /** Whether this host can switch files at all (the app and browser mode can; the CLI cannot). */
  canSwitch: z.boolean(),
  recent: z.array(RecentFile),
});
export type WorkspacesInfo = z.infer<typeof WorkspacesInfo>;

export const workspacesApi = {
  'workspaces.info': method(
    'The open file, where new files go, and the recent files (newest first; missing ones marked).',
    z.object({}).strict(),
    WorkspacesInfo,
  ),
  'workspaces.open': mutation(
    'Switch this window to another Winloop database; a file that is not one is refused and the open file stays.',
    z.object({ path: FilePath }),
    z.object({ dbPath: z.string() }),
    [],
  ),
  'workspaces.create': mutation(
    'Create a new empty database and switch to it: a full path (the app’s save dialog) or a name in the data folder.',
    z.union([z.object({ path: FilePath }), z.object({ name: NewFileName })]),
    z.object({ dbPath: z.string() }),
    [],
  ),
  'workspaces.forget': mutation(
    'Remove a file from the recent list (the file itself is not touched).',
    z.object({ path: FilePath }),
    z.object({ removed: z.boolean() }),
    [],
  ),
  'workspaces.remember': mutation(
    'Put a forgotten file back in the recent list where it was (the undo of workspaces.forget).',
    z.object({ path: FilePath, openedAt: z.iso.datetime() }),
    z.object({ restored: z.boolean() }),
    [],
  ),
  'workspaces.pick': method(
    'A native file dialog (the desktop app only): the path picked, or null when cancelled.',
    z.object({ purpose: z.enum(['open', 'create']) }),
    z.object({ path: z.string().nullable() }),
  ),
};
