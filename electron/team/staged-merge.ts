/**
 * A merge the seller keeps working through. At 100,000 cases a merge writes for a minute or more: done in one
 * transaction on the writer, every save would wait for all of it. So the merge runs on a copy in a job thread,
 * and the writer only puts the result in place:
 * 1. the writer starts a capture (merge-capture.ts), then the job thread copies the database (VACUUM INTO from a
 *    reader's snapshot), copies that again as the snapshot undo restores, merges the teammate's file into the
 *    copy as applyMerge does (one transaction, its history row) and refreshes the copy's review facts;
 * 2. the writer, holding every other message back, carries the rows saved meanwhile into the copy and into the
 *    snapshot — merging them as a file of their own: the merge is a join, so merging the saves after the file
 *    gives what merging the file after the saves would — and copies the copy's pages over the database with
 *    SQLite's backup API, one transaction: readers see the old state or the new one, a kill leaves the old one.
 * A cancel or a failure before step 2 leaves the database as it was; the copies are removed (after a kill, at
 * the next start: the copy is a `.building` file, the snapshot one no merge refers to).
 * Changes with: merge-capture.ts, apply.ts, electron/engine/job-worker.ts and db-worker.ts (who run the steps).
 */
import Database from 'better-sqlite3';
import type { MemberMap, MergeReport } from '../../shared/contract/sharing';
import { openOwnCopy } from '../db/client';
import { openReader } from '../db/open-reader';
import { removeWithCompanions } from '../engine/leftovers';
import { rebuildCaseFacts, refreshCaseFacts, staleCaseCount } from '../review/case-facts';
import { refreshPersonReach } from '../review/person-reach';
import { ApiError } from '../../shared/envelope';
import { applyMerge } from './apply';
import { capturedGone, stopCapture, touchedOwnTables } from './merge-capture';
import { mergeTeammate } from './merge';
import { mergeTables } from './tables';
import type { TeammateFile } from './teammate-file';

export interface StagedFiles {
  /** The copy the merge is made on (a `.building` name: removed at the next start if a kill leaves it). */
  copy: string;
  /** The copy of the database as it was before the merge, which undo restores. */
  snapshot: string;
}

export interface StagedOptions {
  migrationsFolder: string;
  nativeBinding?: string;
  workDir: string;
  members?: MemberMap;
  now?: () => Date;
  onProgress?: (phase: string, done: number, total: number) => void;
}

const REFRESH_CHUNK = 2000;
const ALL_PAGES = 0x7fffffff;

/** Step 1, in a job thread: the merge made on a copy of `dbFile`, which nothing else writes. */
export function mergeOnCopy(
  dbFile: string,
  teammateFile: string,
  files: StagedFiles,
  opts: StagedOptions,
): { id: string; report: MergeReport } {
  const progress = opts.onProgress ?? (() => undefined);
  progress('copying your data', 0, 1);
  const reader = openReader(dbFile, opts.nativeBinding);
  try {
    reader.sqlite.prepare('VACUUM INTO ?').run(files.copy);
  } finally {
    reader.sqlite.close();
  }
  const copy = openOwnCopy(files.copy, opts.nativeBinding);
  try {
    const merged = applyMerge(copy.sqlite, teammateFile, {
      dbFile,
      migrationsFolder: opts.migrationsFolder,
      workDir: opts.workDir,
      snapshotFile: files.snapshot,
      onProgress: progress,
      ...(opts.members ? { members: opts.members } : {}),
      ...(opts.now ? { now: opts.now } : {}),
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    // Here rather than on the writer after the swap: the first review after a big merge is then ready. A merge
    // that made most cases stale is recomputed from scratch, as a bulk load is: refreshing case by case over
    // full derived tables costs far more per case.
    const stale = staleCaseCount(copy.sqlite);
    const cases = copy.sqlite.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    progress('preparing the review', 0, stale);
    if (stale > REFRESH_CHUNK && stale * 4 > cases) {
      rebuildCaseFacts(copy.sqlite, (done, total) => progress('preparing the review', done, total), REFRESH_CHUNK);
    } else {
      let done = 0;
      for (let n; (n = refreshCaseFacts(copy.sqlite, REFRESH_CHUNK)) > 0;) {
        done += n;
        progress('preparing the review', Math.min(done, stale), stale);
      }
    }
    refreshPersonReach(copy.sqlite);
    return { id: merged.id, report: merged.report };
  } finally {
    copy.close();
  }
}

/**
 * Step 2, on the writer, with nothing else running on its connection until it settles: the rows saved since
 * the capture started carried into both copies, then the merged copy put in place of `dbFile`. The capture is
 * stopped however it ends; the merged copy is removed, and the snapshot too when it fails.
 */
export async function carryAndSwap(
  live: Database.Database,
  dbFile: string,
  mergeId: string,
  files: StagedFiles,
  opts: Pick<StagedOptions, 'nativeBinding'>,
): Promise<void> {
  let swapped = false;
  try {
    carrySaves(live, dbFile, files.snapshot, null, opts);
    carrySaves(live, dbFile, files.copy, mergeId, opts);
    stopCapture(live);
    const source = new Database(files.copy, {
      readonly: true,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    try {
      // All pages in one step: the destination is written in one transaction, which readers see whole or not.
      await source.backup(dbFile, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
    swapped = true;
  } finally {
    stopCapture(live);
    removeWithCompanions(files.copy);
    if (!swapped) removeWithCompanions(files.snapshot);
  }
}

/** The saves made since the capture started, merged into `target` (a copy of the database), one transaction. */
function carrySaves(
  live: Database.Database,
  dbFile: string,
  target: string,
  mergeId: string | null,
  opts: Pick<StagedOptions, 'nativeBinding'>,
): void {
  const copy = openOwnCopy(target, opts.nativeBinding);
  const { sqlite } = copy;
  const own = touchedOwnTables(live);
  try {
    if (own.length > 0) sqlite.prepare('ATTACH DATABASE ? AS live').run(dbFile);
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      // Checked by SQLite's own count at COMMIT, which sees only what this transaction did: a foreign_key_check
      // of the whole copy would hold the writer for seconds at 100,000 cases.
      sqlite.pragma('defer_foreign_keys = ON');
      mergeTeammate(sqlite, savesMeanwhile(live), {}, { read: 'captured' });
      // Children first: a row deleted outright takes its references with it.
      for (const table of [...mergeTables].reverse()) {
        const gone = capturedGone(live, table.name);
        const remove = sqlite.prepare(`DELETE FROM main."${table.name}" WHERE id = ?`);
        for (const id of gone) remove.run(id);
      }
      for (const table of own) {
        if (table === 'sync_merges') updateHistory(sqlite);
        else {
          sqlite.exec(`DELETE FROM main."${table}"`);
          sqlite.exec(`INSERT INTO main."${table}" SELECT * FROM live."${table}"`);
        }
      }
      // Undo compares the clock with this: the saves carried in are part of the merge's state, not edits since.
      if (mergeId !== null) {
        sqlite
          .prepare('UPDATE sync_merges SET clock_after = (SELECT hlc FROM sync_clock WHERE id = 1) WHERE id = ?')
          .run(mergeId);
      }
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw new ApiError(
        'internal',
        `What was saved during the merge could not be carried into it (${error instanceof Error ? error.message : String(error)}); nothing was changed.`,
      );
    }
  } finally {
    if (own.length > 0) sqlite.exec('DETACH DATABASE live');
    copy.close();
  }
}

/**
 * The merge history as the live file has it now (a conflict of an earlier merge flipped meanwhile), row by row
 * in place: the copy's own new row stays, and the rows keep their order, which undo goes by.
 */
function updateHistory(sqlite: Database.Database): void {
  const columns = (sqlite.pragma('table_info(sync_merges)') as { name: string }[])
    .map((c) => `"${c.name}"`)
    .filter((c) => c !== '"id"')
    .join(', ');
  sqlite.exec(
    `UPDATE main.sync_merges SET (${columns}) = (SELECT ${columns} FROM live.sync_merges AS l WHERE l.id = sync_merges.id) ` +
      'WHERE id IN (SELECT id FROM live.sync_merges)',
  );
}

/** The writer's own connection read as a teammate's file of one member, this file's own, holding the captured rows. */
function savesMeanwhile(live: Database.Database): TeammateFile {
  const me = live
    .prepare('SELECT id, name FROM team_members WHERE is_me = 1 AND deleted_at IS NULL ORDER BY id LIMIT 1')
    .get() as { id: string; name: string } | undefined;
  return {
    file: 'your changes during the merge',
    header: {
      formatVersion: 0,
      appVersion: '',
      schemaVersion: 0,
      memberId: me?.id ?? null,
      memberName: me?.name ?? '',
      exportedAt: '',
      fileId: '',
      withoutPrivate: false,
      anonymised: false,
    },
    sqlite: live,
    close: () => undefined,
  };
}
