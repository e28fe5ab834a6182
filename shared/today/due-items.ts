/**
 * The Today list from the rows that came due: one item per next step, expected close and action, oldest first
 * (what has waited longest is the most urgent), with how many days it is late. Pure, so the service, the
 * desktop notifications and the tests share it.
 * Changes with: shared/contract/today.ts, electron/services/today.ts.
 */
import { dayValue } from '../contract/common';
import type { TodayItem, TodayKind } from '../contract/today';

export interface DueRow {
  kind: TodayKind;
  id: string;
  label: string;
  context: string;
  due: string;
}

const hrefOf = (row: DueRow) => (row.kind === 'action' ? `/actions?focus=${row.id}` : `/cases/${row.id}`);
const kindOrder: Record<TodayKind, number> = { nextStep: 0, expectedClose: 1, action: 2 };

export function dueItems(rows: readonly DueRow[], today: string): TodayItem[] {
  const now = dayValue(today);
  return rows
    .filter((r) => r.due <= today)
    .map((r) => ({ ...r, overdueDays: Math.max(0, now - dayValue(r.due)), href: hrefOf(r) }))
    .sort((a, b) => a.due.localeCompare(b.due) || kindOrder[a.kind] - kindOrder[b.kind] || a.id.localeCompare(b.id));
}

/** The key a notification remembers an item by: the same item moved to another day is news again. */
export function noticeKey(item: Pick<TodayItem, 'kind' | 'id' | 'due'>): string {
  return `${item.kind}:${item.id}:${item.due}`;
}

export interface DueNotice {
  title: string;
  body: string;
}

/**
 * What to tell the seller about the items not told before: one notice for one item, a summary for several
 * (a morning with twelve overdue things should not raise twelve notifications). `seen` is what was told.
 */
export function dueNotice(items: readonly TodayItem[], seen: ReadonlySet<string>): DueNotice | null {
  const fresh = items.filter((i) => !seen.has(noticeKey(i)));
  if (fresh.length === 0) return null;
  if (fresh.length === 1) {
    const [only] = fresh as [TodayItem];
    const when =
      only.overdueDays === 0 ? 'Due today' : `${only.overdueDays} day${only.overdueDays === 1 ? '' : 's'} late`;
    return { title: `${when}: ${only.label}`, body: only.context };
  }
  const late = fresh.filter((i) => i.overdueDays > 0).length;
  return {
    title: `${fresh.length} things have come due`,
    body:
      fresh
        .slice(0, 3)
        .map((i) => i.label)
        .join(' · ') + (late > 0 ? ` (${late} late)` : ''),
  };
}
