import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePageKeys } from '../../components/use-page-keys';
import { Link } from 'wouter';
import type { Action } from '../../../shared/contract/learning';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { formatNumber } from '../../lib/format';
import { useVocab } from '../../lib/vocab';
import { ActionDialog } from './ActionDialog';
import type { CardCommands } from './ActionCard';
import { attempt, deleteWithUndo, drop, markDone, reopen } from './action-commands';
import { BoardColumn, CARDS_AT_ONCE } from './BoardColumn';
import { BoardToolbar } from './BoardToolbar';
import { columnOf, matches, noFilter, toBoard, type Board, type BoardFilter, type Column } from './board';
import { EmptyBoard } from './EmptyBoard';
import { useActionsStore } from './use-actions-store';
import { useCaseTitles } from './use-case-titles';
import '../../styles/actions.css';

type Editing = { existing: Action | null } | null;

/** Writes that change what a card shows: its own fields, its lessons, and the names of owners and scopes. */
const boardEntities = new Set(['actions', 'lessons', 'team', 'competitors', 'vocabulary']);
const firstLimits: Record<Column, number> = {
  overdue: CARDS_AT_ONCE,
  open: CARDS_AT_ONCE,
  done: CARDS_AT_ONCE,
  dropped: CARDS_AT_ONCE,
};

/**
 * The actions board: overdue first, then open, then done (each done action is measured by the review); dropped
 * ones behind a toggle. `N` adds an action, `/` finds one; every change can be undone from its toast or Ctrl+Z.
 */
export function ActionsPage() {
  const { actions, error, reload } = useActionsStore();
  const { vocab, load: loadVocab } = useVocab();
  const [filter, setFilter] = useState<BoardFilter>(noFilter);
  const [showDropped, setShowDropped] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [limits, setLimits] = useState(firstLimits);
  const boardRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** The action that should have the focus once the board shows it (after a save or a move). */
  const focusRequest = useRef<string | null>(null);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    if (!vocab) void loadVocab();
  }, [vocab, loadVocab]);
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.some((e) => boardEntities.has(e))) void reload();
        if (entities.includes('cases')) useCaseTitles.getState().clear();
      }),
    [reload],
  );

  const openNew = useCallback(() => setEditing({ existing: null }), []);
  usePageKeys({
    paused: Boolean(editing),
    onNew: openNew,
  });

  const board = useMemo(() => (actions ? toBoard(actions, filter) : null), [actions, filter]);

  // Focus follows the action once it is on screen; a zero timeout lets a closing dialog hand focus back first.
  useEffect(() => {
    const id = focusRequest.current;
    if (!id || !board) return;
    const target = boardRef.current?.querySelector<HTMLElement>(`[data-action-id="${id}"]`);
    if (target) {
      focusRequest.current = null;
      setTimeout(() => target.focus());
      return;
    }
    // Past its column's "Show more": show enough of the column to include it.
    for (const column of Object.keys(board) as Column[]) {
      const at = board[column].findIndex((a) => a.id === id);
      if (at >= limits[column])
        setLimits((l) => ({ ...l, [column]: Math.ceil((at + 1) / CARDS_AT_ONCE) * CARDS_AT_ONCE }));
    }
  });

  const commands = useMemo<CardCommands>(() => {
    // The card is leaving the board's view: focus moves to its neighbour, or to its column's heading.
    const neighbourOf = (action: Action): HTMLElement | null => {
      const card = boardRef.current?.querySelector<HTMLElement>(`[data-action-id="${action.id}"]`);
      const item = card?.closest('li');
      const next = item?.nextElementSibling ?? item?.previousElementSibling;
      return (
        next?.querySelector<HTMLElement>('[data-action-id]') ?? card?.closest('section')?.querySelector('h2') ?? null
      );
    };
    const leave = async (action: Action, what: string, run: () => Promise<unknown>) => {
      const neighbour = neighbourOf(action);
      if ((await attempt(what, run)) !== undefined) neighbour?.focus();
    };
    return {
      onEdit: (action) => setEditing({ existing: action }),
      onMarkDone: (action) => void attempt('mark it done', () => markDone(action)).then(follow),
      onReopen: (action) => void attempt('reopen it', () => reopen(action)).then(follow),
      onDrop: (action) => void leave(action, 'drop it', () => drop(action)),
      onDelete: (action) => void leave(action, 'delete it', () => deleteWithUndo(action).then(() => true)),
    };
    // `follow` reads the filter through a ref, so the commands stay the same and the cards need not re-render.
  }, []);

  /** Makes sure a saved or moved action is visible (filters, the dropped toggle) and gives it the focus. */
  function follow(saved: Action | undefined) {
    if (!saved) return;
    focusRequest.current = saved.id;
    if (!matches(saved, filterRef.current)) setFilter(noFilter);
    if (columnOf(saved) === 'dropped') setShowDropped(true);
  }

  const total = actions?.length ?? 0;
  const filtered = Boolean(filter.query.trim() || filter.ownerId);
  const more = (column: Column) => () => setLimits((l) => ({ ...l, [column]: l[column] + CARDS_AT_ONCE }));
  const newAction = () => setEditing({ existing: null });

  return (
    <>
      <header className="page-head">
        <h1>Actions</h1>
        <span className="muted num" aria-live="polite" data-testid="action-count">
          {board && total > 0 ? summary(board, filtered) : ''}
        </span>
        <span className="spacer" />
        <button className="btn primary" onClick={newAction}>
          New action <kbd>N</kbd>
        </button>
      </header>
      <div className="page-body actions-body">
        {error ? (
          <div className="banner error" role="alert">
            Could not load actions: {error}{' '}
            <button className="btn small" onClick={() => void reload()}>
              Try again
            </button>
          </div>
        ) : null}
        {board === null ? null : total === 0 ? (
          <EmptyBoard onNew={newAction} />
        ) : (
          <>
            <BoardToolbar
              filter={filter}
              onFilter={setFilter}
              searchRef={searchRef}
              dropped={board.dropped.length}
              showDropped={showDropped}
              onToggleDropped={() => setShowDropped(!showDropped)}
            />
            {filtered && Object.values(board).every((column) => column.length === 0) ? (
              <div className="empty panel">
                <h2>No actions match</h2>
                <p>Try another word or owner.</p>
                <button className="btn" onClick={() => setFilter(noFilter)}>
                  Clear filters
                </button>
              </div>
            ) : (
              <div ref={boardRef} className="board-wrap">
                <div className="board">
                  <BoardColumn
                    column="overdue"
                    title="Overdue"
                    actions={board.overdue}
                    limit={limits.overdue}
                    onMore={more('overdue')}
                    commands={commands}
                    empty="Nothing overdue."
                  />
                  <BoardColumn
                    column="open"
                    title="Open"
                    actions={board.open}
                    limit={limits.open}
                    onMore={more('open')}
                    commands={commands}
                    empty={board.overdue.length > 0 ? 'Nothing else open.' : 'Nothing open.'}
                  />
                  <BoardColumn
                    column="done"
                    title="Done"
                    actions={board.done}
                    limit={limits.done}
                    onMore={more('done')}
                    commands={commands}
                    empty="Nothing done yet."
                    note={
                      <p className="column-note">
                        The <Link href="/review">Review</Link> compares the win rate of each action’s scope before and
                        after its done date. Done on another day? Edit the action.
                      </p>
                    }
                  />
                </div>
                <div id="dropped-actions" hidden={!showDropped}>
                  {showDropped ? (
                    <BoardColumn
                      column="dropped"
                      title="Dropped"
                      actions={board.dropped}
                      limit={limits.dropped}
                      onMore={more('dropped')}
                      commands={commands}
                      empty="Nothing dropped."
                      note={<p className="column-note">Decided against. Reopen one to put it back on the board.</p>}
                    />
                  ) : null}
                </div>
              </div>
            )}
            <p className="hint muted">
              <kbd>N</kbd> new action · <kbd>/</kbd> find anything · <kbd>Tab</kbd> through the cards ·{' '}
              <kbd>Ctrl Z</kbd> undo
            </p>
          </>
        )}
      </div>
      <ActionDialog
        open={editing !== null}
        existing={editing?.existing ?? null}
        onClose={(saved) => {
          const wasNew = editing?.existing === null;
          setEditing(null);
          if (!saved) return;
          useActionsStore.getState().put(saved);
          follow(saved);
          useToasts.getState().show({ message: `${wasNew ? 'Added' : 'Saved'} “${saved.title}”` }, 3000);
        }}
      />
    </>
  );
}

function summary(board: Board, filtered: boolean): string {
  const parts = [
    board.overdue.length ? `${formatNumber(board.overdue.length)} overdue` : '',
    `${formatNumber(board.open.length)} open`,
    `${formatNumber(board.done.length)} done`,
  ].filter(Boolean);
  return parts.join(' · ') + (filtered ? ' match' : '');
}
