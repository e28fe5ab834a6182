import { useEffect, useState, type FormEvent } from 'react';
import { caseStatuses, type Case, type CaseStatus } from '../../../shared/contract/cases';
import { ApiError } from '../../../shared/envelope';
import { minorToInput, parseMoney } from '../../../shared/money';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { statusLabels } from '../../components/StatusBadge';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'JPY'];
const LAST_CURRENCY = 'winloop.lastCurrency';

interface Draft {
  title: string;
  customerName: string;
  value: string;
  currency: string;
  status: CaseStatus;
}

function draftFrom(existing: Case | null): Draft {
  const currency = existing?.currency ?? localStorage.getItem(LAST_CURRENCY) ?? 'EUR';
  return {
    title: existing?.title ?? '',
    customerName: existing?.customerName ?? '',
    value: existing ? minorToInput(existing.valueMinor, existing.currency) : '',
    currency,
    status: existing?.status ?? 'open',
  };
}

/** Create or edit a case. Enter saves from any field; errors come back per field from the contract. */
export function CaseFormDialog(props: { open: boolean; existing: Case | null; onClose(saved?: Case): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.existing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (props.open) {
      setDraft(draftFrom(props.existing));
      setErrors({});
      setFormError(null);
    }
  }, [props.open, props.existing]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const money = parseMoney(draft.value, draft.currency);
    if (!money.ok) {
      setErrors({ valueMinor: money.message });
      return;
    }
    const input = {
      title: draft.title,
      customerName: draft.customerName,
      valueMinor: money.minor,
      currency: draft.currency,
      status: draft.status,
    };
    setSaving(true);
    try {
      const saved = props.existing
        ? await api.call('cases.update', { id: props.existing.id, patch: input })
        : await api.call('cases.create', input);
      localStorage.setItem(LAST_CURRENCY, draft.currency);
      props.onClose(saved);
    } catch (error) {
      if (error instanceof ApiError && error.fields) setErrors(error.fields);
      else setFormError((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={props.existing ? 'Edit case' : 'New case'}
    >
      <form
        className="form-grid"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={props.existing ? 'Edit case' : 'New case'}
      >
        <Field
          label="Title"
          error={errors.title}
          className="span-2"
          hint="What are you trying to win? e.g. “Fleet tracking rollout”"
        >
          <input autoFocus value={draft.title} onChange={(e) => update({ title: e.target.value })} maxLength={200} />
        </Field>
        <Field label="Customer" error={errors.customerName} className="span-2">
          <input
            value={draft.customerName}
            onChange={(e) => update({ customerName: e.target.value })}
            maxLength={200}
          />
        </Field>
        <Field label="Value" error={errors.valueMinor}>
          <input
            inputMode="decimal"
            value={draft.value}
            onChange={(e) => update({ value: e.target.value })}
            placeholder="0"
          />
        </Field>
        <Field label="Currency" error={errors.currency}>
          <select value={draft.currency} onChange={(e) => update({ currency: e.target.value })}>
            {[...new Set([draft.currency, ...CURRENCIES])].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
        <Field label="Status" error={errors.status} className="span-2">
          <select value={draft.status} onChange={(e) => update({ status: e.target.value as CaseStatus })}>
            {caseStatuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </Field>
        {formError ? (
          <div className="form-error span-2" role="alert">
            {formError}
          </div>
        ) : null}
        <div className="dialog-actions span-2">
          <span className="hint">
            <kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
          </span>
          <button type="button" className="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={saving}>
            {props.existing ? 'Save changes' : 'Log case'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
