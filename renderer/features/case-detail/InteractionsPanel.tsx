import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/contract/people';
import { channelLabels, channels, type Channel } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { formatDate } from '../../lib/format';
import { today } from '../../lib/day';
import { DateField } from '../../components/DateField';

interface Interaction {
  id: string;
  personId: string | null;
  on: string;
  channel: Channel;
  notes: string;
}

/**
 * Touches with the customer, kept light on purpose: a date, a channel, who, one line. The review reads the
 * channels to see which ones won cases share.
 */
export function InteractionsPanel({ caseId, accountId }: { caseId: string; accountId: string }) {
  const [items, setItems] = useState<Interaction[] | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [draft, setDraft] = useState({ on: today(), channel: 'web_meeting' as Channel, personId: '', notes: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [found, stakeholders] = await Promise.all([
        api.call('interactions.list', { caseId }),
        api.call('people.list', { accountId }),
      ]);
      setItems(found);
      setPeople(stakeholders);
      setLoadError(null);
    } catch (e) {
      setLoadError((e as Error).message);
    }
  }, [caseId, accountId]);

  useEffect(() => {
    void load();
    return api.on('data.changed', ({ entities }) => {
      if (entities.includes('interactions') || entities.includes('people')) void load();
    });
  }, [load]);

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await api.call('interactions.create', {
        caseId,
        on: draft.on,
        channel: draft.channel,
        personId: draft.personId || null,
        notes: draft.notes,
      });
      setDraft((d) => ({ ...d, notes: '' }));
      setErrors({});
    } catch (e) {
      const fields = (e as { fields?: Record<string, string> }).fields;
      setErrors(fields ?? { _: (e as Error).message });
    }
  }

  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name;

  return (
    <section className="panel detail-panel" aria-labelledby="interactions-heading">
      <header className="panel-head">
        <h2 id="interactions-heading">Interactions</h2>
      </header>
      <form className="interaction-form" onSubmit={(e) => void add(e)}>
        <Field label="On" error={errors.on}>
          <DateField value={draft.on} onChange={(day) => setDraft({ ...draft, on: day })} />
        </Field>
        <Field label="Channel">
          <select value={draft.channel} onChange={(e) => setDraft({ ...draft, channel: e.target.value as Channel })}>
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelLabels[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="With" error={errors.personId} className="wide">
          <select value={draft.personId} onChange={(e) => setDraft({ ...draft, personId: e.target.value })}>
            <option value="">Not recorded</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="interaction-notes">
          <Field label="Notes" error={errors.notes}>
            <input
              value={draft.notes}
              maxLength={2000}
              placeholder="One line: what happened"
              onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            />
          </Field>
          <button className="btn" type="submit">
            Log
          </button>
        </div>
        {errors._ ? (
          <p className="error" role="alert">
            {errors._}
          </p>
        ) : null}
      </form>
      {loadError ? (
        <p className="muted">Could not load interactions: {loadError}</p>
      ) : items === null ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted">None logged yet.</p>
      ) : (
        <ul className="interaction-list">
          {items.map((i) => (
            <li key={i.id}>
              <span className="interaction-when">{formatDate(i.on)}</span>
              <span className="badge">{channelLabels[i.channel]}</span>
              {nameOf(i.personId) ? <strong>{nameOf(i.personId)}</strong> : null}
              {i.notes ? <span>{i.notes}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
