/** Small helpers for the team tests: a sample database, opening a file, an export, a file's summary. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { generateSample } from '../../electron/sample/generate';
import { exportTeamFile, type ExportOptions } from '../../electron/team/export';
import { createMemoryTransport } from '../../electron/transports/memory';
import { openWorkspace } from '../../electron/workspace';
import { createApiClient } from '../../shared/client';
import type { Summary } from '../../shared/contract/review';
import { tempDir } from '../helpers/temp-workspace';

export const TODAY = '2026-06-01';

export function sampleDb(cases = 120, seed = 7, dir = tempDir()): string {
  const file = path.join(dir, `sample-${seed}.db`);
  generateSample(file, { cases, seed, today: TODAY, migrationsFolder: MIGRATIONS_DIR });
  return file;
}

/** A migrated, empty database (the app's first run). */
export function emptyDb(dir = tempDir(), name = 'empty.db'): string {
  const file = path.join(dir, name);
  openDatabase(file, { migrationsFolder: MIGRATIONS_DIR }).close();
  return file;
}

export function exportOf(file: string, opts: Partial<ExportOptions> = {}, out?: string) {
  return exportTeamFile(file, out ?? path.join(path.dirname(file), `${path.basename(file)}.winloop`), {
    appVersion: '0.1.0-test',
    ...opts,
  });
}

export function rows(file: string, sql: string, ...params: unknown[]): unknown[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

/** The review of a file, computed on a copy so the file itself is never opened for writing. */
export async function summaryOf(file: string, scope: { from: string; to: string }): Promise<Summary> {
  const copy = path.join(tempDir(), 'copy.db');
  fs.copyFileSync(file, copy);
  const ws = openWorkspace(copy, {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'memory',
    now: () => new Date(`${TODAY}T12:00:00Z`),
  });
  try {
    return await createApiClient(createMemoryTransport(ws)).call('review.summary', scope);
  } finally {
    ws.close();
  }
}
