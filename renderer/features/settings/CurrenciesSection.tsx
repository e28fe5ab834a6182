/**
 * Settings ▸ Currencies: the home currency (set under Money and win rate), the rates to it by currency, newest
 * first, a form to add one, removal with Undo, a rates CSV import that reports each bad row by its line, and,
 * highlighted, the currencies cases use that no rate converts: the review leaves those cases out of its values.
 * Changes with: shared/contract/rates.ts, electron/services/rates.ts, use-rates.ts, styles/currencies.css.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UnratedCurrency } from '../../../shared/contract/rates';
import { formatRate, parseRate } from '../../../shared/rates';
import { api } from '../../api/client';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { CURRENCIES } from '../../lib/currencies';
import { today } from '../../lib/day';
import { formatDay, locale } from '../../lib/format';
import { localizeDays } from '../../lib/localize-days';
import { groupRates, useRates } from './use-rates';
import '../../styles/currencies.css';

const cases = (n: number) => `${n.toLocaleString(locale)} case${n === 1 ? '' : 's'}`;

function unratedText(u: UnratedCurrency): string {
  if (u.firstRateOn === null) return `${cases(u.unconverted)} in ${u.currency}`;
  return `${u.unconverted.toLocaleString(locale)} of ${cases(u.cases)} in ${u.currency}, decided before its first rate (${formatDay(u.firstRateOn)})`;
}

const listed = (parts: string[]) =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

export function CurrenciesSection() {
  const { list, unrated, error, imported, importing, load, save, remove, importFile } = useRates();
  const [currency, setCurrency] = useState('');
  const [rateText, setRateText] = useState('');
  const [fromOn, setFromOn] = useState(today());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rateInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void load();
    // A rate or a case written anywhere (another window, an import) changes which cases are left out.
    return api.on('data.changed', ({ entities }) => {
      if (entities.includes('settings') || entities.includes('cases')) void load();
    });
  }, [load]);

  const home = list?.home ?? '';
  const groups = list ? groupRates(list.rates) : [];
  const now = today();

  /** Fills the form for a currency the banner names, dated so that the rate converts every case left out. */
  function startRate(u: UnratedCurrency) {
    setCurrency(u.currency);
    setFromOn(u.neededFrom);
    setErrors({});
    rateInput.current?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const code = currency.trim().toUpperCase();
    const parsed = parseRate(rateText);
    const problems: Record<string, string> = {};
    if (!code) problems.currency = 'Enter a currency code, e.g. USD';
    if (!parsed.ok) problems.rate = parsed.message;
    if (!fromOn) problems.fromOn = 'Enter the first day the rate holds';
    if (Object.keys(problems).length > 0 || !parsed.ok) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const fields = await save({ currency: code, rate: parsed.rate, fromOn });
    setBusy(false);
    setErrors(fields);
    if (Object.keys(fields).length === 0) {
      setSaved(`Saved: 1 ${code} = ${formatRate(parsed.rate, locale)} ${home} from ${formatDay(fromOn)}.`);
      setRateText('');
    }
  }

  return (
    <section className="panel settings-section currencies" aria-labelledby="currencies-heading">
      <h2 id="currencies-heading">Currencies</h2>
      <p className="muted">
        Your home currency is <strong>{home || '…'}</strong>: the review counts every value in it.{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const select = document.getElementById('settings-currency');
            select?.scrollIntoView({ block: 'center' });
            select?.focus();
          }}
        >
          Change it under Money and win rate
        </button>
        . A case in another currency counts at the rate that held on the day it was decided (open cases: today).
      </p>
      {error ? (
        <p className="banner error" role="alert">
          {error}
        </p>
      ) : null}
      {unrated.length > 0 ? (
        <div className="banner unrated" data-testid="unrated-currencies">
          <p>
            No rate converts {listed(unrated.map(unratedText))}. The review leaves{' '}
            {unrated.length === 1 && unrated[0]!.unconverted === 1 ? 'it' : 'them'} out of its values until you add a
            rate.
          </p>
          <div className="unrated-actions">
            {unrated.map((u) => (
              <button key={u.currency} type="button" className="btn small" onClick={() => startRate(u)}>
                Add a {u.currency} rate
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {list && list.elsewhere.length > 0 ? (
        <p className="muted">
          {listed(list.elsewhere.map((e) => `${e.count} rate${e.count === 1 ? '' : 's'} to ${e.home}`))} (entered for
          another home currency) {list.elsewhere.reduce((t, e) => t + e.count, 0) === 1 ? 'is' : 'are'} kept but not
          used.
        </p>
      ) : null}

      {list === null ? (
        <p className="muted">Loading…</p>
      ) : groups.length === 0 ? (
        <div className="rates-empty" data-testid="rates-empty">
          <p>
            <strong>No exchange rates yet.</strong> You only need them if some of your cases are in another currency
            than {home}.
          </p>
          <p className="muted">
            Add what one unit of that currency is worth in {home} and the day it holds from, or import a CSV of rates
            from your bank or accountant. Each rate holds until the next one for the same currency.
          </p>
        </div>
      ) : (
        <div className="rate-groups">
          {groups.map((g) => {
            const current = g.rates.find((r) => r.fromOn <= now);
            return (
              <table key={g.currency} className="rates-table" data-testid={`rates-${g.currency}`}>
                <caption>
                  {g.currency} <span className="muted">to {home}</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">
                      1 {g.currency} in {home}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {g.rates.map((r) => (
                    <tr key={r.id}>
                      <td>
                        {formatDay(r.fromOn)}
                        {r === current ? <span className="badge open rate-current">in use</span> : null}
                        {r.fromOn > now ? <span className="muted"> · from then on</span> : null}
                      </td>
                      <td className="num">{formatRate(r.rate, locale)}</td>
                      <td>
                        <button
                          type="button"
                          className="btn small"
                          aria-label={`Remove the ${r.currency} rate from ${formatDay(r.fromOn)}`}
                          onClick={() => void remove(r)}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
      )}

      <form className="rate-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rate-form-heading">
        <h3 id="rate-form-heading">Add a rate</h3>
        <div className="rate-form-fields">
          <Field label="Currency" error={errors.currency} hint="Three letters, e.g. USD">
            <input
              className="input"
              list="rate-currencies"
              autoComplete="off"
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </Field>
          <datalist id="rate-currencies">
            {CURRENCIES.filter((c) => c !== home).map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field label={`Worth in ${home || 'home currency'}`} error={errors.rate} hint="One unit, e.g. 0.92">
            <input
              ref={rateInput}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              value={rateText}
              onChange={(e) => setRateText(e.target.value)}
            />
          </Field>
          <Field label="From" error={errors.fromOn}>
            <DateField value={fromOn} onChange={setFromOn} />
          </Field>
          <button className="btn primary" type="submit" disabled={busy}>
            Add rate
          </button>
        </div>
        {errors.form ? (
          <p className="form-error" role="alert">
            {localizeDays(errors.form, locale)}
          </p>
        ) : null}
        {saved ? (
          <p className="muted" role="status">
            {saved}
          </p>
        ) : null}
      </form>

      <div className="rate-import">
        <h3 id="rate-import-heading">Import rates</h3>
        <p className="muted">
          A CSV with a date, a currency and a rate column, in any order and under any names (e.g. “Valid from; Currency;{' '}
          {home || 'EUR'} per unit”). A rate already there for the same currency and day is replaced.
        </p>
        <input
          id="rates-file"
          className="visually-hidden rates-file"
          type="file"
          accept=".csv,.txt,.tsv,text/csv"
          disabled={importing}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
        <label className="btn" htmlFor="rates-file">
          {importing ? 'Importing…' : 'Choose a rates CSV…'}
        </label>
        {imported ? (
          <div className="rate-import-result" role="status" data-testid="rates-import-result">
            <p>
              <span className="mono">{imported.file}</span>: {imported.result.added} added, {imported.result.updated}{' '}
              updated, {imported.result.unchanged} unchanged
              {imported.result.errors.length
                ? `; ${imported.result.errors.length} row${imported.result.errors.length === 1 ? '' : 's'} not imported:`
                : '.'}
            </p>
            {imported.result.errors.length ? (
              <ul className="rate-import-errors">
                {imported.result.errors.map((e) => (
                  <li key={`${e.line}-${e.message}`}>
                    Line {e.line}: {localizeDays(e.message, locale)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
