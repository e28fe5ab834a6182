/**
 * Which file the window works in: the recent files, opening another Winloop database (checked first, so a
 * file that is not one is one sentence and the open file stays), a new empty one, and the native picker, which
 * only the desktop shell answers (electron/shell/file-dialogs.ts serves it before it reaches a service).
 * Changes with: shared/contract/workspaces.ts, electron/recent-files.ts, electron/services/sample.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/envelope';
import { openDatabase } from '../db/client';
import { whyNotWinloop } from '../db/winloop-file';
import { forgetRecent, readRecent, restoreRecent } from '../recent-files';
import type { ServiceContext, WorkspaceHost } from './context';
import type { HandlerMap } from './handler';

function hostOf(ctx: ServiceContext): WorkspaceHost {
  if (!ctx.host)
    throw new ApiError('invalid_input', 'Only the app and browser mode switch files; the CLI takes --db FILE.');
  return ctx.host;
}

const samePath = (a: string, b: string) => path.resolve(a) === path.resolve(b);
const dataDirOf = (ctx: ServiceContext) => path.dirname(ctx.host?.defaultDbPath ?? ctx.dbPath);

/** A name typed in browser mode becomes a file in the data folder; `.db` is added unless it has an extension. */
export function fileForName(dataDir: string, name: string): string {
  const trimmed = name.trim();
  return path.join(dataDir, /\.(db|sqlite3?|winloopdb)$/i.test(trimmed) ? trimmed : `${trimmed}.db`);
}

export const workspacesHandlers: HandlerMap<'workspaces'> = {
  'workspaces.info': (ctx) => {
    const list = ctx.host?.recentList;
    return {
      dbPath: ctx.dbPath,
      dataDir: dataDirOf(ctx),
      canSwitch: ctx.host !== undefined,
      recent: (list ? readRecent(list) : []).map((entry) => ({
        path: entry.path,
        name: path.basename(entry.path),
        openedAt: entry.openedAt,
        exists: fs.existsSync(entry.path),
        current: samePath(entry.path, ctx.dbPath),
      })),
    };
  },

  'workspaces.open': (ctx, input) => {
    const host = hostOf(ctx);
    const file = path.resolve(input.path);
    if (samePath(file, ctx.dbPath)) return { dbPath: ctx.dbPath };
    const why = whyNotWinloop(file, host.migrationsFolder, host.nativeBinding);
    if (why) throw new ApiError('invalid_input', why, { path: why });
    host.switchTo(file);
    return { dbPath: file };
  },

  'workspaces.create': (ctx, input) => {
    const host = hostOf(ctx);
    const file = 'path' in input ? path.resolve(input.path) : fileForName(dataDirOf(ctx), input.name);
    const field = 'path' in input ? 'path' : 'name';
    // A new file never replaces one: not the open file, not another database, not anything else.
    if (fs.existsSync(file)) {
      const why = `There is already a file called ${path.basename(file)} in ${path.dirname(file)}; pick another name.`;
      throw new ApiError('conflict', why, { [field]: why });
    }
    if (!fs.existsSync(path.dirname(file))) {
      const why = `The folder ${path.dirname(file)} does not exist.`;
      throw new ApiError('invalid_input', why, { [field]: why });
    }
    openDatabase(file, {
      migrationsFolder: host.migrationsFolder,
      ...(host.nativeBinding ? { nativeBinding: host.nativeBinding } : {}),
    }).close();
    host.switchTo(file);
    return { dbPath: file };
  },

  'workspaces.forget': (ctx, input) => {
    const list = hostOf(ctx).recentList;
    return { removed: list ? forgetRecent(list, input.path) : false };
  },

  'workspaces.remember': (ctx, input) => {
    const list = hostOf(ctx).recentList;
    return { restored: list ? restoreRecent(list, { path: input.path, openedAt: input.openedAt }) : false };
  },

  'workspaces.pick': () => {
    throw new ApiError('invalid_input', 'Only the desktop app has file dialogs: type the file’s path instead.');
  },
};
