/**
 * Taking in one settled teammate's file through the existing jobs: previewed first (`team.preview`, nothing
 * written). Conflicts, or a teammate whose name matches more than one here, wait for the seller (even when this
 * side's later change wins each of them); nothing new is up to date; otherwise merged (`team.merge`, after its
 * snapshot, undoable from the history). A file the preview or the merge refuses is reported with its one
 * sentence and never merged.
 * Changes with: scheduler.ts, folder-files.ts, electron/engine/team-jobs.ts (the jobs' results).
 */
import type { JobInfo } from '../../shared/contract/jobs';
import type { MergeReport } from '../../shared/contract/sharing';
import { blankEntry, statOf, type Entry, type FileStat } from './folder-files';
import type { JobClient } from './job-client';
import { describeMerge, describePending } from './wording';

export interface TakeInOptions {
  jobs: JobClient;
  meId: string | null;
  at: () => string;
}

/** The file's new entry, or null when it changed while it was previewed (it is looked at again later). */
export async function takeIn(name: string, file: string, stat: FileStat, o: TakeInOptions): Promise<Entry | null> {
  const preview = await o.jobs.run({ kind: 'team.preview', input: { file, background: true } });
  if (preview.state !== 'done') return refused(name, file, stat, preview, o.at());
  const report = JSON.parse(String(preview.result?.report)) as MergeReport;
  const base: Entry = {
    ...blankEntry(name, file, stat, o.at()),
    memberName: report.from.memberName || null,
    fileId: report.from.fileId,
    conflicts: report.conflicts.length,
  };
  if (o.meId && report.from.memberId === o.meId) {
    return { ...base, own: true, state: 'up-to-date', message: 'Your own file.' };
  }
  // Before "nothing new": a conflict this side's later change wins still changes nothing, yet the seller may
  // want their teammate's value instead.
  if (report.conflicts.length > 0 || report.ambiguous.length > 0) {
    return { ...base, state: 'pending', message: describePending(report) };
  }
  if (!report.changed) {
    return { ...base, state: 'up-to-date', message: 'Nothing new: everything in it is here already.' };
  }
  // Changed since the preview: what was previewed is not what would be merged.
  const again = statOf(file);
  if (!again || again.size !== stat.size || again.mtimeMs !== stat.mtimeMs) return null;
  const merged = await o.jobs.run({ kind: 'team.merge', input: { file, background: true } });
  if (merged.state !== 'done') return refused(name, file, stat, merged, o.at());
  const mergedReport = JSON.parse(String(merged.result?.report)) as MergeReport;
  return {
    ...base,
    at: o.at(),
    conflicts: mergedReport.conflicts.length,
    state: 'merged',
    message: describeMerge(mergedReport),
  };
}

function refused(name: string, file: string, stat: FileStat, job: JobInfo, at: string): Entry {
  return { ...blankEntry(name, file, stat, at), state: 'refused', message: job.error ?? 'The file could not be read.' };
}
