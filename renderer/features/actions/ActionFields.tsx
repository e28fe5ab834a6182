import type { KeyboardEvent } from 'react';
import type { Vocabulary } from '../../../shared/contract/vocabulary';
import type { ActionKind, ActionScope } from '../../../shared/domain/vocabulary';
import { Field } from '../../components/Field';
import { ScopeFields } from './ScopeFields';
import '../../styles/action-fields.css';
import { DateField } from '../../components/DateField';

/** What every action form asks, wherever the action is decided (the board's dialog, the debrief's last step). */
export interface ActionFieldValues {
  title: string;
  kind: ActionKind;
  ownerId: string;
  dueOn: string;
  scope: ActionScope;
  scopeValue: string;
}

const kinds: { value: ActionKind; label: string; hint: string }[] = [
  { value: 'corrective', label: 'Corrective', hint: 'Fix this account or similar open cases' },
  { value: 'preventive', label: 'Preventive', hint: 'Change how we sell: process, offer, price list' },
];

/**
 * Title, kind, owner, due date and scope of an action: one form, so the board and the debrief ask the same
 * thing in the same words. `name` keeps the kind radios of two forms on one page apart.
 */
export function ActionFields(props: {
  values: ActionFieldValues;
  errors: Record<string, string>;
  vocab: Vocabulary | null;
  onChange: (patch: Partial<ActionFieldValues>) => void;
  name: string;
  autoFocus?: boolean;
  /** Enter in the title: the debrief adds the action at once (the dialog submits its form instead). */
  onTitleEnter?: () => void;
  /** The value a scope starts with when chosen (the debrief offers this case's competitor, segment, offering). */
  scopeDefault?: (scope: ActionScope) => string;
}) {
  const { values, errors, vocab, onChange } = props;
  const onTitleKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !props.onTitleEnter) return;
    e.preventDefault();
    props.onTitleEnter();
  };
  return (
    <>
      <Field label="What will be done" error={errors.title} className="span-2">
        <input
          autoFocus={props.autoFocus}
          value={values.title}
          onChange={(e) => onChange({ title: e.target.value })}
          onKeyDown={onTitleKey}
          placeholder="e.g. Meet the economic buyer before sending any proposal"
          maxLength={300}
        />
      </Field>
      <fieldset className="span-2 kind-choice">
        <legend>Kind</legend>
        {kinds.map((k) => (
          <label key={k.value} className={`choice${values.kind === k.value ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={`${props.name}-kind`}
              value={k.value}
              checked={values.kind === k.value}
              onChange={() => onChange({ kind: k.value })}
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
        <select value={values.ownerId} onChange={(e) => onChange({ ownerId: e.target.value })}>
          <option value="">Nobody yet</option>
          {(vocab?.team ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Due" error={errors.dueOn}>
        <DateField value={values.dueOn} onChange={(day) => onChange({ dueOn: day })} />
      </Field>
      <ScopeFields
        scope={values.scope}
        scopeValue={values.scopeValue}
        vocab={vocab}
        errors={errors}
        onChange={(patch) =>
          onChange(
            patch.scope !== undefined && props.scopeDefault
              ? { scope: patch.scope, scopeValue: props.scopeDefault(patch.scope) }
              : patch,
          )
        }
      />
    </>
  );
}
