/**
 * The team folder: a folder that Dropbox, OneDrive, Google Drive or Syncthing already keeps in step between
 * teammates. The app writes this file's export there every few minutes and on quit, and takes in each
 * teammate's file by itself when it has no conflict; a file with one waits for the seller's review.
 * `settings` / `configure` are this file's settings (a key of the settings table; an export never carries it);
 * `status`, `syncNow` and `choose` are answered by the host that runs the scheduler (electron/team-folder/).
 * Changes with: electron/services/team-folder.ts, electron/team-folder/, renderer/features/team-folder/.
 */
import { z } from 'zod';
import { Empty, Timestamp } from './common';
import { method, mutation } from './define';

export const TEAM_FOLDER_INTERVALS = [1, 5, 10, 15, 30, 60] as const;

export const TeamFolderSettings = z.object({
  /** The folder's full path; null until one is chosen. */
  folder: z.string().nullable(),
  /** How often this file is written there when something changed. */
  intervalMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  enabled: z.boolean(),
});
export type TeamFolderSettings = z.infer<typeof TeamFolderSettings>;

export const TeamFolderPatch = z
  .object({
    folder: z.string().trim().min(1, { error: 'Name a folder' }).max(4096).nullable(),
    intervalMinutes: z
      .int({ error: 'Whole minutes' })
      .min(1, { error: 'At least 1 minute' })
      .max(24 * 60),
    enabled: z.boolean(),
  })
  .partial();
export type TeamFolderPatch = z.infer<typeof TeamFolderPatch>;

/**
 * A teammate's file as the scheduler last saw it. `waiting`: still changing (a sync tool writing it), looked at
 * again after a moment; `merged` and `up-to-date` are done with; `pending` needs the seller (conflicts, or a
 * teammate whose name matches more than one here); `refused` is not a file Winloop takes in (the reason says why).
 */
export const TeamFolderFileState = z.enum(['waiting', 'merged', 'up-to-date', 'pending', 'refused']);
export type TeamFolderFileState = z.infer<typeof TeamFolderFileState>;

export const TeamFolderFile = z.object({
  name: z.string(),
  path: z.string(),
  state: TeamFolderFileState,
  /** Who exported it, once a preview has read its header. */
  memberName: z.string().nullable(),
  conflicts: z.int().min(0),
  /** One sentence a person reads: what was taken in, why it waits, or why it was refused. */
  message: z.string(),
  at: Timestamp,
});
export type TeamFolderFile = z.infer<typeof TeamFolderFile>;

export const TeamFolderStatus = z.object({
  /** Whether this host runs a team folder at all (the app and browser mode do; the CLI and tests do not). */
  available: z.boolean(),
  enabled: z.boolean(),
  folder: z.string().nullable(),
  /** `syncing` while it writes or takes in a file; `error` when the folder cannot be used (see `error`). */
  state: z.enum(['off', 'idle', 'syncing', 'error']),
  /** The file this seller writes there, e.g. `anna-3f2a9c1d.winloop`. */
  ownFile: z.string().nullable(),
  lastExportAt: Timestamp.nullable(),
  lastScanAt: Timestamp.nullable(),
  error: z.string().nullable(),
  files: z.array(TeamFolderFile),
});
export type TeamFolderStatus = z.infer<typeof TeamFolderStatus>;

export const teamFolderApi = {
  'teamfolder.settings': method(
    'The team folder, how often it is written, and whether it is on.',
    Empty,
    TeamFolderSettings,
  ),
  'teamfolder.configure': mutation(
    'Choose the team folder, the interval or turn it on or off; a folder that is not there or not writable is refused.',
    TeamFolderPatch,
    TeamFolderSettings,
    ['settings'],
  ),
  'teamfolder.status': method(
    'What the team folder holds as this app last looked: each teammate’s file and what became of it.',
    Empty,
    TeamFolderStatus,
  ),
  'teamfolder.syncNow': method(
    'Write this file to the team folder now (when something changed) and look at every teammate’s file.',
    Empty,
    TeamFolderStatus,
  ),
  'teamfolder.choose': method(
    'A native folder dialog (the desktop app only): the folder picked, or null when cancelled.',
    Empty,
    z.object({ path: z.string().nullable() }),
  ),
};
