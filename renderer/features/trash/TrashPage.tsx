import { useEffect, useRef, useState, type RefObject } from 'react';
import { trashKinds, type TrashItem, type TrashKind } from '../../../shared/contract/trash';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { formatNumber } from '../../lib/format';
import { deleteAgain, kindLabels } from './kinds';
import { TrashGrid } from './TrashGrid';
import { useTrashStore } from './use-trash-store';
import '../../styles/trash.css';

/** Writes that put something in the trash, take it out, or rename what a row shows. */
const trashEntities = new Set(['cases', 'people', 'lessons', 'actions', 'accounts', 'competitors', 'vocabulary']);

const filters: { kind: TrashKind | null; label: string }[] = [
  { kind: null, label: 'All' },
  ...trashKinds.map((kind) => ({ kind, label: kindLabels[kind].many })),
];

/**
 * Everything deleted — cases, stakeholders, lessons and actions — waits here, newest first, until it is
 * restored, so nothing is ever lost by a slip of the Delete key. Enter (or the row's button) restores.
 */
export function TrashPage() {
  const { kind: chosenKind, total, stale, error, open, setKind, reload } = useTrashStore();
  // The rows (and their total) of the previous filter stay on screen until the new one's arrive; the count and
  // the grid's name follow the rows on screen, not the radio just chosen, so they never disagree.
  const [kind, setShownKind] = useState(chosenKind);
  if (!stale && kind !== chosenKind) setShownKind(chosenKind);
  const [active, setActive] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  const emptyRef = useRef<HTMLHeadingElement>(null);
  /** Set by a restore: once the fresh list is on screen, the keyboard goes back to it (or to the empty state). */
  const refocus = useRef(false);

  useEffect(() => open(), [open]);
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.some((e) => trashEntities.has(e))) void reload();
      }),
    [reload],
  );
  // The list shrinks under the selection when something is restored (here or elsewhere).
  useEffect(() => {
    if (total !== null && active > Math.max(0, total - 1)) setActive(Math.max(0, total - 1));
  }, [total, active]);

  useEffect(() => {
    if (!refocus.current || useTrashStore.getState().stale) return;
    refocus.current = false;
    (gridRef.current?.querySelector<HTMLElement>('[role=grid]') ?? emptyRef.current)?.focus();
  });

  async function restore(item: TrashItem) {
    try {
      await api.call('trash.restore', { kind: item.kind, id: item.id });
      refocus.current = true;
      await reload();
      useToasts.getState().show({
        message: `Restored “${shorten(item.title)}”`,
        action: { label: 'Undo', run: () => deleteAgain(item) },
      });
    } catch (e) {
      useToasts.getState().show({ message: `Could not restore: ${(e as Error).message}` });
    }
  }

  return (
    <>
      <header className="page-head">
        <h1>Trash</h1>
        <span className="muted num" aria-live="polite" data-testid="trash-count">
          {total === null ? '' : countLabel(total, kind)}
        </span>
      </header>
      <div className="page-body">
        {/* Over an empty trash there is nothing to narrow. */}
        {total === 0 && kind === null ? null : (
          <div className="toolbar">
            <div role="radiogroup" aria-label="Show" className="kind-filter">
              {filters.map((f) => (
                <label key={f.label} className={chosenKind === f.kind ? 'on' : undefined}>
                  <input
                    type="radio"
                    name="trash-kind"
                    checked={chosenKind === f.kind}
                    onChange={() => {
                      setActive(0);
                      setKind(f.kind);
                    }}
                  />
                  <span>{f.label}</span>
                </label>
              ))}
            </div>
          </div>
        )}
        {error ? (
          <div className="banner error" role="alert">
            Could not load the trash: {error}{' '}
            <button className="btn small" onClick={() => void reload()}>
              Try again
            </button>
          </div>
        ) : null}
        {total === 0 ? (
          <EmptyTrash
            kind={kind}
            headingRef={emptyRef}
            onShowAll={() => {
              setActive(0);
              setKind(null);
            }}
          />
        ) : total === null ? null : (
          <div ref={gridRef} className="grid-wrap">
            <TrashGrid
              label={kind ? `Deleted ${plural(kind)}` : 'Deleted cases, stakeholders, lessons and actions'}
              active={active}
              onActiveChange={setActive}
              onRestore={(item) => void restore(item)}
            />
          </div>
        )}
        {total ? (
          <p className="hint muted">
            <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> restores · <kbd>Ctrl Z</kbd> undoes a restore
          </p>
        ) : null}
      </div>
    </>
  );
}

function EmptyTrash(props: {
  kind: TrashKind | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onShowAll: () => void;
}) {
  const { kind, headingRef } = props;
  if (!kind) {
    return (
      <div className="empty panel trash-empty">
        <h2 ref={headingRef} tabIndex={-1}>
          The trash is empty
        </h2>
        <p>Deleted cases, stakeholders, lessons and actions wait here until you restore them.</p>
      </div>
    );
  }
  const many = plural(kind);
  return (
    <div className="empty panel trash-empty">
      <h2 ref={headingRef} tabIndex={-1}>
        No deleted {many}
      </h2>
      <p>Deleted {many} wait here until you restore them.</p>
      <button className="btn" onClick={props.onShowAll}>
        Show everything
      </button>
    </div>
  );
}

const plural = (kind: TrashKind) => kindLabels[kind].many.toLocaleLowerCase();

/** "1 deleted item", "3 deleted stakeholders". */
function countLabel(count: number, kind: TrashKind | null): string {
  const one = count === 1;
  const noun = kind ? kindLabels[kind][one ? 'one' : 'many'].toLocaleLowerCase() : one ? 'item' : 'items';
  return `${formatNumber(count)} deleted ${noun}`;
}

/** A lesson can run to a paragraph: the toast names its start. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
