import { useEffect } from 'react';
import { api } from '../../api/client';
import { CASE_PAGE_ORIGIN } from '../case-detail/use-case-page';
import { titleWithCount, TODAY_REFRESH_MS, useToday } from './use-today';

/**
 * Keeps the due count current for the sidebar's badge and the window title ("(3) Winloop"): loaded at start,
 * on every change to cases or actions, and every few minutes. In the desktop app the main process also raises
 * a system notification for what falls due (electron/shell/due-notifier.ts).
 */
export function useTodayBadge(): number {
  const items = useToday((s) => s.items);
  const load = useToday((s) => s.load);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), TODAY_REFRESH_MS);
    const off = api.on('data.changed', ({ entities, origin }) => {
      // The case page's own saves reload the count themselves, and only when a date that Today reads changed
      // (use-case-page.ts): typing in the notes must not cost a read on every pause.
      if (origin === CASE_PAGE_ORIGIN) return;
      if (entities.includes('cases') || entities.includes('actions')) void load();
    });
    return () => {
      clearInterval(timer);
      off();
    };
  }, [load]);
  const count = items?.length ?? 0;
  useEffect(() => {
    document.title = titleWithCount(count);
  }, [count]);
  return count;
}
