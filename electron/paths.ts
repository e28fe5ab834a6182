/**
 * Where things live on disk. Shared by Electron, browser mode and the CLI so all three find the same
 * database by default: the OS user-data folder Electron itself uses for an app named "Winloop".
 */
import os from 'node:os';
import path from 'node:path';
import pkg from '../package.json' with { type: 'json' };

export const APP_NAME = 'Winloop';
export const DB_FILE_NAME = 'winloop.db';

export function appVersion(): string {
  return pkg.version;
}

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** `--db FILE` wins, then `WINLOOP_DB`, then the user-data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.WINLOOP_DB) return path.resolve(env.WINLOOP_DB);
  return path.join(userDataDir(env), DB_FILE_NAME);
}

/** Sample databases live beside the user's own file, in their own folder: never mixed into real data. */
export function sampleDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'samples');
}
