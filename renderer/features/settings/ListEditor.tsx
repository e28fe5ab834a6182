import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../shared/envelope';

export interface EditableItem {
  id: string;
  name: string;
}

/**
 * A configurable list (stages, buyer steps, criteria, team…): rename in place, add at the end, remove, and
 * (where order matters) move: Alt+↑/↓ on a name, the ↑/↓ buttons, or drag by the handle. Removing never
 * rewrites history: cases keep what they recorded.
 */
export function ListEditor(props: {
  label: string;
  items: EditableItem[];
  onSave: (item: { id?: string; name: string }) => Promise<unknown>;
  onRemove?: (id: string) => Promise<unknown>;
  /** The whole list's ids in their new order. */
  onReorder?: (ids: string[]) => Promise<unknown>;
  addLabel: string;
  /** More fields per item after its name (a stage's default probability). */
  extra?: (item: EditableItem) => ReactNode;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  async function move(id: string, to: number) {
    const ids = props.items.map((i) => i.id);
    const from = ids.indexOf(id);
    if (!props.onReorder || from < 0 || to < 0 || to >= ids.length || to === from) return;
    ids.splice(to, 0, ...ids.splice(from, 1));
    try {
      await props.onReorder(ids);
      // The moved item keeps the focus, wherever it went.
      requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-item="${id}"] input`)?.focus());
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      await props.onSave({ name: draft });
      setDraft('');
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError && err.fields ? Object.values(err.fields).join(' ') : (err as Error).message);
    }
  }

  return (
    <div className="list-editor">
      <ul aria-label={props.label} ref={list}>
        {props.items.map((item, index) => (
          // Keyed by name too, so a rename made in another window replaces the stale text.
          <li
            key={`${item.id}:${item.name}`}
            data-item={item.id}
            className={dragging === item.id ? 'dragging' : undefined}
            onDragOver={(e) => {
              if (dragging) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging) void move(dragging, index);
              setDragging(null);
            }}
          >
            {props.onReorder ? (
              <span
                className="drag-handle"
                draggable
                aria-hidden="true"
                title="Drag to reorder"
                onDragStart={(e) => {
                  setDragging(item.id);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onDragEnd={() => setDragging(null)}
              >
                ⠿
              </span>
            ) : null}
            <input
              className="input"
              aria-label={`${props.label}: ${item.name}`}
              aria-keyshortcuts={props.onReorder ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
              onKeyDown={(e) => {
                if (!props.onReorder || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                void move(item.id, index + (e.key === 'ArrowUp' ? -1 : 1));
              }}
              defaultValue={item.name}
              onBlur={(e) => {
                const name = e.target.value.trim();
                if (name && name !== item.name)
                  void props.onSave({ id: item.id, name }).catch((err: Error) => setError(err.message));
              }}
            />
            {props.extra?.(item)}
            {props.onReorder ? (
              <>
                <button
                  className="btn small ghost"
                  aria-label={`Move ${item.name} up`}
                  disabled={index === 0}
                  onClick={() => void move(item.id, index - 1)}
                >
                  ↑
                </button>
                <button
                  className="btn small ghost"
                  aria-label={`Move ${item.name} down`}
                  disabled={index === props.items.length - 1}
                  onClick={() => void move(item.id, index + 1)}
                >
                  ↓
                </button>
              </>
            ) : null}
            {props.onRemove ? (
              <button
                className="btn small ghost"
                aria-label={`Remove ${item.name}`}
                onClick={() => void props.onRemove?.(item.id)}
              >
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="list-editor-add" onSubmit={(e) => void add(e)}>
        <input
          className="input"
          aria-label={props.addLabel}
          placeholder={props.addLabel}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="btn small" disabled={!draft.trim()}>
          Add
        </button>
      </form>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
