/**
 * The desktop app's reminders: every few minutes (and at start) it reads `today.list` and raises one system
 * notification for what has come due since the last look; clicking it opens Today. What to say is decided by
 * shared/today/due-items.ts; this module only keeps time and remembers what was told. The Electron
 * `Notification` itself is passed in by main.ts, so this file runs (and is tested) without Electron.
 */
import type { TodayItem } from '../../shared/contract/today';
import { dueNotice, noticeKey, type DueNotice } from '../../shared/today/due-items';
import type { Dispatch } from '../dispatch';

export const DUE_CHECK_MS = 5 * 60_000;

export interface DueNotifierDeps {
  dispatch: Dispatch;
  /** Shows the notice; `onClick` runs when the person clicks it. */
  notify: (notice: DueNotice, onClick: () => void) => void;
  openToday: () => void;
  everyMs?: number;
}

/** One look: the notice to raise (or null) and what has been told after it. */
export async function checkDue(
  dispatch: Dispatch,
  seen: ReadonlySet<string>,
): Promise<{ notice: DueNotice | null; seen: Set<string> }> {
  const answer = await dispatch('today.list', {});
  if (!answer.ok) return { notice: null, seen: new Set(seen) };
  const { items } = answer.value as { items: TodayItem[] };
  // Only what is still due is remembered, so the list cannot grow for ever.
  return { notice: dueNotice(items, seen), seen: new Set(items.map(noticeKey)) };
}

/** Starts looking; returns the function that stops it. */
export function startDueNotifier(deps: DueNotifierDeps): () => void {
  let seen = new Set<string>();
  let busy = false;
  const look = async () => {
    if (busy) return;
    busy = true;
    try {
      const result = await checkDue(deps.dispatch, seen);
      seen = result.seen;
      if (result.notice) deps.notify(result.notice, deps.openToday);
    } finally {
      busy = false;
    }
  };
  void look();
  const timer = setInterval(() => void look(), deps.everyMs ?? DUE_CHECK_MS);
  return () => clearInterval(timer);
}
