import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { dayPattern, formatLocaleDay, parseLocaleDay } from '../../shared/dates/locale-day';
import { addMonthsTo, addDays } from '../lib/day-steps';
import { locale } from '../lib/format';
import { today } from '../lib/day';
import '../styles/date-field.css';

/**
 * The one way a day is entered: typed in the seller's own numeric format (02.12.2026 in de-DE, 12/02/2026 in
 * en-US, ISO always accepted), never the browser's native date input, whose format and messages follow the
 * browser rather than the app. The value stays a YYYY-MM-DD string ('' for none), so stores and the API are
 * unchanged. Used inside components/Field (which passes id, aria-invalid and aria-describedby) or alone with an
 * aria-label. ArrowUp/Down step a day, PageUp/Down a month.
 * Changes with: shared/dates/locale-day.ts, renderer/styles/date-field.css.
 */
export function DateField(props: {
  value: string;
  onChange: (day: string) => void;
  id?: string;
  className?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  'aria-label'?: string;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
}) {
  const pattern = dayPattern(locale);
  const shown = (day: string) => (day ? formatLocaleDay(day, locale) : '');
  const [text, setText] = useState(() => shown(props.value));
  const [seen, setSeen] = useState(props.value);
  const [problem, setProblem] = useState<string | null>(null);
  const parseId = `${useId()}-parse`;
  // A value set from outside (a reload, a reset) replaces what is shown; the seller's own typing is left alone.
  if (props.value !== seen) {
    setSeen(props.value);
    const typed = text.trim() === '' ? '' : parseLocaleDay(text, locale);
    if (typed === '' ? props.value !== '' : !typed.ok || typed.day !== props.value) {
      setText(shown(props.value));
      setProblem(null);
    }
  }

  const emit = (day: string) => {
    setSeen(day);
    props.onChange(day);
  };
  const read = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(null);
      emit('');
      return;
    }
    const parsed = parseLocaleDay(next, locale);
    if (parsed.ok) {
      setProblem(null);
      emit(parsed.day);
    }
  };
  const check = () => {
    if (text.trim() === '') return;
    const parsed = parseLocaleDay(text, locale);
    if (parsed.ok) setText(shown(parsed.day));
    else setProblem(parsed.error);
  };
  const step = (e: KeyboardEvent<HTMLInputElement>, move: (day: string) => string) => {
    e.preventDefault();
    const parsed = parseLocaleDay(text, locale);
    const next = move(parsed.ok ? parsed.day : props.value || today());
    setText(shown(next));
    setProblem(null);
    emit(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowUp') step(e, (d) => addDays(d, 1));
    else if (e.key === 'ArrowDown') step(e, (d) => addDays(d, -1));
    else if (e.key === 'PageUp') step(e, (d) => addMonthsTo(d, 1));
    else if (e.key === 'PageDown') step(e, (d) => addMonthsTo(d, -1));
    else if (e.key === 'Enter') check();
  };
  const describedBy = [props['aria-describedby'], problem ? parseId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className={`date-field ${props.className ?? ''}`}>
      <input
        ref={props.inputRef}
        id={props.id}
        className="input date-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        autoFocus={props.autoFocus}
        placeholder={pattern.hint}
        aria-label={props['aria-label']}
        aria-invalid={problem || props['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => read(e.target.value)}
        onBlur={check}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <span id={parseId} className="error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
