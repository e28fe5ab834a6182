/**
 * `generateSample`: a new database file full of realistic, deterministic sample data — for workshops, demos,
 * screenshots and the benchmark. It never touches an existing file, opens the new one through the normal
 * open path (integrity, pragmas, migrations) under a temporary name, fills it with bulk inserts (populate.ts,
 * bulk-load.ts) and renames it when complete; if anything fails part-way it removes what it built, so a
 * half-built sample can never be mistaken for a whole one.
 * Changes with: shared/contract/sample.ts (SampleRequest: the limits), electron/cli/commands/sample.ts.
 */
import { rebuildSearchIndex } from '../review/search-index';
import fs from 'node:fs';
import path from 'node:path';
import { SampleRequest } from '../../shared/contract/sample';
import { ApiError } from '../../shared/envelope';
import { rebuildCaseFacts } from '../review/case-facts';
import { openDatabase, type OpenedDb } from '../db/client';
import { buildingName } from '../engine/leftovers';
import { withBulkLoad } from './bulk-load';
import { dayNumber, localToday } from './dates';
import { populate } from './populate';

export interface GenerateOptions {
  cases: number;
  seed: number;
  /** YYYY-MM-DD: the history ends the day before. Default: today in the local calendar. */
  today?: string;
  migrationsFolder: string;
  nativeBinding?: string;
  /** Progress by phase: 'cases' while simulating, 'review facts' while computing the derived tables. */
  onProgress?: (done: number, total: number, phase: 'cases' | 'review facts') => void;
  /** The temporary name to build under (default `<file>.building`); renamed to `file` when complete. */
  building?: string;
}

/** Page cache while building, in KiB. */
const CACHE_KIB = 256 * 1024;

/** The same limits the app's sample.open checks, with the contract's own messages. */
function validated(opts: GenerateOptions): { cases: number; seed: number; today: number } {
  const parsed = SampleRequest.safeParse({ cases: opts.cases, seed: opts.seed });
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
    const message = Object.entries(fields).map(([field, problem]) => `${field}: ${problem}`);
    throw new ApiError('invalid_input', message.join('; '), fields);
  }
  const today = opts.today ?? localToday(new Date());
  try {
    return { ...parsed.data, today: dayNumber(today) };
  } catch (error) {
    throw new ApiError('invalid_input', `today: ${(error as Error).message}`, { today: 'Must be a date, YYYY-MM-DD' });
  }
}

/** The database file and the companions SQLite may leave beside it. */
export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

const exists = (dbPath: string) =>
  new ApiError('conflict', `${dbPath} already exists; a sample is only ever written to a new file.`);

/** Gives the finished file its name, never over a file that appeared meanwhile. */
function publish(building: string, dbPath: string): void {
  try {
    // A hard link fails if the name is taken: no window in which another file could be replaced.
    fs.linkSync(building, dbPath);
    fs.rmSync(building);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists(dbPath);
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (fs.existsSync(dbPath)) throw exists(dbPath);
    fs.renameSync(building, dbPath);
  }
}

export function generateSample(file: string, opts: GenerateOptions): { dbPath: string; cases: number } {
  const request = validated(opts);
  const dbPath = path.resolve(file);
  if (fs.existsSync(dbPath)) throw exists(dbPath);
  // Built under another name and renamed when complete: even a killed process cannot leave a half-built
  // sample under the name asked for. What a killed earlier build left under that name goes first.
  const building = opts.building ?? buildingName(dbPath);
  removeDatabase(building);
  let opened: OpenedDb | undefined;
  try {
    opened = openDatabase(building, {
      migrationsFolder: opts.migrationsFolder,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    const { sqlite } = opened;
    // Nothing to protect until the file is complete, so no journal and no waiting for the disk; a large
    // page cache keeps the tables being filled in memory (released when the file closes).
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma(`cache_size = -${CACHE_KIB}`);
    const onProgress = opts.onProgress;
    withBulkLoad(sqlite, () =>
      populate(sqlite, { ...request, ...(onProgress ? { onProgress: (d, t) => onProgress(d, t, 'cases') } : {}) }),
    );
    // Loaded without triggers: compute every case's review facts now, so the first review is not the one to pay.
    rebuildCaseFacts(sqlite, onProgress ? (d, t) => onProgress(d, t, 'review facts') : undefined);
    rebuildSearchIndex(sqlite);
    // Back to what every Winloop file is (client.ts): write-ahead log, full sync.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    opened.close();
    opened = undefined;
    publish(building, dbPath);
    return { dbPath, cases: request.cases };
  } catch (error) {
    opened?.close();
    removeDatabase(building);
    throw error;
  }
}
