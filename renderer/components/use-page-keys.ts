/**
 * A list page's single-key shortcuts: N for new, / to find anything (the one search over every kind). They stay out of the way while the person is
 * typing (any field), while a dialog is open, and when a modifier is held (Ctrl+N is the app menu's).
 */
import { useEffect } from 'react';
import { useCommands } from '../app/commands';

export function usePageKeys(opts: {
  /** True while the page's own dialog is open. */
  paused: boolean;
  onNew: () => void;
}) {
  const { paused, onNew } = opts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (paused || e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.target as HTMLElement).closest('input, textarea, select, [contenteditable], [role=dialog]')) return;
      if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        onNew();
      } else if (e.key === '/') {
        e.preventDefault();
        useCommands.getState().fire('search.open');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [paused, onNew]);
}
