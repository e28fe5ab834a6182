import { useEffect, useRef, useState } from 'react';
import type { Action } from '../../../../shared/contract/learning';
import type { ActionScope } from '../../../../shared/domain/vocabulary';
import { ApiError } from '../../../../shared/envelope';
import { LessonChecklist } from '../../../components/LessonChecklist';
import { api } from '../../../api/client';
import { formatDate } from '../../../lib/format';
import { useVocab } from '../../../lib/vocab';
import { ActionFields, type ActionFieldValues } from '../../actions/ActionFields';
import { useDebrief } from '../use-debrief';

interface Form extends ActionFieldValues {
  lessonIds: string[];
}

/**
 * Step 7: what we will change because of this case. Corrective fixes this account or similar open cases,
 * preventive changes how we sell; the scope says which cases' win rate should show the effect later.
 */
export function ActionsStep() {
  const { data, actions, industry, addAction, setPendingForm } = useDebrief();
  const vocab = useVocab((s) => s.vocab);
  const me = vocab?.team.find((m) => m.isMe)?.id ?? '';
  const winner = data?.case.winnerCompetitorId ?? '';
  const blank = (): Form => ({
    title: '',
    kind: 'preventive',
    ownerId: me,
    dueOn: '',
    scope: winner ? 'competitor' : 'all',
    scopeValue: winner,
    lessonIds: data && data.lessons.length === 1 ? [data.lessons[0]!.id] : [],
  });
  const [form, setForm] = useState<Form>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef(form);
  formRef.current = form;

  const add = async (): Promise<boolean> => {
    const f = formRef.current;
    try {
      const action = await api.call('actions.create', {
        title: f.title,
        kind: f.kind,
        ownerId: f.ownerId || null,
        dueOn: f.dueOn || null,
        scope: f.scope,
        scopeValue: f.scope === 'all' ? null : f.scopeValue || null,
        lessonIds: f.lessonIds,
      });
      addAction(action);
      setForm(blank());
      setErrors({});
      return true;
    } catch (e) {
      setErrors(e instanceof ApiError && e.fields ? e.fields : { form: (e as Error).message });
      return false;
    }
  };

  // An action typed but not yet added is added when the debrief moves on or finishes.
  useEffect(() => {
    setPendingForm(async () => (formRef.current.title.trim() ? add() : true));
    return () => setPendingForm(null);
    // `add` reads the form through a ref, so registering once is enough.
  }, []);
  if (!data) return null;

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  // A scope chosen starts from this case: its winner, its customer's segment, its offering.
  const scopeDefault = (scope: ActionScope) =>
    scope === 'competitor'
      ? winner
      : scope === 'segment'
        ? (industry ?? '')
        : scope === 'offering'
          ? (data.case.offering ?? '')
          : '';

  return (
    <div className="step-body">
      {actions.length > 0 ? (
        <ul className="action-list" aria-label="Actions from this case">
          {actions.map((a: Action) => (
            <li key={a.id}>
              <span className="badge">{a.kind === 'corrective' ? 'Corrective' : 'Preventive'}</span>
              <span className="action-title">{a.title}</span>
              <span className="muted">
                {a.ownerName ?? 'No owner'}
                {a.dueOn ? ` · due ${formatDate(a.dueOn)}` : ''} · {a.scopeLabel}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="inline-form" data-own-enter>
        <legend>{actions.length > 0 ? 'Another action' : 'Propose an action'}</legend>
        <div className="form-grid action-grid">
          <ActionFields
            values={form}
            errors={errors}
            vocab={vocab}
            onChange={set}
            name="debrief-action"
            onTitleEnter={() => void add()}
            scopeDefault={scopeDefault}
          />
          {data.lessons.length > 0 ? (
            <LessonChecklist
              className="span-all lesson-links"
              lessons={data.lessons}
              selected={form.lessonIds}
              onChange={(lessonIds) => set({ lessonIds })}
            />
          ) : (
            <p className="muted span-all">No lessons recorded on this case; the action will stand on its own.</p>
          )}
        </div>
        <div className="inline-form-actions">
          {errors.form ? (
            <p className="error-text" role="alert">
              {errors.form}
            </p>
          ) : null}
          <button type="button" className="btn" onClick={() => void add()}>
            Add action
          </button>
        </div>
      </fieldset>
    </div>
  );
}
