/**
 * A list page's single-key shortcuts: N for new, / to search. They stay out of the way while the person is
 * typing (any field), while a dialog is open, and when a modifier is held (Ctrl+N is the app menu's).
 */
import { useEffect, type RefObject } from 'react';

export function usePageKeys(opts: {
  /** True while the page's own dialog is open. */
  paused: boolean;
  onNew: () => void;
  search?: RefObject<HTMLInputElement | null>;
}) {
  const { paused, onNew, search } = opts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (paused || e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.target as HTMLElement).closest('input, textarea, select, [contenteditable], [role=dialog]')) return;
      if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        onNew();
      } else if (e.key === '/' && search?.current) {
        e.preventDefault();
        search.current.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [paused, onNew, search]);
}
