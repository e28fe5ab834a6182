import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../shared/envelope';

export interface EditableItem {
  id: string;
  name: string;
}

/**
 * A configurable list (stages, buyer steps, criteria, team…): rename in place, add at the end, remove.
 * Removing never rewrites history: cases keep what they recorded.
 */
export function ListEditor(props: {
  label: string;
  items: EditableItem[];
  onSave: (item: { id?: string; name: string }) => Promise<unknown>;
  onRemove?: (id: string) => Promise<unknown>;
  addLabel: string;
  /** More fields per item after its name (a stage's default probability). */
  extra?: (item: EditableItem) => ReactNode;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

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
      <ul aria-label={props.label}>
        {props.items.map((item) => (
          // Keyed by name too, so a rename made in another window replaces the stale text.
          <li key={`${item.id}:${item.name}`}>
            <input
              className="input"
              aria-label={`${props.label}: ${item.name}`}
              defaultValue={item.name}
              onBlur={(e) => {
                const name = e.target.value.trim();
                if (name && name !== item.name)
                  void props.onSave({ id: item.id, name }).catch((err: Error) => setError(err.message));
              }}
            />
            {props.extra?.(item)}
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
