/**
 * The recent files: a small JSON in the user-data folder (`recent-files.json`), not in any database, so the
 * list survives whichever file is open and a file can be listed after it went missing. Written by a temp file
 * and a rename, so two windows or a crash never leave half a list; a list that will not parse is an empty one.
 * Changes with: electron/services/workspaces.ts (reads, forgets and puts back), the hosts (electron/main.ts,
 * electron/web/main.ts) that remember each file they open.
 */
import fs from 'node:fs';
import path from 'node:path';

export const RECENT_FILE_NAME = 'recent-files.json';
/** Enough for a trainer's few workshop files and a seller's own; older ones drop off. */
export const RECENT_MAX = 12;

export interface RecentEntry {
  path: string;
  openedAt: string;
}

export function recentListPath(userData: string): string {
  return path.join(userData, RECENT_FILE_NAME);
}

export function readRecent(listFile: string): RecentEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  } catch {
    return [];
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return [];
  return files
    .filter(
      (f): f is RecentEntry =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as RecentEntry).path === 'string' &&
        typeof (f as RecentEntry).openedAt === 'string',
    )
    .slice(0, RECENT_MAX);
}

function writeRecent(listFile: string, files: RecentEntry[]): void {
  fs.mkdirSync(path.dirname(listFile), { recursive: true });
  const temp = `${listFile}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
  fs.renameSync(temp, listFile);
}

/** Puts `file` first (once), newest first, at most RECENT_MAX. A list that cannot be written is no reason to fail. */
export function rememberRecent(listFile: string, file: string, now = new Date()): void {
  const resolved = path.resolve(file);
  const rest = readRecent(listFile).filter((f) => path.resolve(f.path) !== resolved);
  try {
    writeRecent(listFile, [{ path: resolved, openedAt: now.toISOString() }, ...rest].slice(0, RECENT_MAX));
  } catch (error) {
    process.stderr.write(`winloop: could not update the recent files (${listFile}): ${String(error)}\n`);
  }
}

export function forgetRecent(listFile: string, file: string): boolean {
  const resolved = path.resolve(file);
  const before = readRecent(listFile);
  const after = before.filter((f) => path.resolve(f.path) !== resolved);
  if (after.length === before.length) return false;
  writeRecent(listFile, after);
  return true;
}

/**
 * The undo of a forget: the entry goes back where its `openedAt` puts it, unless the file is listed again
 * already (opened since) or the list has since filled with newer files.
 */
export function restoreRecent(listFile: string, entry: RecentEntry): boolean {
  const resolved = path.resolve(entry.path);
  const files = readRecent(listFile);
  if (files.some((f) => path.resolve(f.path) === resolved)) return false;
  const restored = [...files, { path: resolved, openedAt: entry.openedAt }]
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt))
    .slice(0, RECENT_MAX);
  if (!restored.some((f) => f.path === resolved)) return false;
  writeRecent(listFile, restored);
  return true;
}
