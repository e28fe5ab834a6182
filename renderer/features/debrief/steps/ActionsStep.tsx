import { useEffect, useRef, useState } from 'react';
import type { Action } from '../../../../shared/contract/learning';
import { actionScopes, type ActionKind, type ActionScope } from '../../../../shared/domain/vocabulary';
import { ApiError } from '../../../../shared/envelope';
import { LessonChecklist } from '../../../components/LessonChecklist';
import { api } from '../../../api/client';
import { Field } from '../../../components/Field';
import { formatDate } from '../../../lib/format';
import { useVocab } from '../../../lib/vocab';
import { useDebrief } from '../use-debrief';

const scopeLabels: Record<ActionScope, string> = {
  all: 'All cases',
  competitor: 'Cases against a competitor',
  segment: 'A segment (industry)',
  offering: 'An offering',
  criterion: 'A buying criterion',
};

interface Form {
  title: string;
  kind: ActionKind;
  ownerId: string;
  dueOn: string;
  scope: ActionScope;
  scopeValue: string;
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
  const setScope = (scope: ActionScope) =>
    set({
      scope,
      scopeValue:
        scope === 'competitor'
          ? winner
          : scope === 'segment'
            ? (industry ?? '')
            : scope === 'offering'
              ? (data.case.offering ?? '')
              : '',
    });

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
          <Field label="What will be done" error={errors.title} className="span-all">
            <input
              value={form.title}
              onChange={(e) => set({ title: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void add();
                }
              }}
              placeholder="e.g. Meet the CFO before sending any proposal over 20k"
              maxLength={300}
            />
          </Field>
          <Field label="Kind" error={errors.kind}>
            <select value={form.kind} onChange={(e) => set({ kind: e.target.value as ActionKind })}>
              <option value="preventive">Preventive: change how we sell</option>
              <option value="corrective">Corrective: fix this account or open cases</option>
            </select>
          </Field>
          <Field label="Owner" error={errors.ownerId}>
            <select value={form.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
              <option value="">Nobody yet</option>
              {(vocab?.team ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Due" error={errors.dueOn}>
            <input type="date" value={form.dueOn} onChange={(e) => set({ dueOn: e.target.value })} />
          </Field>
          <Field label="Should move the win rate of" error={errors.scope}>
            <select value={form.scope} onChange={(e) => setScope(e.target.value as ActionScope)}>
              {actionScopes.map((s) => (
                <option key={s} value={s}>
                  {scopeLabels[s]}
                </option>
              ))}
            </select>
          </Field>
          {form.scope === 'competitor' || form.scope === 'criterion' ? (
            <Field label={form.scope === 'competitor' ? 'Competitor' : 'Criterion'} error={errors.scopeValue}>
              <select value={form.scopeValue} onChange={(e) => set({ scopeValue: e.target.value })}>
                <option value="">Pick one</option>
                {(form.scope === 'competitor' ? (vocab?.competitors ?? []) : (vocab?.criteria ?? [])).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : form.scope !== 'all' ? (
            <Field label={form.scope === 'segment' ? 'Segment' : 'Offering'} error={errors.scopeValue}>
              <input value={form.scopeValue} onChange={(e) => set({ scopeValue: e.target.value })} maxLength={200} />
            </Field>
          ) : null}
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
