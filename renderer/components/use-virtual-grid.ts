/**
 * What every virtualised grid (cases, accounts, trash) shares: the grid element is its own scroll container
 * (one tab stop that also scrolls: axe's scrollable-region rule), a sticky header of GRID_HEAD_H above the
 * rows, the active row kept in view, and the moves ↑/↓/PageUp/PageDown/Home/End.
 * Changes with: renderer/styles/layout.css (.grid, .grid-head, .grid-body).
 */
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';

/** The sticky header's height (.grid-head in layout.css): rows start below it in the scroll container. */
export const GRID_HEAD_H = 38;

export function useVirtualGrid(opts: {
  count: number;
  active: number;
  rowHeight: number;
  onActiveChange: (index: number) => void;
  overscan?: number;
}) {
  const { count, active, rowHeight, onActiveChange } = opts;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: opts.overscan ?? 12,
    scrollMargin: GRID_HEAD_H,
    scrollPaddingStart: GRID_HEAD_H,
  });

  useEffect(() => {
    if (count > 0) virtualizer.scrollToIndex(Math.min(active, count - 1), { align: 'auto' });
  }, [active, count, virtualizer]);

  /** Moves the active row for a movement key; true when the key was one (the caller handles the rest). */
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

  /** A row's place inside the body (the virtualizer counts from the top of the scroll container). */
  const rowStyle = (v: VirtualItem) => ({ transform: `translateY(${v.start - GRID_HEAD_H}px)` });

  return { scrollRef, virtualizer, handleMove, rowStyle };
}
