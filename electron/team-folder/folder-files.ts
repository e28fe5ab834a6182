/**
 * What the scheduler knows of each teammate's file, and the look at the folder that decides which files have
 * settled: a file is read only once its size and time are the same across two looks a settle time apart and no
 * SQLite journal lies beside it, since a sync tool may still be writing it. A file already dealt with is not
 * looked at again until its size or time changes.
 * Changes with: scheduler.ts, take-in.ts, names.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TeamFolderFile } from '../../shared/contract/team-folder';
import { isTeamFileName } from './names';
import { describeWait } from './wording';

export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** A file as it was first seen with this size and time. */
export interface Seen extends FileStat {
  at: number;
}

export interface Entry extends TeamFolderFile, FileStat {
  /** The export's own id, to recognise a pending file once the seller merged it from the preview. */
  fileId: string | null;
  /** Written by this seller (an old name of theirs, or a copy): kept out of the list. */
  own: boolean;
}

export function blankEntry(name: string, file: string, stat: FileStat, at: string): Entry {
  return {
    name,
    path: file,
    state: 'waiting',
    memberName: null,
    conflicts: 0,
    message: '',
    at,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    fileId: null,
    own: false,
  };
}

export function toFile({ name, path: file, state, memberName, conflicts, message, at }: Entry): TeamFolderFile {
  return { name, path: file, state, memberName, conflicts, message, at };
}

export function statOf(file: string): FileStat | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : null;
  } catch {
    return null;
  }
}

export interface LookOptions {
  folder: string;
  /** This seller's own file name, never read. */
  own: string | null;
  entries: Map<string, Entry>;
  looks: Map<string, Seen>;
  now: number;
  settleMs: number;
  at: string;
}

/**
 * One look at the folder's file names: forgets files that went, marks new or changing ones as arriving, and
 * returns the names that have settled (to be read now) and whether any is still arriving (to look again soon).
 */
export function lookAt(names: string[], o: LookOptions): { stable: string[]; arriving: boolean } {
  const present = new Set(names);
  for (const name of [...o.entries.keys()]) if (!present.has(name)) o.entries.delete(name);
  for (const name of [...o.looks.keys()]) if (!present.has(name)) o.looks.delete(name);
  const stable: string[] = [];
  let arriving = false;
  for (const name of names.filter((n) => n !== o.own && isTeamFileName(n))) {
    const file = path.join(o.folder, name);
    const stat = statOf(file);
    if (!stat) continue;
    const known = o.entries.get(name);
    if (known && known.state !== 'waiting' && same(known, stat)) continue;
    const look = o.looks.get(name);
    // A SQLite file still being written, or copied with its journal beside it, is not finished.
    const journal = ['-wal', '-journal'].some((c) => fs.existsSync(`${file}${c}`));
    if (look && !journal && same(look, stat) && o.now - look.at >= o.settleMs) {
      stable.push(name);
      continue;
    }
    if (!look || !same(look, stat) || journal) o.looks.set(name, { ...stat, at: o.now });
    arriving = true;
    o.entries.set(name, {
      ...blankEntry(name, file, stat, o.at),
      memberName: known?.memberName ?? null,
      message: describeWait(),
    });
  }
  return { stable, arriving };
}

const same = (a: FileStat, b: FileStat) => a.size === b.size && a.mtimeMs === b.mtimeMs;
