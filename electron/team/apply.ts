/**
 * A merge as a person meets it: a preview that changes nothing (the merge run and rolled back, so the preview is
 * exactly what applying would do), apply after a snapshot of the database in one transaction with a report kept
 * in the history, and undo, which puts the snapshot's rows back when nothing has changed since and otherwise
 * says what would be lost. A refused file is refused before anything here is touched.
 * Changes with: merge.ts, teammate-file.ts, electron/db/schema/sync.ts (sync_merges).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MemberMap, MergeHistoryEntry } from '../../shared/contract/sharing';
import { ApiError } from '../../shared/envelope';
import { mergeTeammate, type MergeReport } from './merge';
import { mergeTableNames } from './tables';
import { openTeammateFile, type OpenTeammateOptions } from './teammate-file';

export interface MergeOptions extends OpenTeammateOptions {
  /** The database's own file: snapshots go to `backups/` beside it. */
  dbFile: string;
  now?: () => Date;
  /** The answers to the preview's questions about team members (shared/contract/sharing.ts MemberMap). */
  members?: MemberMap;
  /** Where the copy taken before merging goes (default: `backups/<name>-before-merge-<time>-<id>.db`). */
  snapshotFile?: string;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface AppliedMerge {
  id: string;
  report: MergeReport;
  snapshotFile: string;
}

function inTransaction<T>(local: Database.Database, work: () => T, keep: boolean): T {
  local.exec('BEGIN IMMEDIATE');
  try {
    // Rows recognised as one move to the id that stays before every reference to them is re-pointed.
    local.pragma('defer_foreign_keys = ON');
    const result = work();
    const broken = local.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new ApiError(
        'internal',
        `The merge would leave ${broken.length} broken reference(s); nothing was changed.`,
      );
    local.exec(keep ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    if (local.inTransaction) local.exec('ROLLBACK');
    throw error;
  }
}

/** What merging the file would do; nothing is written. */
export function previewMerge(local: Database.Database, file: string, opts: MergeOptions): MergeReport {
  const teammate = openTeammateFile(file, opts);
  try {
    return inTransaction(local, () => mergeTeammate(local, teammate, opts.members), false);
  } finally {
    teammate.close();
  }
}

export function applyMerge(local: Database.Database, file: string, opts: MergeOptions): AppliedMerge {
  const teammate = openTeammateFile(file, opts);
  try {
    const now = opts.now?.() ?? new Date();
    const dir = path.join(path.dirname(path.resolve(opts.dbFile)), 'backups');
    fs.mkdirSync(dir, { recursive: true });
    const base = path.basename(opts.dbFile, path.extname(opts.dbFile));
    const snapshotFile =
      opts.snapshotFile ??
      path.join(dir, `${base}-before-merge-${now.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.db`);
    opts.onProgress?.('copying your data', 0, 1);
    local.prepare('VACUUM INTO ?').run(snapshotFile);
    const id = randomUUID();
    try {
      const report = inTransaction(
        local,
        () => {
          const report = mergeTeammate(
            local,
            teammate,
            opts.members,
            opts.onProgress ? { onProgress: opts.onProgress } : {},
          );
          const clock = local.prepare('SELECT hlc FROM sync_clock WHERE id = 1').pluck().get() as number;
          local
            .prepare(
              'INSERT INTO sync_merges (id, merged_at, from_member_id, from_member_name, file_id, file_name, report, snapshot_file, clock_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            )
            .run(
              id,
              now.toISOString(),
              report.from.memberId,
              report.from.memberName,
              report.from.fileId,
              report.from.fileName,
              JSON.stringify(report),
              snapshotFile,
              clock,
            );
          return report;
        },
        true,
      );
      return { id, report, snapshotFile };
    } catch (error) {
      fs.rmSync(snapshotFile, { force: true });
      throw error;
    }
  } finally {
    teammate.close();
  }
}

export type { MergeHistoryEntry };

export function mergeHistory(local: Database.Database): MergeHistoryEntry[] {
  const rows = local
    .prepare(
      'SELECT id, merged_at, from_member_name, file_name, undone_at, report FROM sync_merges ORDER BY merged_at DESC, rowid DESC',
    )
    .all() as {
    id: string;
    merged_at: string;
    from_member_name: string;
    file_name: string;
    undone_at: string | null;
    report: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    mergedAt: r.merged_at,
    fromMemberName: r.from_member_name,
    fileName: r.file_name,
    undoneAt: r.undone_at,
    report: JSON.parse(r.report) as MergeReport,
  }));
}

export type UndoResult = { undone: true } | { undone: false; reason: string };

/** Puts the rows back as they were before the merge, when nothing has changed since. */
export function undoMerge(local: Database.Database, mergeId: string, now = new Date()): UndoResult {
  const merge = local
    .prepare('SELECT id, snapshot_file, clock_after, undone_at, rowid FROM sync_merges WHERE id = ?')
    .get(mergeId) as
    { snapshot_file: string | null; clock_after: number; undone_at: string | null; rowid: number } | undefined;
  if (!merge) throw new ApiError('not_found', 'That merge is not in the history.');
  if (merge.undone_at) return { undone: false, reason: 'This merge was already undone.' };
  const later = local
    .prepare('SELECT count(*) FROM sync_merges WHERE undone_at IS NULL AND rowid > ?')
    .pluck()
    .get(merge.rowid) as number;
  if (later > 0) return { undone: false, reason: `${later} later merge(s) would be lost: undo them first.` };
  const clock = local.prepare('SELECT hlc FROM sync_clock WHERE id = 1').pluck().get() as number;
  if (clock !== merge.clock_after) {
    const edits = local
      .prepare('SELECT count(*) FROM sync_field_clocks WHERE hlc > ?')
      .pluck()
      .get(merge.clock_after) as number;
    return {
      undone: false,
      reason: `Undoing this merge would lose ${edits} change(s) made since; nothing was undone.`,
    };
  }
  if (!merge.snapshot_file || !fs.existsSync(merge.snapshot_file)) {
    return { undone: false, reason: 'The copy taken before this merge is gone, so it cannot be undone.' };
  }
  local.prepare('ATTACH DATABASE ? AS before_merge').run(merge.snapshot_file);
  try {
    inTransaction(
      local,
      () => {
        local.exec('UPDATE sync_clock SET paused = 1');
        for (const table of [...mergeTableNames].reverse()) local.exec(`DELETE FROM main."${table}"`);
        for (const table of mergeTableNames)
          local.exec(`INSERT INTO main."${table}" SELECT * FROM before_merge."${table}"`);
        for (const table of ['sync_field_clocks', 'sync_aliases', 'sync_seen']) {
          local.exec(`DELETE FROM main."${table}"`);
          local.exec(`INSERT INTO main."${table}" SELECT * FROM before_merge."${table}"`);
        }
        // The clock never goes back: a change after the undo still sorts after everything seen before it.
        local.exec('UPDATE sync_clock SET paused = 0, hlc = hlc + 1');
        local.prepare('UPDATE sync_merges SET undone_at = ? WHERE id = ?').run(now.toISOString(), mergeId);
      },
      true,
    );
  } finally {
    local.exec('DETACH DATABASE before_merge');
  }
  fs.rmSync(merge.snapshot_file, { force: true });
  return { undone: true };
}
