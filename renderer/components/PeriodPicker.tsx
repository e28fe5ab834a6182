import { useEffect, useId, useRef, useState } from 'react';
import { formatLocaleDay } from '../../shared/dates/locale-day';
import { locale } from '../lib/format';
import { DateField } from './DateField';

/**
 * A date range behind one button: one tab stop while it is closed (two native date fields cost eight), its
 * label saying the period in the seller's date format. Enter or a click opens the two fields; Esc or Done
 * closes and returns to the button.
 */
export function PeriodPicker(props: {
  from: string;
  to: string;
  onChange: (period: { from: string; to: string }) => void;
  /** The accessible name's noun, e.g. "Period". */
  label?: string;
  /** Ids of the messages saying why an end was refused: that field is marked invalid and described by it. */
  errorIds?: { from?: string; to?: string };
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const id = useId();
  const label = props.label ?? 'Period';
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const period = { from: props.from, to: props.to };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // The same numeric form as the two fields it opens, so the button and the fields never disagree.
  const formatDay = (day: string) => formatLocaleDay(day, locale);
  const text =
    props.from && props.to
      ? `${formatDay(props.from)} – ${formatDay(props.to)}`
      : props.from
        ? `From ${formatDay(props.from)}`
        : props.to
          ? `Until ${formatDay(props.to)}`
          : 'Any period';
  return (
    <span className="period-picker">
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${label}: ${text}`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {text} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <span
          id={id}
          className="period-pop panel"
          role="group"
          aria-label={label}
          onKeyDown={(e) => {
            if (e.key === 'Escape' || e.key === 'Enter') {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        >
          <label>
            From
            <DateField
              inputRef={first}
              aria-invalid={props.errorIds?.from ? true : undefined}
              aria-describedby={props.errorIds?.from}
              value={props.from}
              onChange={(day) => props.onChange({ ...period, from: day })}
            />
          </label>
          <label>
            to
            <DateField
              aria-invalid={props.errorIds?.to ? true : undefined}
              aria-describedby={props.errorIds?.to}
              value={props.to}
              onChange={(day) => props.onChange({ ...period, to: day })}
            />
          </label>
          <button type="button" className="btn small" onClick={() => props.onChange({ from: '', to: '' })}>
            Any period
          </button>
          <button type="button" className="btn small primary" onClick={close}>
            Done
          </button>
        </span>
      ) : null}
    </span>
  );
}
