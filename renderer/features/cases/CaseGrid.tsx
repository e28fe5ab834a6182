import { useEffect, type KeyboardEvent } from 'react';
import { useVirtualGrid } from '../../components/use-virtual-grid';
import type { Case } from '../../../shared/contract/cases';
import { OutcomeBadge } from '../../components/OutcomeBadge';
import { formatDate, formatMoney } from '../../lib/format';
import { useCasesStore } from './use-cases-store';

type SortKey = 'title' | 'accountName' | 'valueMinor' | 'outcome' | 'updatedAt';
const columns: { key: SortKey; label: string; className?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'accountName', label: 'Customer' },
  { key: 'valueMinor', label: 'Value', className: 'right' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'updatedAt', label: 'Updated', className: 'right' },
];

/**
 * A keyboard-driven, virtualised grid: only the visible rows exist in the DOM, and their pages are fetched as
 * they scroll into view. ↑/↓/Home/End/PageUp/PageDown move, Enter opens, Delete moves to the trash.
 */
export function CaseGrid(props: {
  active: number;
  onActiveChange: (index: number) => void;
  onOpen: (item: Case) => void;
  onDelete: (item: Case) => void;
  label: string;
}) {
  const { total, rows, sort, direction, setSort, ensureRange } = useCasesStore();
  const count = total ?? 0;
  const { scrollRef, virtualizer, handleMove, rowStyle } = useVirtualGrid({
    count,
    active: props.active,
    rowHeight: 44,
    onActiveChange: props.onActiveChange,
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
    if (!current) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpen(current);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onDelete(current);
    }
  }

  return (
    <div
      className="grid panel"
      ref={scrollRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
      tabIndex={0}
      aria-activedescendant={count > 0 ? `case-row-${props.active}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="grid-head" role="row" aria-rowindex={1}>
        {columns.map((c) => (
          <div
            key={c.key}
            role="columnheader"
            className={c.className}
            aria-sort={sort === c.key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <button className="sort" tabIndex={-1} onClick={() => setSort(c.key)}>
              {c.label}
              <span aria-hidden="true">{sort === c.key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
            </button>
          </div>
        ))}
      </div>
      <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const item = rows[v.index];
          return (
            <div
              key={v.key}
              id={`case-row-${v.index}`}
              role="row"
              aria-rowindex={v.index + 2}
              aria-selected={v.index === props.active}
              className={`grid-row${v.index === props.active ? ' active' : ''}`}
              style={rowStyle(v)}
              onClick={() => props.onActiveChange(v.index)}
              onDoubleClick={() => item && props.onOpen(item)}
            >
              {item ? (
                <>
                  <div role="gridcell" className="title">
                    {item.title}
                  </div>
                  <div role="gridcell" className="muted">
                    {item.accountName}
                  </div>
                  <div role="gridcell" className="right num">
                    {formatMoney(item.valueMinor, item.currency)}
                  </div>
                  <div role="gridcell">
                    <OutcomeBadge outcome={item.outcome} debrief={item.debrief} />
                  </div>
                  <div role="gridcell" className="right muted num">
                    {formatDate(item.deletedAt ?? item.updatedAt)}
                  </div>
                </>
              ) : (
                <div role="gridcell" className="muted loading-cell">
                  Loading…
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
