/**
 * Files a job writes under a temporary name, and their cleanup. A job that is cancelled, or a process that is
 * killed, leaves at most `<target>.building` (and SQLite's companions of it) behind; the next start removes them.
 * Changes with: job-worker.ts, electron/sample/generate.ts (which writes under the name given here).
 */
import fs from 'node:fs';
import path from 'node:path';

const SUFFIX = '.building';
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

export function buildingName(target: string): string {
  return `${target}${SUFFIX}`;
}

/** Removes a database file a job wrote and SQLite's companions of it. */
export function removeWithCompanions(file: string): void {
  for (const companion of COMPANIONS) fs.rmSync(`${file}${companion}`, { force: true });
}

/** Removes what a job writing `target` may have left. */
export function removeBuilding(target: string): void {
  removeWithCompanions(buildingName(target));
}

/**
 * Removes every `.building` file (with its companions) in these folders: called at start, when no job of this
 * process can be running, so whatever is there was left by a killed one. Returns what it removed.
 */
export function removeLeftovers(folders: string[]): string[] {
  const removed: string[] = [];
  for (const folder of new Set(folders.map((f) => path.resolve(f)))) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const companion = COMPANIONS.find((c) => name.endsWith(`${SUFFIX}${c}`));
      if (companion === undefined) continue;
      fs.rmSync(path.join(folder, name), { force: true });
      removed.push(path.join(folder, name));
    }
  }
  return removed;
}
