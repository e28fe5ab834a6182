/**
 * The way out when a file will not open: fall back to a backup, or set the broken file aside and start anew.
 * Nothing is ever deleted: a broken file is renamed, never removed.
 */
import fs from 'node:fs';
import path from 'node:path';

export function findBackups(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${base}.before-`) && name.endsWith('.bak'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
}

/** Renames the file and its WAL/SHM companions; returns the new name of the main file. */
export function setAside(file: string, now = new Date()): string {
  const target = `${file}.broken-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Puts a backup in place of a broken file, keeping the broken one aside. */
export function restoreBackup(file: string, backup: string): string {
  const aside = fs.existsSync(file) ? setAside(file) : null;
  fs.copyFileSync(backup, file);
  return aside ?? file;
}
