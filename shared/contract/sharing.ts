/**
 * Sharing by file: the merge report a preview or a merge gives, and the history of merges taken in. Export,
 * preview, merge and undo run as jobs (shared/contract/jobs.ts); their results carry the report as JSON.
 * Changes with: electron/team/merge.ts (builds the report), electron/team/apply.ts, electron/services/sharing.ts.
 */
import { z } from 'zod';
import { Empty, Id } from './common';
import { method, mutation } from './define';

const FieldValue = z.union([z.string(), z.number(), z.null()]);

export const MergeReport = z.object({
  from: z.object({
    memberId: z.string().nullable(),
    memberName: z.string(),
    fileId: z.string(),
    exportedAt: z.string(),
    fileName: z.string(),
  }),
  /** Per table: rows added, updated, moved to the trash, restored. */
  counts: z.record(
    z.string(),
    z.object({ added: z.number(), updated: z.number(), deleted: z.number(), restored: z.number() }),
  ),
  /** Per table, a few of the rows that changed, as a person names them. */
  examples: z.record(z.string(), z.array(z.string())),
  recognised: z.array(z.object({ table: z.string(), name: z.string(), kept: z.string(), merged: z.string() })),
  /**
   * Kept apart because more than one here has that name. For a team member the file's id and the members here
   * it could be: the merge asks which one it is (`MemberMap`), or that it is someone new.
   */
  ambiguous: z.array(
    z.object({
      table: z.string(),
      name: z.string(),
      id: z.string().optional(),
      /** The members here it could be, with the cases each owns (what tells two of one name apart). */
      candidates: z.array(z.object({ id: z.string(), name: z.string(), cases: z.number() })).optional(),
    }),
  ),
  /** The same field changed on both sides since they last merged: the later change was kept. */
  conflicts: z.array(
    z.object({
      table: z.string(),
      rowId: z.string(),
      field: z.string(),
      label: z.string(),
      local: FieldValue,
      remote: FieldValue,
      kept: z.enum(['local', 'remote']),
      /** For a reference field (stage, account, competitor, owner…): the names both ids stand for. */
      localName: z.string().optional(),
      remoteName: z.string().optional(),
      /** Set once someone chose the other value instead (and cleared when they chose back). */
      flipped: z.boolean().optional(),
    }),
  ),
  privateSkipped: z.number(),
  changed: z.boolean(),
});
export type MergeReport = z.infer<typeof MergeReport>;

/**
 * The answers to a merge's questions about team members: the file's member id → which member here it is, or
 * `new` for someone new. A member matched by id, or by a name only one member here has, needs no answer.
 */
export const MemberMap = z.record(z.string().min(1).max(64), z.union([z.string().min(1).max(64), z.literal('new')]));
export type MemberMap = z.infer<typeof MemberMap>;

export const MergeHistoryEntry = z.object({
  id: z.string(),
  mergedAt: z.string(),
  fromMemberName: z.string(),
  fileName: z.string(),
  undoneAt: z.string().nullable(),
  report: MergeReport,
});
export type MergeHistoryEntry = z.infer<typeof MergeHistoryEntry>;

export const sharingApi = {
  'sharing.history': method(
    'The merges of teammates’ files taken in, newest first.',
    Empty,
    z.array(MergeHistoryEntry),
  ),
  'sharing.keepOther': mutation(
    'Keep the other value of a merge conflict instead (again to go back): a change of its own, stamped now.',
    z.object({ mergeId: Id, conflict: z.int().min(0).max(100_000) }),
    MergeHistoryEntry,
    [
      'cases',
      'debrief',
      'accounts',
      'people',
      'interactions',
      'lessons',
      'actions',
      'vocabulary',
      'team',
      'competitors',
    ],
  ),
};
