import { cloneElement, useId, type ReactElement } from 'react';
import type { Vocabulary } from '../../../shared/contract/vocabulary';
import { CURRENCIES } from '../../lib/currencies';
import { locale } from '../../lib/format';
import { localizeDays } from '../../lib/localize-days';
import type { CaseFieldKey, CaseFieldText } from './case-form';
import type { FieldState } from './use-case-autosave';
import { DateField } from '../../components/DateField';

/**
 * Like components/Field, with the field's save state on the label line so "Saving…" / "Saved" never moves
 * the form around while a seller types.
 */
function SavedField(props: {
  label: string;
  state: FieldState | undefined;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const error = props.state?.status === 'error' ? props.state.message : undefined;
  return (
    <div className={`field saved-field ${props.className ?? ''}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{props.label}</label>
        {props.state && props.state.status !== 'error' ? (
          <span className={`save-state ${props.state.status}`}>
            {props.state.status === 'saving' ? 'Saving…' : 'Saved'}
          </span>
        ) : null}
      </div>
      {cloneElement(props.children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {error ? (
        <span id={errorId} className="error" role="alert">
          {localizeDays(error, locale)}
        </span>
      ) : null}
    </div>
  );
}

/** The case's own fields, each saved on its own a moment after the last keystroke. */
export function CaseFields(props: {
  values: CaseFieldText;
  states: Partial<Record<CaseFieldKey, FieldState>>;
  vocab: Vocabulary | null;
  /** A closed case has no next step to plan. */
  open: boolean;
  onChange: (key: CaseFieldKey, text: string) => void;
}) {
  const { values, states, vocab, onChange } = props;
  const bind = (key: CaseFieldKey) => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => onChange(key, e.target.value),
  });
  return (
    <div className="form-grid case-fields">
      <SavedField label="Title" state={states.title} className="span-2">
        <input {...bind('title')} maxLength={200} />
      </SavedField>
      {props.open ? (
        <>
          <SavedField label="Next step" state={states.nextStep} className="span-2 next-step-field">
            <input
              {...bind('nextStep')}
              maxLength={300}
              placeholder="What you will do next, e.g. “Call Ada about the pilot”"
            />
          </SavedField>
          <SavedField label="Next step on" state={states.nextStepOn}>
            <DateField value={values.nextStepOn} onChange={(day) => onChange('nextStepOn', day)} />
          </SavedField>
        </>
      ) : null}
      <SavedField label="Expected close" state={states.expectedCloseOn}>
        <DateField value={values.expectedCloseOn} onChange={(day) => onChange('expectedCloseOn', day)} />
      </SavedField>
      <SavedField label="Offering" state={states.offering}>
        <input {...bind('offering')} maxLength={200} placeholder="What you are selling" />
      </SavedField>
      <SavedField label="Source" state={states.source}>
        <input {...bind('source')} maxLength={200} placeholder="Referral, inbound, event…" />
      </SavedField>
      <div className="value-pair">
        <SavedField label="Value" state={states.value}>
          <input {...bind('value')} inputMode="decimal" placeholder="0" className="num" />
        </SavedField>
        <SavedField label="Currency" state={states.currency}>
          <select {...bind('currency')}>
            {[...new Set([values.currency, ...CURRENCIES])].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </SavedField>
      </div>
      <SavedField label="Owner" state={states.ownerId}>
        <select {...bind('ownerId')}>
          <option value="">Nobody yet</option>
          {(vocab?.team ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.isMe ? ' (me)' : ''}
            </option>
          ))}
        </select>
      </SavedField>
      <SavedField label="Stage" state={states.stageId}>
        <select {...bind('stageId')}>
          <option value="">Not set</option>
          {(vocab?.stages ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </SavedField>
      <SavedField label="Probability (%)" state={states.probability}>
        <input {...bind('probability')} type="number" min={0} max={100} step={5} className="num" />
      </SavedField>
      <SavedField label="Opened" state={states.openedOn}>
        <DateField value={values.openedOn} onChange={(day) => onChange('openedOn', day)} />
      </SavedField>
      <SavedField label="Notes" state={states.notes} className="span-2">
        <textarea {...bind('notes')} rows={5} maxLength={20_000} />
      </SavedField>
    </div>
  );
}
