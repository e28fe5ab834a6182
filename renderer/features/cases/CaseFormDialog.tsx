import { useEffect, useState, type FormEvent } from 'react';
import type { Case } from '../../../shared/contract/cases';
import type { Account } from '../../../shared/contract/accounts';
import { ApiError } from '../../../shared/envelope';
import { minorToInput, parseMoney } from '../../../shared/money';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CURRENCIES } from '../../lib/currencies';
import { useVocab } from '../../lib/vocab';
import { today } from '../../lib/day';
import { DateField } from '../../components/DateField';

interface Draft {
  title: string;
  customer: string;
  value: string;
  currency: string;
  stageId: string;
  /** An old deal logged late keeps the day it really opened. */
  openedOn: string;
  nextStep: string;
  nextStepOn: string;
}

/** An unsaved quick log survives the dialog closing, a crash or the window closing; Cancel discards it. */
const DRAFT_KEY = 'winloop.quickLogDraft';

function savedDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function draftFrom(existing: Case | null, defaultCurrency: string): Draft {
  const fresh = {
    title: existing?.title ?? '',
    customer: existing?.accountName ?? '',
    value: existing ? minorToInput(existing.valueMinor, existing.currency) : '',
    currency: existing?.currency ?? defaultCurrency,
    stageId: existing?.stageId ?? '',
    openedOn: existing?.openedOn ?? today(),
    nextStep: existing?.nextStep ?? '',
    nextStepOn: existing?.nextStepOn ?? '',
  };
  // A draft kept by an older version lacks the newer fields: they start as a new case's would.
  return existing ? fresh : { ...fresh, ...savedDraft() };
}

/**
 * Quick log: a new case in under a minute, keyboard only. A customer typed but not yet known becomes a new
 * account; Enter saves from any field and errors come back per field from the contract.
 */
export function CaseFormDialog(props: {
  open: boolean;
  existing: Case | null;
  defaultCurrency?: string;
  onClose: (saved?: Case) => void;
}) {
  const defaultCurrency = props.defaultCurrency ?? 'EUR';
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.existing, defaultCurrency));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const { vocab, load } = useVocab();

  useEffect(() => {
    if (!props.open) return;
    setDraft(draftFrom(props.existing, defaultCurrency));
    setErrors({});
    setFormError(null);
    if (!vocab) void load();
    api.call('accounts.list', {}).then(setAccounts, () => setAccounts([]));
  }, [props.open, props.existing, defaultCurrency, vocab, load]);

  const update = (patch: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      if (!props.existing) localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
      return next;
    });
  const discard = () => {
    if (!props.existing) localStorage.removeItem(DRAFT_KEY);
    props.onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const money =
      draft.value.trim() === '' ? ({ ok: true, minor: 0 } as const) : parseMoney(draft.value, draft.currency);
    if (!money.ok) {
      setErrors({ valueMinor: money.message });
      return;
    }
    const known = accounts.find((a) => a.name.toLowerCase() === draft.customer.trim().toLowerCase());
    const input = {
      title: draft.title,
      ...(known ? { accountId: known.id } : { accountName: draft.customer }),
      valueMinor: money.minor,
      currency: draft.currency,
      stageId: draft.stageId || null,
      ...(draft.openedOn ? { openedOn: draft.openedOn } : {}),
      nextStep: draft.nextStep.trim() || null,
      nextStepOn: draft.nextStepOn || null,
    };
    setSaving(true);
    try {
      const saved = props.existing
        ? await api.call('cases.update', { id: props.existing.id, patch: input })
        : await api.call('cases.create', input);
      if (!props.existing) localStorage.removeItem(DRAFT_KEY);
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
        onKeyDown={(e) => {
          // Enter saves from every field: a select would otherwise open its list and swallow the key.
          if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLSelectElement) {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
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
        <Field
          label="Customer"
          error={errors.accountName ?? errors.accountId}
          className="span-2"
          hint={
            draft.customer.trim() && !accounts.some((a) => a.name.toLowerCase() === draft.customer.trim().toLowerCase())
              ? 'A new customer: it will be added to your accounts'
              : 'Pick one you know or type a new name'
          }
        >
          <input
            list="known-accounts"
            value={draft.customer}
            onChange={(e) => update({ customer: e.target.value })}
            maxLength={200}
            autoComplete="off"
          />
        </Field>
        <datalist id="known-accounts">
          {accounts.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
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
        <Field label="Stage" error={errors.stageId}>
          <select value={draft.stageId} onChange={(e) => update({ stageId: e.target.value })}>
            <option value="">Not set</option>
            {(vocab?.stages ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Opened on" error={errors.openedOn}>
          <DateField value={draft.openedOn} onChange={(day) => update({ openedOn: day })} />
        </Field>
        <Field label="Next step" error={errors.nextStep}>
          <input
            value={draft.nextStep}
            onChange={(e) => update({ nextStep: e.target.value })}
            maxLength={300}
            placeholder="e.g. Call about the pilot"
          />
        </Field>
        <Field label="Next step on" error={errors.nextStepOn}>
          <DateField value={draft.nextStepOn} onChange={(day) => update({ nextStepOn: day })} />
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
          <button type="button" className="btn" onClick={discard}>
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
