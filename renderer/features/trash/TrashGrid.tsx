import { useEffect, type KeyboardEvent } from 'react';
import { useVirtualGrid } from '../../components/use-virtual-grid';
import type { TrashItem } from '../../../shared/contract/trash';
import { formatDateTime } from '../../lib/format';
import { describeContext, describeDeleted, kindLabels } from './kinds';
import { useTrashStore } from './use-trash-store';

/** Two lines: what it is, and where it belonged (trash.css sets the same --row-h). */
const ROW_H = 60;

/**
 * Everything deleted, newest first, in one keyboard-driven grid: a single tab stop, ↑/↓/Home/End/PageUp/PageDown
 * move, Enter restores. Virtualised, with pages fetched as they scroll into view, like the case grid.
 */
export function TrashGrid(props: {
  label: string;
  active: number;
  onActiveChange: (index: number) => void;
  onRestore: (item: TrashItem) => void;
}) {
  const { total, rows, ensureRange } = useTrashStore();
  const count = total ?? 0;
  const { scrollRef, virtualizer, handleMove, rowStyle } = useVirtualGrid({
    count,
    active: props.active,
    rowHeight: ROW_H,
    onActiveChange: props.onActiveChange,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) ensureRange(first, last);
  }, [first, last, count, ensureRange, rows]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (handleMove(e)) return;
    const current = rows[props.active];
    if (current && e.key === 'Enter') {
      e.preventDefault();
      props.onRestore(current);
    }
  }

  return (
    <div
      className="grid panel trash-grid"
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={count + 1}
      aria-colcount={4}
      tabIndex={0}
      aria-activedescendant={count > 0 ? `trash-row-${props.active}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="grid-head" role="row" aria-rowindex={1}>
        <div role="columnheader">Kind</div>
        <div role="columnheader">Item</div>
        <div role="columnheader">Deleted</div>
        <div role="columnheader" className="right">
          <span className="visually-hidden">Restore</span>
        </div>
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const item = rows[v.index];
          const active = v.index === props.active;
          return (
            <div
              key={v.key}
              id={`trash-row-${v.index}`}
              role="row"
              aria-rowindex={v.index + 2}
              aria-selected={active}
              className={`grid-row${active ? ' active' : ''}`}
              style={rowStyle(v)}
              onClick={() => props.onActiveChange(v.index)}
            >
              {item ? <Cells item={item} onRestore={() => props.onRestore(item)} /> : <Loading />}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Cells({ item, onRestore }: { item: TrashItem; onRestore: () => void }) {
  const deleted = describeDeleted(item.deletedAt);
  const context = describeContext(item);
  const kind = kindLabels[item.kind].one;
  return (
    <>
      <div role="gridcell">
        <span className={`badge trash-kind ${item.kind}`}>{kind}</span>
      </div>
      <div role="gridcell" className="trash-item">
        <span className="title" title={item.title}>
          {item.title}
        </span>
        {context ? (
          <span className="muted trash-context" title={context}>
            {context}
          </span>
        ) : null}
      </div>
      <div role="gridcell" className="trash-deleted">
        <time dateTime={item.deletedAt} title={formatDateTime(item.deletedAt)}>
          {deleted.relative}
          <span className="muted"> · {deleted.day}</span>
        </time>
      </div>
      <div role="gridcell" className="right">
        <button
          className="btn small"
          tabIndex={-1}
          aria-label={`Restore ${kind.toLocaleLowerCase()} “${item.title}”`}
          onClick={(e) => {
            e.stopPropagation();
            onRestore();
          }}
        >
          Restore
        </button>
      </div>
    </>
  );
}

function Loading() {
  return (
    <div role="gridcell" className="muted loading-cell">
      Loading…
    </div>
  );
}
