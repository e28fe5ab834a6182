import { useState, type KeyboardEvent } from 'react';
import { buyingRoleLabels, buyingRoles, type BuyingRole } from '../../../../shared/domain/vocabulary';
import { ApiError } from '../../../../shared/envelope';
import { api } from '../../../api/client';
import { useDebrief } from '../use-debrief';

/**
 * Step 5: the customer's people in this decision and whether we reached them. Missing the decision maker is
 * one of the commonest loss patterns, so adding someone forgotten takes one line here.
 */
export function PeopleStep() {
  const { drafts, data, people, errors, edit, addPerson } = useDebrief();
  const [form, setForm] = useState({ name: '', title: '', buyingRole: '' as BuyingRole | '' });
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  if (!drafts || !data) return null;
  const involved = drafts.people;

  const set = (personId: string, state: 'out' | 'involved' | 'reached') =>
    edit((d) => {
      const next = { ...d.people };
      if (state === 'out') delete next[personId];
      else next[personId] = state === 'reached';
      return { ...d, people: next };
    });

  async function add() {
    if (!form.name.trim()) {
      setFormErrors({ name: 'Name the person' });
      return;
    }
    try {
      const person = await api.call('people.create', {
        name: form.name,
        title: form.title,
        accountId: data!.case.accountId,
        buyingRole: form.buyingRole || null,
      });
      addPerson(person);
      set(person.id, 'involved');
      setForm({ name: '', title: '', buyingRole: '' });
      setFormErrors({});
    } catch (e) {
      setFormErrors(e instanceof ApiError && e.fields ? e.fields : { form: (e as Error).message });
    }
  }
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <div className="step-body">
      {people.length === 0 ? (
        <p className="muted">No stakeholders known at {data.case.accountName} yet. Add the people in this decision.</p>
      ) : (
        <table className="step-table narrow">
          <thead>
            <tr>
              <th scope="col">In this decision</th>
              <th scope="col">Buying role</th>
              <th scope="col" className="center">
                We reached them
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const state = involved[p.id];
              const rowError = errors[`people.${p.id}`];
              return (
                <tr key={p.id} className={state !== undefined ? 'picked' : undefined}>
                  <td>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={state !== undefined}
                        onChange={(e) => set(p.id, e.target.checked ? 'involved' : 'out')}
                      />
                      <span>
                        {p.name}
                        {p.title ? <span className="muted"> · {p.title}</span> : null}
                      </span>
                    </label>
                    {rowError ? (
                      <span className="error-text row-error" role="alert">
                        {rowError}
                      </span>
                    ) : null}
                  </td>
                  <td className="muted">{p.buyingRole ? buyingRoleLabels[p.buyingRole] : '—'}</td>
                  <td className="center">
                    <input
                      type="checkbox"
                      checked={state === true}
                      onChange={(e) => set(p.id, e.target.checked ? 'reached' : 'involved')}
                      aria-label={`Reached ${p.name}`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <fieldset className="inline-form" data-own-enter>
        <legend>Add a stakeholder</legend>
        <div className="inline-form-row">
          <label className="stacked">
            <span>Name</span>
            <input
              className="input"
              value={form.name}
              aria-invalid={formErrors.name ? true : undefined}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              onKeyDown={onEnter}
              maxLength={200}
            />
          </label>
          <label className="stacked">
            <span>Job title</span>
            <input
              className="input"
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
              onKeyDown={onEnter}
              maxLength={200}
            />
          </label>
          <label className="stacked">
            <span>Buying role</span>
            <select
              className="input"
              value={form.buyingRole}
              onChange={(e) => setForm({ ...form, buyingRole: e.target.value as BuyingRole | '' })}
            >
              <option value="">Not known</option>
              {buyingRoles.map((r) => (
                <option key={r} value={r}>
                  {buyingRoleLabels[r]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={() => void add()}>
            Add stakeholder
          </button>
        </div>
        {Object.values(formErrors)[0] ? (
          <p className="error-text" role="alert">
            {Object.values(formErrors)[0]}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
