import { useState } from 'react';
import type { Competitor } from '../../../../shared/contract/team';
import { ApiError } from '../../../../shared/envelope';
import { api } from '../../../api/client';
import { useVocab } from '../../../lib/vocab';

/**
 * A competitor not yet in the list, added where it is needed (who won, who we met) instead of a detour
 * through Settings. Enter adds it without moving the wizard on.
 */
export function AddCompetitor(props: { onAdded: (competitor: Competitor) => void; label?: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useVocab((s) => s.load);

  async function add() {
    if (!name.trim()) {
      setError('Name the competitor');
      return;
    }
    const known = useVocab
      .getState()
      .vocab?.competitors.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
    if (known) {
      props.onAdded(known);
      setName('');
      return;
    }
    setBusy(true);
    try {
      const saved = await api.call('competitors.save', { name });
      await load();
      props.onAdded(saved);
      setName('');
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError && e.fields?.name ? e.fields.name : (e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const label = props.label ?? 'New competitor';
  return (
    <div className="inline-add" role="group" aria-label={label} data-own-enter>
      <input
        className="input"
        aria-label={label}
        placeholder={label}
        value={name}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void add();
          }
        }}
        maxLength={200}
      />
      <button type="button" className="btn small" onClick={() => void add()} disabled={busy}>
        Add competitor
      </button>
      {error ? (
        <span className="error-text" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
