import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import type { TodayItem } from '../../../shared/contract/today';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { formatDay } from '../../lib/format';
import { addDays } from '../../lib/day-steps';
import { NextStepForm } from './NextStepForm';
import { useToday } from './use-today';
import '../../styles/today.css';

const kindLabels: Record<TodayItem['kind'], string> = {
  nextStep: 'Next step',
  expectedClose: 'Expected close passed',
  action: 'Action due',
};

const lateness = (item: TodayItem) =>
  item.overdueDays === 0 ? 'Today' : `${item.overdueDays} day${item.overdueDays === 1 ? '' : 's'} late`;

/**
 * The seller's day: next steps due or late, open cases past their expected close, and actions due, oldest
 * first. ↑/↓ choose; D done, T tomorrow, W next week, Enter opens. A next step done asks for the next one.
 */
export function TodayPage() {
  const { items, today, error, load } = useToday();
  const [active, setActive] = useState(0);
  const [asking, setAsking] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [, navigate] = useLocation();

  useEffect(() => void load(), [load]);
  const list = items ?? [];
  const current = list[Math.min(active, list.length - 1)];

  useEffect(() => {
    if (!asking) listRef.current?.querySelector<HTMLElement>('[data-active=true]')?.focus();
  }, [active, asking, items]);

  async function act(item: TodayItem, run: () => Promise<unknown>, message: string) {
    try {
      await run();
      useToasts.getState().show({ message }, 4000);
      await load();
    } catch (e) {
      useToasts.getState().show({ message: `Could not save: ${(e as Error).message}` });
    }
  }

  const move = (item: TodayItem, days: number) =>
    void act(
      item,
      () => api.call('today.reschedule', { kind: item.kind, id: item.id, on: addDays(today ?? item.due, days) }),
      `“${item.label}” moved to ${formatDay(addDays(today ?? item.due, days))}`,
    );

  function done(item: TodayItem) {
    if (item.kind === 'nextStep') return setAsking(item.id);
    if (item.kind === 'expectedClose') return navigate(`/cases/${item.id}/debrief`);
    void act(item, () => api.call('today.done', { kind: 'action', id: item.id }), `“${item.label}” done`);
  }

  function onKey(e: KeyboardEvent<HTMLUListElement>) {
    if (!current || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const handlers: Record<string, () => void> = {
      arrowdown: () => setActive((i) => Math.min(i + 1, list.length - 1)),
      arrowup: () => setActive((i) => Math.max(i - 1, 0)),
      home: () => setActive(0),
      end: () => setActive(list.length - 1),
      enter: () => navigate(current.href),
      d: () => done(current),
      t: () => move(current, 1),
      w: () => move(current, 7),
    };
    const handler = handlers[key];
    if (!handler) return;
    e.preventDefault();
    handler();
  }

  return (
    <>
      <header className="page-head">
        <h1>Today</h1>
        <span className="muted" aria-live="polite" data-testid="today-count">
          {items === null ? '' : list.length === 0 ? 'Nothing due' : `${list.length} due`}
          {today ? ` · ${formatDay(today)}` : ''}
        </span>
      </header>
      <div className="page-body today">
        {error ? (
          <div className="banner error" role="alert">
            Could not read today’s list: {error}
          </div>
        ) : null}
        {items !== null && list.length === 0 ? (
          <div className="empty panel">
            <h2>Nothing has come due</h2>
            <p>Give every open case a next step and its date; it shows here on that day.</p>
          </div>
        ) : null}
        {list.length > 0 ? (
          <>
            <ul ref={listRef} className="today-list panel" aria-label="Due today" onKeyDown={onKey}>
              {list.map((item, i) => {
                const selected = item === current;
                const key = `${item.kind}-${item.id}`;
                return (
                  <li
                    key={key}
                    id={`today-${key}`}
                    data-active={selected}
                    aria-label={`${kindLabels[item.kind]}: ${item.label}, ${lateness(item)}`}
                    tabIndex={selected ? 0 : -1}
                    className={`today-item${selected ? ' active' : ''}`}
                    onClick={() => setActive(i)}
                    onFocus={(e) => {
                      if (e.target === e.currentTarget) setActive(i);
                    }}
                  >
                    <span className={`today-kind ${item.kind}`}>{kindLabels[item.kind]}</span>
                    <span className="today-main">
                      <a href={`#${item.href}`} tabIndex={-1} className="today-label">
                        {item.label}
                      </a>
                      <span className="muted today-context">{item.context}</span>
                    </span>
                    <span className={`today-when${item.overdueDays > 0 ? ' late' : ''}`}>
                      {lateness(item)}
                      <span className="muted num"> · {formatDay(item.due)}</span>
                    </span>
                    <span className="today-buttons">
                      <button className="btn small" tabIndex={-1} onClick={() => done(item)}>
                        {item.kind === 'expectedClose' ? 'Close…' : 'Done'} <kbd>D</kbd>
                      </button>
                      <button className="btn small" tabIndex={-1} onClick={() => move(item, 1)}>
                        Tomorrow <kbd>T</kbd>
                      </button>
                      <button className="btn small" tabIndex={-1} onClick={() => move(item, 7)}>
                        Next week <kbd>W</kbd>
                      </button>
                    </span>
                    {asking === item.id && item.kind === 'nextStep' ? (
                      <NextStepForm
                        today={today ?? item.due}
                        onCancel={() => setAsking(null)}
                        onSave={(nextStep, nextStepOn) => {
                          setAsking(null);
                          void act(
                            item,
                            () => api.call('today.done', { kind: 'nextStep', id: item.id, nextStep, nextStepOn }),
                            nextStep ? `Done. Next: “${nextStep}”` : `“${item.label}” done`,
                          );
                        }}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <p className="hint muted">
              <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>D</kbd> done · <kbd>T</kbd> tomorrow · <kbd>W</kbd> next week ·{' '}
              <kbd>Enter</kbd> open
            </p>
          </>
        ) : null}
      </div>
    </>
  );
}
