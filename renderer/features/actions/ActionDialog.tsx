import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Action } from '../../../shared/contract/learning';
import type { ActionStatus } from '../../../shared/domain/vocabulary';
import { ApiError } from '../../../shared/envelope';
import { LessonChecklist } from '../../components/LessonChecklist';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useVocab } from '../../lib/vocab';
import { today } from './dates';
import { ActionFields, type ActionFieldValues } from './ActionFields';
import { DateField } from '../../components/DateField';

interface Draft extends ActionFieldValues {
  status: ActionStatus;
  doneOn: string;
  lessonIds: string[];
}

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
        <ActionFields values={draft} errors={errors} vocab={vocab} onChange={update} name="action-dialog" autoFocus />
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
                <DateField value={draft.doneOn} onChange={(day) => update({ doneOn: day })} />
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
