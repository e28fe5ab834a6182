import { useId, type ReactElement, cloneElement } from 'react';
import { locale } from '../lib/format';
import { localizeDays } from '../lib/localize-days';

/** A labelled control with its hint and error wired up for screen readers. */
export function Field(props: {
  label: string;
  error?: string | undefined;
  hint?: string;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {cloneElement(props.children, {
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {props.hint && !props.error ? (
        <span id={hintId} className="hint">
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span id={errorId} className="error" role="alert">
          {localizeDays(props.error, locale)}
        </span>
      ) : null}
    </div>
  );
}
