/**
 * What every virtualised grid (cases, accounts, trash) shares: the grid element is its own scroll container
 * (one tab stop that also scrolls: axe's scrollable-region rule), a sticky header of GRID_HEAD_H above the
 * rows, the active row kept in view, the moves ↑/↓/PageUp/PageDown/Home/End plus each grid's own keys on the
 * active row, the ARIA grid pattern (aria-activedescendant on the grid, row indices counting the header row,
 * aria-selected on the active row), and for grids loaded page by page, fetching the rows in view.
 * A grid spreads `gridProps` on its scroll container and `rowProps(v)` on each row; it renders its own header
 * and cells.
 * Changes with: renderer/styles/layout.css (.grid, .grid-head, .grid-body), CaseGrid, AccountGrid, TrashGrid.
 */
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';

/** The sticky header's height (.grid-head in layout.css): rows start below it in the scroll container. */
export const GRID_HEAD_H = 38;

export interface VirtualGridOptions {
  /** Row ids are `${idPrefix}-row-${index}`: what aria-activedescendant points at. */
  idPrefix: string;
  label: string;
  count: number;
  colCount: number;
  active: number;
  rowHeight: number;
  onActiveChange: (index: number) => void;
  /** Keys acting on the active row (e.g. Enter opens it); each handled key's default is prevented. */
  keys?: Partial<Record<string, () => void>>;
  /** Leave keys pressed with Ctrl, ⌘ or Alt to the page (its shortcuts) rather than to the grid. */
  ignoreModifiedKeys?: boolean;
  /** For a grid loaded page by page: fetch rows first..last once they are in view. */
  loadRange?: (first: number, last: number) => void;
  /** The loaded rows; when they change (a reload emptied them) the rows in view are fetched again. */
  loaded?: unknown;
  overscan?: number;
}

export function useVirtualGrid(opts: VirtualGridOptions) {
  const { count, active, rowHeight, onActiveChange, loadRange, loaded } = opts;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: opts.overscan ?? 12,
    scrollMargin: GRID_HEAD_H,
    scrollPaddingStart: GRID_HEAD_H,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) virtualizer.scrollToIndex(Math.min(active, count - 1), { align: 'auto' });
  }, [active, count, virtualizer]);

  useEffect(() => {
    if (count > 0) loadRange?.(first, last);
  }, [first, last, count, loadRange, loaded]);

  /** Moves the active row for a movement key; true when the key was one. */
  function handleMove(e: KeyboardEvent<HTMLElement>): boolean {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 440) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -Infinity,
      End: Infinity,
    };
    const move = moves[e.key];
    if (move === undefined || count === 0) return false;
    e.preventDefault();
    onActiveChange(Math.max(0, Math.min(count - 1, active + move)));
    return true;
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (opts.ignoreModifiedKeys && (e.ctrlKey || e.metaKey || e.altKey)) return;
    if (handleMove(e)) return;
    const action = opts.keys?.[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  const gridProps = {
    ref: scrollRef,
    role: 'grid',
    'aria-label': opts.label,
    // The header is row 1.
    'aria-rowcount': count + 1,
    'aria-colcount': opts.colCount,
    tabIndex: 0,
    'aria-activedescendant': count > 0 ? `${opts.idPrefix}-row-${Math.min(active, count - 1)}` : undefined,
    onKeyDown,
  };

  /** A row's id, ARIA and place inside the body (the virtualizer counts from the top of the scroll container). */
  const rowProps = (v: VirtualItem) => ({
    id: `${opts.idPrefix}-row-${v.index}`,
    role: 'row',
    'aria-rowindex': v.index + 2,
    'aria-selected': v.index === active,
    className: `grid-row${v.index === active ? ' active' : ''}`,
    style: { transform: `translateY(${v.start - GRID_HEAD_H}px)` },
    onClick: () => onActiveChange(v.index),
  });

  return { virtualizer, items, gridProps, rowProps };
}
