import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { Field } from '../../components/Field';
import { useSettings } from '../../lib/settings';
import { CURRENCIES } from '../../lib/currencies';
import { FirstRunFile } from '../workspaces/FirstRunFile';

/**
 * The first start: who I am, the team and the currency, then an empty database or the sample one.
 * Settings can change all of it later.
 */
export function FirstRunPage() {
  const load = useSettings((s) => s.load);
  const [myName, setMyName] = useState('');
  const [teamName, setTeamName] = useState('');
  const [currency, setCurrency] = useState(guessCurrency());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'empty' | 'sample' | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function start(event: FormEvent) {
    event.preventDefault();
    setBusy('empty');
    try {
      await api.call('setup.complete', { myName, teamName, currency });
      await load();
    } catch (error) {
      if (error instanceof ApiError && error.fields) setErrors(error.fields);
      else setFormError((error as Error).message);
      setBusy(null);
    }
  }

  async function sample() {
    setBusy('sample');
    try {
      await api.call('sample.open', {});
      // Another database is open now: start every store afresh.
      window.location.reload();
    } catch (error) {
      setFormError((error as Error).message);
      setBusy(null);
    }
  }

  return (
    <main className="first-run">
      <div className="first-run-card panel">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            W
          </span>
          Winloop
        </div>
        <FirstRunFile />
        <h1>Learn from every case you close</h1>
        <p className="muted">
          Log each sales case, debrief it when it closes, and see what wins and what loses — then check whether the
          changes you make actually raise your win rate.
        </p>
        <form className="form-grid" onSubmit={(e) => void start(e)} noValidate aria-label="Get started">
          <Field label="Your name" error={errors.myName} className="span-2">
            <input
              autoFocus
              value={myName}
              onChange={(e) => {
                setMyName(e.target.value);
                // The "name yourself" error goes as soon as there is a name.
                if (e.target.value.trim()) setErrors(({ myName: _gone, ...rest }) => rest);
              }}
              maxLength={200}
              autoComplete="name"
            />
          </Field>
          <Field label="Team or company (optional)" error={errors.teamName}>
            <input value={teamName} onChange={(e) => setTeamName(e.target.value)} maxLength={200} />
          </Field>
          <Field label="Currency" error={errors.currency}>
            <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {[...new Set([currency, ...CURRENCIES])].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
          {formError ? (
            <div className="form-error span-2" role="alert">
              {formError}
            </div>
          ) : null}
          <div className="first-run-actions span-2">
            <button type="submit" className="btn primary" disabled={busy !== null}>
              {busy === 'empty' ? 'Starting…' : 'Start with my own cases'}
            </button>
            <span className="muted">or</span>
            <button type="button" className="btn" disabled={busy !== null} onClick={() => void sample()}>
              {busy === 'sample' ? 'Building sample data…' : 'Explore sample data'}
            </button>
          </div>
          <p className="hint span-2">
            Sample data opens in a separate file; your own database stays empty and untouched.
          </p>
        </form>
      </div>
    </main>
  );
}

/** The currency of the user's locale region, when Intl knows it; EUR otherwise. */
function guessCurrency(): string {
  const region = new Intl.Locale(navigator.language).maximize().region ?? '';
  const byRegion: Record<string, string> = {
    US: 'USD',
    GB: 'GBP',
    CH: 'CHF',
    SE: 'SEK',
    NO: 'NOK',
    DK: 'DKK',
    PL: 'PLN',
    CA: 'CAD',
    AU: 'AUD',
    JP: 'JPY',
  };
  return byRegion[region] ?? 'EUR';
}
