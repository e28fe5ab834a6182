/**
 * Putting this seller's export into the team folder so that no teammate, and no sync tool, ever sees half of
 * it: copied under a hidden temporary name, flushed to the disk, renamed over the old file in one step, and the
 * folder flushed too so the rename survives a power cut. The export itself is built beside the database, not
 * in the synced folder, so the sync tool uploads one finished file rather than every page of the build.
 * Changes with: names.ts (which ignores the temporary name), scheduler.ts.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export async function publishFile(source: string, folder: string, name: string): Promise<string> {
  const target = path.join(folder, name);
  const prefix = `.${name}.`;
  const temp = path.join(folder, `${prefix}${randomBytes(4).toString('hex')}.tmp`);
  // A copy cut short (the app killed, the disk full) leaves its temporary file, which the sync tool would carry
  // to every teammate: only this seller publishes under this name, so any such leftover is ours to remove.
  for (const entry of await fs.readdir(folder)) {
    if (entry.startsWith(prefix) && entry.endsWith('.tmp')) await fs.rm(path.join(folder, entry), { force: true });
  }
  try {
    // Asynchronous on purpose: a large file copies on libuv's threads, not on the thread that routes the window.
    await fs.copyFile(source, temp);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
  return target;
}

/** A folder's entry list flushed; Windows cannot open a folder for that and journals renames itself. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported here (Windows, some network file systems): the rename is as durable as the system makes it.
  } finally {
    await handle?.close();
  }
}
