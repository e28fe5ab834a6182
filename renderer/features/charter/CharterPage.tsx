import { useEffect } from 'react';
import type { Visibility } from '../../../shared/domain/vocabulary';
import { formatDateTime } from '../../lib/format';
import { useCharter } from './use-charter';

const newContactChoices: { value: Visibility; label: string; why: string }[] = [
  {
    value: 'private',
    label: 'Private to whoever adds them',
    why: 'Each seller shares a contact explicitly, one by one.',
  },
  { value: 'team', label: 'Shared with the team', why: 'The team has agreed to pool its relationships.' },
];

/**
 * Team ▸ Charter: the rules under which the team shares contact data (the o2o article: no shared power map
 * without an agreed charter). Each rule saves as it is chosen; the stakeholder dialog and the team export take
 * their defaults from here.
 */
export function CharterPage() {
  const { charter, error, load, update } = useCharter();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <header className="page-head">
        <h1>
          <span className="muted">Team ▸ </span>Relationship charter
        </h1>
      </header>
      <div className="page-body settings">
        <p className="muted charter-intro">
          A relationship is personal until its owner shares it. These are the rules this team has agreed; every
          stakeholder shows whether it is private or shared, and by whom.
        </p>
        {error ? (
          <div className="banner error" role="alert">
            Could not save the charter: {error}
          </div>
        ) : null}
        {charter ? (
          <>
            <section className="panel settings-section" aria-labelledby="charter-new-heading">
              <h2 id="charter-new-heading">New contacts</h2>
              <fieldset className="theme-choice">
                <legend className="muted">A stakeholder someone adds is at first</legend>
                {newContactChoices.map((c) => (
                  <label key={c.value} className="check">
                    <input
                      type="radio"
                      name="charter-new-contacts"
                      value={c.value}
                      checked={charter.newContacts === c.value}
                      onChange={() => void update({ newContacts: c.value })}
                    />
                    <span>
                      {c.label} <span className="muted">— {c.why}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            </section>
            <section className="panel settings-section" aria-labelledby="charter-private-heading">
              <h2 id="charter-private-heading">Private contacts</h2>
              <label className="check">
                <input
                  type="checkbox"
                  checked={charter.showPrivateExists}
                  onChange={(e) => void update({ showPrivateExists: e.target.checked })}
                />
                Teammates may know that a private contact exists and who owns it (never its details)
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={charter.exportWithoutPrivate}
                  onChange={(e) => void update({ exportWithoutPrivate: e.target.checked })}
                />
                The team export leaves private contacts out unless the exporter chooses otherwise
              </label>
            </section>
            <p className="muted" aria-live="polite">
              {charter.updatedAt
                ? `Agreed rules last changed ${formatDateTime(charter.updatedAt)}.`
                : 'Not changed yet: the rules Winloop starts with.'}
            </p>
          </>
        ) : null}
      </div>
    </>
  );
}
