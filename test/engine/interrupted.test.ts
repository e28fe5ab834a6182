/**
 * What a killed merge leaves in `backups/` is removed at the next start: the copy taken before it (never
 * referenced by a merge) and the rollback journal VACUUM INTO writes beside that copy. A copy a merge kept for
 * its undo stays, and so do other files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { recoverInterrupted } from '../../electron/engine/interrupted';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';

test('a killed merge’s copy and its journal go; a kept copy and other files stay', () => {
  const dir = tempDir();
  const dbFile = path.join(dir, 'anna.db');
  const opened = openDatabase(dbFile, { migrationsFolder: MIGRATIONS_DIR });
  try {
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    const orphan = path.join(backups, 'anna-before-merge-2026-12-03T10-00-00-000Z-1a2b3c4d.db');
    const kept = path.join(backups, 'anna-before-merge-2026-12-02T10-00-00-000Z-5e6f7a8b.db');
    const other = path.join(backups, 'anna-2026-12-01.db');
    for (const f of [orphan, `${orphan}-journal`, kept, `${kept}-journal`, other]) fs.writeFileSync(f, 'x');
    opened.sqlite
      .prepare(
        `insert into sync_merges (id, merged_at, from_member_name, file_id, file_name, report, snapshot_file, clock_after)
         values ('m1', '2026-12-02T10:00:00.000Z', 'Ben', 'f1', 'ben.winloop', '{}', ?, 0)`,
      )
      .run(kept);
    const { removed } = recoverInterrupted(opened.sqlite, dbFile, () => new Date());
    expect(removed.map((f) => path.basename(f)).sort()).toEqual([
      path.basename(orphan),
      `${path.basename(orphan)}-journal`,
    ]);
    expect(fs.readdirSync(backups).sort()).toEqual(
      [path.basename(kept), `${path.basename(kept)}-journal`, path.basename(other)].sort(),
    );
  } finally {
    opened.close();
  }
});
