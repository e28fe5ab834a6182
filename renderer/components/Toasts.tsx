import { useEffect } from 'react';
import { useToasts } from './use-toasts';

export function Toasts() {
  const { toasts, dismiss } = useToasts();

  // Ctrl/Cmd+Z runs the newest toast's action (undo) when focus is not in a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey) return;
      if (target.closest('input, textarea, select, [contenteditable]')) return;
      const last = [...toasts].reverse().find((t) => t.action);
      if (!last?.action) return;
      e.preventDefault();
      void last.action.run();
      dismiss(last.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, dismiss]);

  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div className="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.action ? (
            <button
              className="btn small"
              onClick={() => {
                void toast.action?.run();
                dismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
