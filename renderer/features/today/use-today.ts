/**
 * What has come due today, for the Today page, the sidebar's badge and the window title's count. Reloaded on
 * every change to cases or actions and every few minutes (a day may turn while the window stays open).
 */
import { create } from 'zustand';
import type { TodayItem } from '../../../shared/contract/today';
import { api } from '../../api/client';

interface TodayState {
  items: TodayItem[] | null;
  today: string | null;
  error: string | null;
  load: () => Promise<void>;
}

let loads = 0;

export const useToday = create<TodayState>((set) => ({
  items: null,
  today: null,
  error: null,
  async load() {
    const mine = ++loads;
    try {
      const { items, today } = await api.call('today.list', {});
      if (mine === loads) set({ items, today, error: null });
    } catch (e) {
      if (mine === loads) set({ error: (e as Error).message });
    }
  },
}));

export const TODAY_REFRESH_MS = 5 * 60_000;

/** "Winloop" with the number due in front, as mail clients do: "(3) Winloop". */
export function titleWithCount(count: number, base = 'Winloop'): string {
  return count > 0 ? `(${count}) ${base}` : base;
}
