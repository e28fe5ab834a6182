/**
 * The team folder's settings, one JSON value under the settings key `teamFolder` (no migration: the settings
 * table is a key/value table, and an export deletes it, so the folder's path never reaches a teammate). A
 * folder is checked when it is chosen: it must exist, be a folder and take a file. `status`, `syncNow` and
 * `choose` belong to the host that runs the scheduler (electron/team-folder/host.ts answers them before they
 * reach here); a workspace without one says so.
 * Changes with: shared/contract/team-folder.ts, electron/team-folder/scheduler.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { TeamFolderSettings, type TeamFolderPatch } from '../../shared/contract/team-folder';
import { ApiError } from '../../shared/envelope';
import { settings } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, stamp } from './rows';

const KEY = 'teamFolder';
export const defaultTeamFolder: TeamFolderSettings = { folder: null, intervalMinutes: 10, enabled: false };

export function readTeamFolder(ctx: ServiceContext): TeamFolderSettings {
  const row = ctx.db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return { ...defaultTeamFolder };
  try {
    const parsed = TeamFolderSettings.partial().safeParse(JSON.parse(row.value));
    if (parsed.success) return { ...defaultTeamFolder, ...defined(parsed.data) };
  } catch {
    // Not JSON: the defaults stand (the folder off), and the file still opens.
  }
  return { ...defaultTeamFolder };
}

/** Why this folder cannot be the team folder, in one sentence, or null when it can. */
export function whyNotTeamFolder(folder: string): string | null {
  if (!path.isAbsolute(folder)) return `Give the folder's full path (${folder} is not one).`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return `The folder ${folder} does not exist.`;
  }
  if (!stat.isDirectory()) return `${folder} is a file, not a folder.`;
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return `Winloop may not write in ${folder}.`;
  }
  return null;
}

const noScheduler = (): never => {
  throw new ApiError('invalid_input', 'Only the app and browser mode keep a team folder in step.');
};

export const teamFolderHandlers: HandlerMap<'teamfolder'> = {
  'teamfolder.settings': (ctx) => readTeamFolder(ctx),

  'teamfolder.configure': (ctx, patch: TeamFolderPatch) => {
    const changes = defined(patch);
    if (Object.keys(changes).length === 0) return readTeamFolder(ctx);
    const next = { ...readTeamFolder(ctx), ...changes };
    if (typeof changes.folder === 'string') {
      next.folder = path.resolve(changes.folder);
      const why = whyNotTeamFolder(changes.folder);
      if (why) throw new ApiError('invalid_input', why, { folder: why });
    }
    if (next.enabled && !next.folder) {
      const why = 'Choose the team folder first.';
      throw new ApiError('invalid_input', why, { folder: why });
    }
    const value = JSON.stringify(next);
    const now = stamp(ctx);
    ctx.db
      .insert(settings)
      .values({ key: KEY, value, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
      .run();
    return readTeamFolder(ctx);
  },

  'teamfolder.status': () => ({
    available: false,
    enabled: false,
    folder: null,
    state: 'off',
    ownFile: null,
    lastExportAt: null,
    lastScanAt: null,
    error: null,
    files: [],
  }),
  'teamfolder.syncNow': noScheduler,
  'teamfolder.choose': () => {
    throw new ApiError('invalid_input', 'Only the desktop app has folder dialogs: type the folder’s path instead.');
  },
};
