import { useCallback, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { dayPattern, formatLocaleDay, parseLocaleDay } from '../../shared/dates/locale-day';
import { addMonthsTo, addDays } from '../lib/day-steps';
import { locale } from '../lib/format';
import { today } from '../lib/day';
import { DateCalendar } from './DateCalendar';
import '../styles/date-field.css';

/**
 * The one way a day is entered: typed in the seller's own numeric format (02.12.2026 in de-DE, 12/02/2026 in
 * en-US, ISO always accepted), never the browser's native date input, whose format and messages follow the
 * browser rather than the app. The value stays a YYYY-MM-DD string ('' for none), so stores and the API are
 * unchanged. Used inside components/Field (which passes id, aria-invalid and aria-describedby) or alone with an
 * aria-label. ArrowUp/Down step a day, PageUp/Down a month. The calendar button beside it (or Alt+ArrowDown in
 * the field, the combobox convention) opens a calendar for picking with the mouse or the arrow keys; the button
 * is left out of the tab order, so a form with dates costs no extra tab stops and typing stays the main way.
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
  const [open, setOpen] = useState(false);
  const closeCalendar = useCallback((returnFocus: boolean) => {
    setOpen(false);
    // Back to the typed field, the main way in, whether the calendar was opened from it or by the button.
    if (returnFocus) own.current?.focus();
  }, []);
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
    if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowUp') step(e, (d) => addDays(d, 1));
    else if (e.key === 'ArrowDown') step(e, (d) => addDays(d, -1));
    else if (e.key === 'PageUp') step(e, (d) => addMonthsTo(d, 1));
    else if (e.key === 'PageDown') step(e, (d) => addMonthsTo(d, -1));
    else if (e.key === 'Enter') check();
  };
  const typedOrValue = () => {
    const parsed = text.trim() === '' ? null : parseLocaleDay(text, locale);
    return parsed?.ok ? parsed.day : props.value;
  };
  const own = useRef<HTMLInputElement | null>(null);
  const setInput = (el: HTMLInputElement | null) => {
    own.current = el;
    const outer = props.inputRef;
    if (typeof outer === 'function') outer(el);
    else if (outer) outer.current = el;
  };
  const describedBy = [props['aria-describedby'], problem ? parseId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className={`date-field ${props.className ?? ''}`}>
      <span className="date-row">
        <input
          ref={setInput}
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
          aria-keyshortcuts="Alt+ArrowDown"
          value={text}
          onChange={(e) => read(e.target.value)}
          onBlur={check}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="date-toggle"
          tabIndex={-1}
          aria-label="Open the calendar"
          title="Calendar (Alt+↓ in the field)"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="12" rx="2" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
          </svg>
        </button>
      </span>
      {open ? (
        <DateCalendar
          value={typedOrValue()}
          onPick={(day) => {
            setText(shown(day));
            setProblem(null);
            emit(day);
            setOpen(false);
            own.current?.focus();
          }}
          onClose={closeCalendar}
        />
      ) : null}
      {problem ? (
        <span id={parseId} className="error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
