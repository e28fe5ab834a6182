/**
 * The trash page's state: a sparse window over `trash.list`, newest deletion first, fetched a page at a time as
 * rows scroll into view. A reload keeps the old rows on screen until fresh ones arrive, so nothing flickers.
 */
import { create } from 'zustand';
import type { TrashItem, TrashKind } from '../../../shared/contract/trash';
import { api } from '../../api/client';

export const PAGE_SIZE = 100;

interface TrashState {
  /** null shows every kind. */
  kind: TrashKind | null;
  /** null until the first answer arrives. */
  total: number | null;
  rows: Record<number, TrashItem>;
  error: string | null;
  generation: number;
  stale: boolean;
  /** A fresh visit: every kind again, the last rows kept on screen until the first page arrives. */
  open: () => void;
  setKind: (kind: TrashKind | null) => void;
  reload: () => Promise<void>;
  ensureRange: (start: number, end: number) => void;
}

const inflight = new Set<string>();

export const useTrashStore = create<TrashState>((set, get) => {
  async function fetchPage(page: number, generation: number): Promise<void> {
    const key = `${generation}:${page}`;
    if (inflight.has(key)) return;
    inflight.add(key);
    try {
      const result = await api.call('trash.list', {
        kind: get().kind ?? undefined,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
      if (get().generation !== generation) return;
      const rows = get().stale ? {} : { ...get().rows };
      result.items.forEach((item, i) => (rows[page * PAGE_SIZE + i] = item));
      set({ rows, total: result.total, error: null, stale: false });
    } catch (error) {
      if (get().generation === generation) set({ error: (error as Error).message });
    } finally {
      inflight.delete(key);
    }
  }

  const restart = (patch: Partial<TrashState>, keepRows: boolean) => {
    set({ ...patch, ...(keepRows ? { stale: true } : { rows: {}, stale: false }), generation: get().generation + 1 });
    return fetchPage(0, get().generation);
  };

  return {
    kind: null,
    total: null,
    rows: {},
    error: null,
    generation: 0,
    stale: false,
    open: () => void restart({ kind: null }, get().kind === null),
    setKind: (kind) => void restart({ kind }, true),
    reload: () => restart({}, true),
    ensureRange(start, end) {
      const { rows, generation, stale } = get();
      if (stale) return;
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++) {
        if (rows[page * PAGE_SIZE] === undefined) void fetchPage(page, generation);
      }
    },
  };
});
