import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Account } from '../../../shared/contract/accounts';
import { sizeBandLabels, sizeBands, type SizeBand } from '../../../shared/domain/vocabulary';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { unprefixed } from './field-errors';
import { useAccountsStore } from './use-accounts-store';

interface Draft {
  name: string;
  industry: string;
  sizeBand: SizeBand | '';
  region: string;
}

const draftFrom = (a: Account | null): Draft => ({
  name: a?.name ?? '',
  industry: a?.industry ?? '',
  sizeBand: a?.sizeBand ?? '',
  region: a?.region ?? '',
});

/** Distinct non-empty values, sorted, for a datalist (a list of thousands of accounts has few industries). */
function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b));
}

/** Add or edit a customer. Errors come back per field from the contract; Enter saves, Esc cancels. */
export function AccountFormDialog(props: {
  open: boolean;
  existing: Account | null;
  onClose: (saved?: Account) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.existing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const known = useAccountsStore((s) => s.accounts);
  const industries = useMemo(() => distinct((known ?? []).map((a) => a.industry)), [known]);
  const regions = useMemo(() => distinct((known ?? []).map((a) => a.region)), [known]);

  useEffect(() => {
    if (!props.open) return;
    setDraft(draftFrom(props.existing));
    setErrors({});
    setFormError(null);
  }, [props.open, props.existing]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      name: draft.name,
      industry: draft.industry.trim() || null,
      sizeBand: draft.sizeBand || null,
      region: draft.region.trim() || null,
    };
    setSaving(true);
    try {
      const saved = props.existing
        ? await api.call('accounts.update', { id: props.existing.id, patch: input })
        : await api.call('accounts.create', input);
      props.onClose(saved);
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        setErrors(unprefixed(error.fields));
        setFormError(null);
      } else setFormError((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  const title = props.existing ? 'Edit customer' : 'New customer';
  return (
    <Dialog open={props.open} onOpenChange={(open) => (open ? undefined : props.onClose())} title={title}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Field label="Name" error={errors.name} className="span-2" hint="The company, as your team calls it">
          <input autoFocus value={draft.name} onChange={(e) => update({ name: e.target.value })} maxLength={200} />
        </Field>
        <Field label="Industry" error={errors.industry}>
          <input
            list="known-industries"
            autoComplete="off"
            value={draft.industry}
            onChange={(e) => update({ industry: e.target.value })}
            maxLength={100}
          />
        </Field>
        <Field label="Employees" error={errors.sizeBand}>
          <select value={draft.sizeBand} onChange={(e) => update({ sizeBand: e.target.value as SizeBand | '' })}>
            <option value="">Not set</option>
            {sizeBands.map((b) => (
              <option key={b} value={b}>
                {sizeBandLabels[b]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Region" error={errors.region} className="span-2">
          <input
            list="known-regions"
            autoComplete="off"
            value={draft.region}
            onChange={(e) => update({ region: e.target.value })}
            maxLength={100}
          />
        </Field>
        <datalist id="known-industries">
          {industries.slice(0, 200).map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <datalist id="known-regions">
          {regions.slice(0, 200).map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
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
            {props.existing ? 'Save changes' : 'Add customer'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
