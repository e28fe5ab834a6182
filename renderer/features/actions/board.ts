/** Splits the actions into the board's columns, filtered and in the order each column reads best. */
import type { Action } from '../../../shared/contract/learning';

export type Column = 'overdue' | 'open' | 'done' | 'dropped';
export type Board = Record<Column, Action[]>;

export interface BoardFilter {
  /** Words to find in the title, the scope or the lessons behind it. */
  query: string;
  /** '' for anyone, 'none' for actions nobody owns yet, else a team member's id. */
  ownerId: string;
}

export const noFilter: BoardFilter = { query: '', ownerId: '' };

export function columnOf(action: Action): Column {
  if (action.status === 'open') return action.overdue ? 'overdue' : 'open';
  return action.status;
}

export function matches(action: Action, filter: BoardFilter): boolean {
  if (filter.ownerId === 'none' ? action.ownerId !== null : filter.ownerId && action.ownerId !== filter.ownerId)
    return false;
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [action.title, action.scopeLabel, action.ownerName ?? '', ...action.lessons.map((l) => l.text)]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((w) => text.includes(w));
}

const byTitle = (a: Action, b: Action) => a.title.localeCompare(b.title);
/** Soonest due first (the most overdue on top), no due date last. */
const byDue = (a: Action, b: Action) =>
  a.dueOn === b.dueOn ? byTitle(a, b) : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
/** Most recently done first: the ones whose effect the review can start to show. */
const byDone = (a: Action, b: Action) =>
  a.doneOn === b.doneOn ? byTitle(a, b) : (a.doneOn ?? '') > (b.doneOn ?? '') ? -1 : 1;

export function toBoard(actions: Action[], filter: BoardFilter): Board {
  const board: Board = { overdue: [], open: [], done: [], dropped: [] };
  for (const action of actions) if (matches(action, filter)) board[columnOf(action)].push(action);
  board.overdue.sort(byDue);
  board.open.sort(byDue);
  board.done.sort(byDone);
  board.dropped.sort(byTitle);
  return board;
}
