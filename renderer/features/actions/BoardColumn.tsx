import { useId, type ReactNode } from 'react';
import type { Action } from '../../../shared/contract/learning';
import { formatNumber } from '../../lib/format';
import { ActionCard, type CardCommands } from './ActionCard';
import type { Column } from './board';

/** How many cards a column shows before "Show more": a few hundred actions stay quick to scan and to tab through. */
export const CARDS_AT_ONCE = 20;

/** One column of the board: a heading with its count, an optional note, and its cards. */
export function BoardColumn(props: {
  column: Column;
  title: string;
  actions: Action[];
  limit: number;
  onMore: () => void;
  commands: CardCommands;
  empty: string;
  note?: ReactNode;
}) {
  const headingId = useId();
  const { actions, limit } = props;
  const rest = actions.length - limit;
  return (
    <section
      className={`board-column ${props.column}${actions.length === 0 ? ' is-empty' : ''}`}
      aria-labelledby={headingId}
      data-column={props.column}
    >
      <div className="board-column-head">
        <h2 id={headingId} tabIndex={-1}>
          {props.title}
        </h2>
        <span className="column-count num">
          {formatNumber(actions.length)}
          <span className="visually-hidden">{actions.length === 1 ? ' action' : ' actions'}</span>
        </span>
      </div>
      {props.note}
      {actions.length === 0 ? (
        <p className="column-empty muted">{props.empty}</p>
      ) : (
        <ul className="board-cards">
          {actions.slice(0, limit).map((action) => (
            <li key={action.id}>
              <ActionCard action={action} {...props.commands} />
            </li>
          ))}
        </ul>
      )}
      {rest > 0 ? (
        <button className="btn small show-more" onClick={props.onMore}>
          Show {formatNumber(Math.min(rest, CARDS_AT_ONCE))} more
          <span className="muted">· {formatNumber(rest)} hidden</span>
        </button>
      ) : null}
    </section>
  );
}
