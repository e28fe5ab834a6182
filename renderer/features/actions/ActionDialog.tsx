import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Action } from '../../../shared/contract/learning';
import type { ActionKind, ActionScope, ActionStatus } from '../../../shared/domain/vocabulary';
import { ApiError } from '../../../shared/envelope';
import { LessonChecklist } from '../../components/LessonChecklist';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useVocab } from '../../lib/vocab';
import { today } from './dates';
import { ScopeFields } from './ScopeFields';

interface Draft {
  title: string;
  kind: ActionKind;
  ownerId: string;
  dueOn: string;
  scope: ActionScope;
  scopeValue: string;
  status: ActionStatus;
  doneOn: string;
  lessonIds: string[];
}

const kinds: { value: ActionKind; label: string; hint: string }[] = [
  { value: 'corrective', label: 'Corrective', hint: 'Fix this account or similar open cases' },
  { value: 'preventive', label: 'Preventive', hint: 'Change how we sell: process, offer, price list' },
];

const statusLabels: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

function draftFrom(a: Action | null, meId: string): Draft {
  return {
    title: a?.title ?? '',
    kind: a?.kind ?? 'preventive',
    ownerId: a ? (a.ownerId ?? '') : meId,
    dueOn: a?.dueOn ?? '',
    scope: a?.scope ?? 'all',
    scopeValue: a?.scopeValue ?? '',
    status: a?.status ?? 'open',
    doneOn: a?.doneOn ?? '',
    lessonIds: a?.lessons.map((l) => l.id) ?? [],
  };
}

/** Field errors of `actions.update` come keyed `patch.title`; the form knows them as `title`. */
const unprefixed = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^patch\./, ''), v]));

/**
 * New or edit action. The server validates (errors land on their fields, and focus goes to the first);
 * Enter in a text field or Ctrl+Enter anywhere saves, Esc cancels.
 */
export function ActionDialog(props: { open: boolean; existing: Action | null; onClose: (saved?: Action) => void }) {
  const { existing, open, onClose } = props;
  const vocab = useVocab((s) => s.vocab);
  const meId = vocab?.team.find((m) => m.isMe)?.id ?? '';
  const [draft, setDraft] = useState<Draft>(() => draftFrom(existing, meId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!open) return;
    setDraft(draftFrom(existing, meId));
    setErrors({});
    setFormError(null);
    // Only a newly opened dialog starts afresh; the vocabulary arriving later must not wipe what was typed.
  }, [open, existing]);

  // After a refused save, the first field that needs attention gets the focus.
  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      title: draft.title,
      kind: draft.kind,
      ownerId: draft.ownerId || null,
      dueOn: draft.dueOn || null,
      scope: draft.scope,
      scopeValue: draft.scope === 'all' ? null : draft.scopeValue.trim() || null,
    };
    setSaving(true);
    try {
      const saved = existing
        ? await api.call('actions.update', {
            id: existing.id,
            patch: {
              ...input,
              status: draft.status,
              doneOn: draft.status === 'done' ? draft.doneOn || null : null,
              lessonIds: draft.lessonIds,
            },
          })
        : await api.call('actions.create', { ...input, lessonIds: [] });
      onClose(saved);
    } catch (error) {
      if (error instanceof ApiError && error.fields) {
        setErrors(unprefixed(error.fields));
        setFormError(null);
      } else setFormError((error as Error).message);
      setAttempts((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const title = existing ? 'Edit action' : 'New action';
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? undefined : onClose())} title={title}>
      <form
        ref={formRef}
        className="form-grid action-form"
        onSubmit={(e) => void submit(e)}
        onKeyDown={onKeyDown}
        noValidate
        aria-label={title}
      >
        <Field label="What will be done" error={errors.title} className="span-2">
          <input
            autoFocus
            value={draft.title}
            onChange={(e) => update({ title: e.target.value })}
            placeholder="e.g. Meet the economic buyer before sending any proposal"
            maxLength={300}
          />
        </Field>
        <fieldset className="span-2 kind-choice">
          <legend>Kind</legend>
          {kinds.map((k) => (
            <label key={k.value} className={`choice${draft.kind === k.value ? ' chosen' : ''}`}>
              <input
                type="radio"
                name="action-kind"
                value={k.value}
                checked={draft.kind === k.value}
                onChange={() => update({ kind: k.value })}
              />
              <span className="choice-text">
                <span>{k.label}</span>
                <span className="muted">{k.hint}</span>
              </span>
            </label>
          ))}
          {errors.kind ? <span className="error-text">{errors.kind}</span> : null}
        </fieldset>
        <Field label="Owner" error={errors.ownerId}>
          <select value={draft.ownerId} onChange={(e) => update({ ownerId: e.target.value })}>
            <option value="">Nobody yet</option>
            {(vocab?.team ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Due" error={errors.dueOn}>
          <input type="date" value={draft.dueOn} onChange={(e) => update({ dueOn: e.target.value })} />
        </Field>
        <ScopeFields
          scope={draft.scope}
          scopeValue={draft.scopeValue}
          vocab={vocab}
          errors={errors}
          onChange={(patch) => update(patch)}
        />
        {existing ? (
          <>
            <Field label="Status" error={errors.status} className={draft.status === 'done' ? undefined : 'span-2'}>
              <select
                value={draft.status}
                onChange={(e) => {
                  const status = e.target.value as ActionStatus;
                  update({ status, doneOn: status === 'done' ? draft.doneOn || existing.doneOn || today() : '' });
                }}
              >
                {(['open', 'done', 'dropped'] as const).map((s) => (
                  <option key={s} value={s}>
                    {statusLabels[s]}
                  </option>
                ))}
              </select>
            </Field>
            {draft.status === 'done' ? (
              <Field label="Done on" error={errors.doneOn} hint="The review measures the effect from this day.">
                <input type="date" value={draft.doneOn} onChange={(e) => update({ doneOn: e.target.value })} />
              </Field>
            ) : null}
            {existing.lessons.length > 0 ? (
              <LessonChecklist
                className="span-2 action-form-lessons"
                lessons={existing.lessons}
                selected={draft.lessonIds}
                onChange={(lessonIds) => update({ lessonIds })}
                error={errors.lessonIds}
              />
            ) : null}
          </>
        ) : null}
        {formError ? (
          <div className="form-error span-2" role="alert">
            {formError}
          </div>
        ) : null}
        <div className="dialog-actions span-2">
          <span className="hint">
            <kbd>Ctrl Enter</kbd> saves · <kbd>Esc</kbd> cancels
          </span>
          <button type="button" className="btn" onClick={() => onClose()}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={saving}>
            {existing ? 'Save changes' : 'Add action'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
