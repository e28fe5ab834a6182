/**
 * Rolling snapshots of a database: whole, consistent copies in `snapshots/` beside the file, named after the
 * file and the moment they were taken, the newest few kept. A snapshot is written under a `.building` name and
 * renamed once whole and checked, so a process killed while copying leaves nothing that is listed as good (the
 * next start removes the `.building` file). Restoring one replaces the file only after the current state has
 * been snapshotted too, so a restore can itself be restored away.
 * Changes with: electron/engine/job-worker.ts (takes them off the main thread), electron/engine/snapshot-schedule.ts,
 * electron/cli/commands/restore.ts, electron/db/client.ts (offers the newest good one for a damaged file).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildingName, removeBuilding } from '../engine/leftovers';
import { openReadOnly, type ReadOnlyConnection } from './probe';

export const SNAPSHOT_DEFAULTS = { everyHours: 4, keep: 7 } as const;

export interface SnapshotInfo {
  /** The file's name in the snapshots folder: what `restore --snapshot` takes. */
  name: string;
  file: string;
  takenAt: string;
  bytes: number;
  /** Live cases (not in the Trash) in it; null when it cannot be read. */
  cases: number | null;
  /** Taken just before a restore replaced the file: restoring it undoes that restore. */
  beforeRestore: boolean;
  /** Opens and passes quick_check. */
  good: boolean;
  problem: string | null;
}

export function snapshotDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'snapshots');
}

const baseOf = (dbFile: string) => path.basename(dbFile, path.extname(dbFile));
const STAMP = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(-before-restore)?\.db$/;

export function snapshotName(dbFile: string, now: Date, beforeRestore = false): string {
  return `${baseOf(dbFile)}-${now.toISOString().replace(/[:.]/g, '-')}${beforeRestore ? '-before-restore' : ''}.db`;
}

function parseName(dbFile: string, name: string): { takenAt: string; beforeRestore: boolean } | null {
  const prefix = `${baseOf(dbFile)}-`;
  if (!name.startsWith(prefix)) return null;
  const match = STAMP.exec(name.slice(prefix.length));
  if (!match) return null;
  const [day, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  const takenAt = new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { takenAt: takenAt.toISOString(), beforeRestore: match[2] !== undefined };
}

/** Live cases and quick_check of a snapshot, through a read-only connection that leaves nothing beside it. */
function examine(file: string, nativeBinding?: string): Pick<SnapshotInfo, 'cases' | 'good' | 'problem'> {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const verdict = sqlite.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') return { cases: null, good: false, problem: `damaged (${String(verdict)})` };
    const cases = sqlite.prepare('select count(*) from cases where deleted_at is null').pluck().get() as number;
    return { cases, good: true, problem: null };
  } catch (error) {
    return {
      cases: null,
      good: false,
      problem: `unreadable (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    sqlite?.close();
  }
}

/** This file's snapshots, newest first; `examine: false` only reads names and sizes (cheap, for scheduling). */
export function listSnapshots(
  dbFile: string,
  opts: { examine?: boolean; nativeBinding?: string } = {},
): SnapshotInfo[] {
  const dir = snapshotDir(dbFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: SnapshotInfo[] = [];
  for (const name of names) {
    const parsed = parseName(dbFile, name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    const bytes = fs.statSync(file).size;
    const checked =
      opts.examine === false ? { cases: null, good: true, problem: null } : examine(file, opts.nativeBinding);
    found.push({ name, file, bytes, ...parsed, ...checked });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

export function newestGoodSnapshot(dbFile: string, nativeBinding?: string): SnapshotInfo | null {
  return listSnapshots(dbFile, nativeBinding ? { nativeBinding } : {}).find((s) => s.good) ?? null;
}

/**
 * Finishes a copy written at `<target>.building`: a single file (rollback journal, so it opens and copies
 * without companions), checked, then renamed into place. A copy that fails its check is removed, not kept.
 */
export function finishSnapshot(target: string, nativeBinding?: string): void {
  const building = buildingName(target);
  const binding = nativeBinding ? { nativeBinding } : {};
  const sqlite = new Database(building, { fileMustExist: true, ...binding });
  try {
    sqlite.pragma('journal_mode = DELETE');
    const verdict = sqlite.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') throw new Error(`the copy failed its check (${String(verdict)})`);
  } catch (error) {
    sqlite.close();
    removeBuilding(target);
    throw error;
  }
  sqlite.close();
  const fd = fs.openSync(building, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(building, target);
}

/** A snapshot in one go (the CLI, a restore, tests): VACUUM INTO from a read-only connection. */
export function takeSnapshotNow(
  dbFile: string,
  opts: { now?: Date; beforeRestore?: boolean; keep?: number; nativeBinding?: string } = {},
): SnapshotInfo {
  const dir = snapshotDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, snapshotName(dbFile, opts.now ?? new Date(), opts.beforeRestore));
  removeBuilding(target);
  const binding = opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
  const source = new Database(dbFile, { readonly: true, fileMustExist: true, ...binding });
  try {
    source.prepare('VACUUM INTO ?').run(buildingName(target));
  } catch (error) {
    removeBuilding(target);
    throw error;
  } finally {
    source.close();
  }
  finishSnapshot(target, opts.nativeBinding);
  pruneSnapshots(dbFile, opts.keep ?? SNAPSHOT_DEFAULTS.keep);
  return listSnapshots(dbFile, binding).find((s) => s.file === target)!;
}

/** Keeps the newest `keep` snapshots of this file; returns the names removed. */
export function pruneSnapshots(dbFile: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listSnapshots(dbFile, { examine: false }).slice(Math.max(1, keep))) {
    fs.rmSync(old.file, { force: true });
    removed.push(old.name);
  }
  return removed;
}

export interface Restored {
  restored: SnapshotInfo;
  /** The snapshot of the state just replaced (restore it to undo), or the damaged file set aside. */
  undo: { snapshot: string } | { setAside: string };
}

/**
 * Puts a snapshot in place of the database, which must not be open. The current state is snapshotted first
 * (or, when it cannot be read, the file is renamed aside); the old `-wal` goes before the new file arrives, so
 * no log of the old state is ever replayed onto the restored one.
 */
export function restoreSnapshot(
  dbFile: string,
  name: string,
  opts: { now?: Date; keep?: number; nativeBinding?: string } = {},
): Restored {
  const file = path.resolve(dbFile);
  const chosen = listSnapshots(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}).find(
    (s) => s.name === name,
  );
  if (!chosen) throw new Error(`There is no snapshot called ${name} in ${snapshotDir(file)}.`);
  if (!chosen.good) throw new Error(`The snapshot ${name} is ${chosen.problem}; pick another.`);
  let undo: Restored['undo'];
  try {
    const safety = takeSnapshotNow(file, {
      now: opts.now ?? new Date(),
      beforeRestore: true,
      // The one just taken must not push out the one being restored.
      keep: Math.max(opts.keep ?? SNAPSHOT_DEFAULTS.keep, 2) + 1,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    if (!safety?.good) throw new Error('the copy of the current state is not readable');
    undo = { snapshot: safety.name };
  } catch {
    const aside = `${file}.broken-${(opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm'])
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    undo = { setAside: aside };
  }
  const building = buildingName(file);
  removeBuilding(file);
  fs.copyFileSync(chosen.file, building);
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  fs.renameSync(building, file);
  return { restored: chosen, undo };
}

/** Days and times as a person reads them in a message: "2 Dec 2026, 18:04". */
export function whenText(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * How much a damaged file holds that its newest good snapshot does not, as far as the damaged file can still
 * be read: cases changed after the snapshot was taken. Said plainly when nothing can be read.
 */
export function whatMayBeMissing(dbFile: string, snapshot: SnapshotInfo, nativeBinding?: string): string {
  const since = whenText(snapshot.takenAt);
  let connection: ReadOnlyConnection | null = null;
  try {
    connection = openReadOnly(dbFile, nativeBinding);
    const { sqlite } = connection;
    const newer = sqlite
      .prepare('select count(*) from cases where updated_at > ?')
      .pluck()
      .get(snapshot.takenAt) as number;
    const total = sqlite.prepare('select count(*) from cases where deleted_at is null').pluck().get() as number;
    const plural = (n: number) => `${n.toLocaleString('en')} case${n === 1 ? '' : 's'}`;
    if (newer === 0 && total === snapshot.cases) return `No case in the damaged file was changed after ${since}.`;
    return (
      `${plural(newer)} in the damaged file ${newer === 1 ? 'was' : 'were'} changed after ${since} ` +
      `(it holds ${plural(total)}, the snapshot ${plural(snapshot.cases ?? 0)}); those changes may be missing.`
    );
  } catch {
    return `Changes after ${since} may be missing.`;
  } finally {
    try {
      connection?.close();
    } catch {
      // A damaged file may refuse even to close cleanly; nothing was written to it.
    }
  }
}

/** What a start on a damaged file offers: its newest good snapshot and how much may be missing from it. */
export interface SnapshotOffer {
  name: string;
  file: string;
  takenAt: string;
  cases: number | null;
  missing: string;
}

export function snapshotOffer(dbFile: string, nativeBinding?: string): SnapshotOffer | null {
  const newest = newestGoodSnapshot(dbFile, nativeBinding);
  if (!newest) return null;
  return {
    name: newest.name,
    file: newest.file,
    takenAt: newest.takenAt,
    cases: newest.cases,
    missing: whatMayBeMissing(dbFile, newest, nativeBinding),
  };
}

/** The offer in words, for the start-up dialog, browser mode's start error and the CLI. */
export function offerText(offer: SnapshotOffer): string {
  const cases = offer.cases === null ? '' : ` (${offer.cases.toLocaleString('en')} cases)`;
  return `The newest good snapshot is from ${whenText(offer.takenAt)}${cases}: ${offer.name}. ${offer.missing}`;
}
