/**
 * The sentences the team folder's status gives for each teammate's file, in the seller's words.
 * Changes with: scheduler.ts, renderer/features/team-folder/.
 */
import type { MergeReport } from '../../shared/contract/sharing';

export function describeWait(): string {
  return 'Still arriving (its size or time is changing): looked at again in a moment.';
}

/** "Took in 3 cases added, 2 updated." — what a merge by itself changed, as counts a person can check. */
export function describeMerge(report: MergeReport): string {
  const total = { added: 0, updated: 0, deleted: 0, restored: 0 };
  for (const counts of Object.values(report.counts)) {
    total.added += counts.added;
    total.updated += counts.updated;
    total.deleted += counts.deleted;
    total.restored += counts.restored;
  }
  const parts = [
    total.added ? `${total.added} added` : '',
    total.updated ? `${total.updated} updated` : '',
    total.deleted ? `${total.deleted} moved to the trash` : '',
    total.restored ? `${total.restored} restored` : '',
  ].filter(Boolean);
  const cases = report.counts.cases;
  const caseNote = cases && cases.added > 0 ? ` (${cases.added} new case${cases.added === 1 ? '' : 's'})` : '';
  const conflicts = report.conflicts.length;
  const conflictNote =
    conflicts > 0 ? ` ${conflicts} conflict${conflicts === 1 ? '' : 's'} kept the later change: see the history.` : '';
  return `Merged by itself: ${parts.length > 0 ? parts.join(', ') : 'small changes'}${caseNote}.${conflictNote}`;
}

export function describePending(report: MergeReport): string {
  const n = report.conflicts.length;
  if (n > 0) {
    return `${n} conflict${n === 1 ? '' : 's'}: changed here and in this file since you last merged. Review it to choose.`;
  }
  return `It names ${report.ambiguous.map((a) => a.name).join(', ')}, and more than one here has that name: review it first.`;
}
