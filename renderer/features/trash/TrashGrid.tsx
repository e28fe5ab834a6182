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
  const current = rows[props.active];
  const { virtualizer, items, gridProps, rowProps } = useVirtualGrid({
    idPrefix: 'trash',
    label: props.label,
    count,
    colCount: 4,
    active: props.active,
    rowHeight: ROW_H,
    onActiveChange: props.onActiveChange,
    keys: current ? { Enter: () => props.onRestore(current) } : {},
    loadRange: ensureRange,
    loaded: rows,
    overscan: 10,
  });

  return (
    <div className="grid panel trash-grid" {...gridProps}>
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
          return (
            <div key={v.key} {...rowProps(v)}>
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
