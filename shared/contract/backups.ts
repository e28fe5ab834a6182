/**
 * Settings ▸ Backups: the rolling snapshots beside the database (taken every few hours while in use and on
 * quit), and restoring one. A restore snapshots the current state first, so it is undone by restoring that.
 * Changes with: electron/services/backups.ts, electron/db/snapshots.ts, renderer/features/settings/Backups.tsx.
 */
import { z } from 'zod';
import { Empty, Timestamp } from './common';
import { method } from './define';

export const Snapshot = z.object({
  name: z.string(),
  takenAt: Timestamp,
  bytes: z.number().int().min(0),
  cases: z.number().int().min(0).nullable(),
  beforeRestore: z.boolean(),
  good: z.boolean(),
  problem: z.string().nullable(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const backupsApi = {
  'backups.list': method(
    'The rolling snapshots of the open file, newest first, with their date, size and cases.',
    Empty,
    z.object({ folder: z.string(), snapshots: z.array(Snapshot) }),
  ),
  'backups.restore': method(
    'Replace the open file with a snapshot (the current state is snapshotted first); the window then reloads.',
    z.object({ name: z.string().trim().min(1).max(300) }),
    z.object({ restoring: z.string() }),
  ),
};
