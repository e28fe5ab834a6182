import { useEffect, useRef } from 'react';
import { DayPicker } from 'react-day-picker';
import 'react-day-picker/style.css';
import { locale } from '../lib/format';
import { today } from '../lib/day';

/**
 * The calendar a DateField opens beside its typed input (react-day-picker: a grid with arrow keys, Page Up/Down
 * for months, Home/End for the week). Days cross as YYYY-MM-DD; inside, a day is a local-midnight Date, read and
 * written in local time, so no time zone shifts it. Month and weekday names come from Intl in the seller's
 * locale, and so does the first day of the week, rather than from date-fns' locale files (English only here).
 * Escape closes it and hands focus back (to the button that opened it), ahead of any dialog around it.
 * Changes with: components/DateField.tsx, styles/date-field.css.
 */
export function DateCalendar(props: {
  value: string;
  onPick: (day: string) => void;
  onClose: (returnFocus: boolean) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const selected = props.value ? fromDay(props.value) : undefined;
  const { onClose } = props;

  useEffect(() => {
    // Window capture runs before the document-level listener a Radix dialog closes on: Escape shuts the calendar only.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.parentElement?.contains(e.target as Node)) onClose(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [onClose]);

  return (
    <div
      ref={root}
      className="date-calendar"
      role="dialog"
      aria-label="Choose a day"
      onBlur={(e) => {
        // Tabbing out of the calendar closes it where focus went.
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) onClose(false);
      }}
    >
      <DayPicker
        mode="single"
        required
        autoFocus
        selected={selected}
        defaultMonth={selected ?? fromDay(today())}
        onSelect={(day: Date) => props.onPick(toDay(day))}
        weekStartsOn={weekStart()}
        formatters={{
          formatCaption: (month) => captionFormat.format(month),
          formatWeekdayName: (day) => weekdayFormat.format(day),
        }}
        labels={{
          labelGrid: (month) => captionFormat.format(month),
          labelWeekday: (day) => weekdayLongFormat.format(day),
          labelDayButton: (day, modifiers) =>
            `${dayLabelFormat.format(day)}${modifiers.today ? ', today' : ''}${modifiers.selected ? ', chosen' : ''}`,
          labelNext: () => 'Next month',
          labelPrevious: () => 'Previous month',
        }}
      />
    </div>
  );
}

const captionFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'narrow' });
const weekdayLongFormat = new Intl.DateTimeFormat(locale, { weekday: 'long' });
const dayLabelFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });

function fromDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  // new Date(y, …) reads the years 0–99 as 1900–1999.
  date.setFullYear(y);
  return date;
}

function toDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The locale's first day of the week (Intl: 1 = Monday … 7 = Sunday); Monday where the browser cannot say. */
function weekStart(): WeekDay {
  try {
    const loc = new Intl.Locale(locale ?? 'en') as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = (loc.getWeekInfo?.() ?? loc.weekInfo)?.firstDay ?? 1;
    return (first % 7) as WeekDay;
  } catch {
    return 1;
  }
}
