/**
 * What a killed process leaves half-done, put right by the writer when it opens the file (no job of this
 * process runs yet, so whatever is under way in the file was cut short):
 * - a CSV import still `running` commits its chunks one by one, so some may be in the file: they are taken
 *   back from its journal, as a cancel would, and its history row says cancelled;
 * - a team merge is made on a working copy and put in place in one transaction, so nothing of it is in the
 *   file; the copy of the database it took before merging (`backups/…-before-merge-….db`) is referenced by no
 *   merge and is removed, and so are the checked copies of teammates' files (`.teammate-….winloop`) left in
 *   the folder the engine has them made in (the working copy is a `.building` file: leftovers.ts).
 * Changes with: electron/csv/undo.ts, electron/team/apply.ts, electron/team/teammate-file.ts, db-worker.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { closeImport, revertChunk } from '../csv/undo';

/** Where the engine has teammates' files copied and checked: beside the database, so leftovers are found. */
export function teammateWorkDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

export interface Recovered {
  imports: string[];
  removed: string[];
}

export function recoverInterrupted(sqlite: Database.Database, dbFile: string, now: () => Date): Recovered {
  const imports = sqlite.prepare("select id from imports where status = 'running'").pluck().all() as string[];
  for (const id of imports) {
    while (revertChunk(sqlite, id, now().toISOString()) > 0);
    closeImport(sqlite, id, 'cancelled', now().toISOString());
  }
  const removed: string[] = [];
  const dir = teammateWorkDir(dbFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return { imports, removed };
  }
  const kept = new Set(
    (
      sqlite.prepare('select snapshot_file from sync_merges where snapshot_file is not null').pluck().all() as string[]
    ).map((f) => path.resolve(f)),
  );
  const base = path.basename(dbFile, path.extname(dbFile));
  for (const name of names) {
    const file = path.join(dir, name);
    // VACUUM INTO writes its copy with a rollback journal beside it: a kill mid-copy leaves that too.
    const copyOf = /\.db(-journal|-wal|-shm)?$/.exec(name);
    const orphanCopy =
      name.startsWith(`${base}-before-merge-`) &&
      copyOf !== null &&
      !kept.has(file.slice(0, file.length - (copyOf[1]?.length ?? 0)));
    const teammateCopy = /^\.teammate-[0-9a-f-]{36}\.winloop(-journal|-wal|-shm)?$/.test(name);
    if (!orphanCopy && !teammateCopy) continue;
    fs.rmSync(file, { force: true });
    removed.push(file);
  }
  return { imports, removed };
}
