/**
 * A sparse window over a long server-side list (cases, the trash), fetched a page at a time as rows scroll into
 * view, so 100,000 rows cost what the visible ones cost. The paging half of a zustand store: the store adds its
 * own filters and calls `restart` when they change. Pages of an older generation (before the filters changed)
 * are dropped when they land; a reload keeps the old rows on screen until the first fresh page arrives, so
 * nothing flickers.
 * Changes with: renderer/features/cases/use-cases-store.ts, renderer/features/trash/use-trash-store.ts.
 */

export const PAGE_SIZE = 100;

export interface PagedRows<T> {
  /** null until the first answer arrives. */
  total: number | null;
  rows: Record<number, T>;
  error: string | null;
  generation: number;
  /** Rows belong to the previous generation and are shown only until fresh ones arrive. */
  stale: boolean;
  /** Fetch again with the same filters, the rows kept on screen meanwhile. */
  reload: () => Promise<void>;
  /** Fetch the pages holding rows start..end that are not loaded yet. */
  ensureRange: (start: number, end: number) => void;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * The paging state and actions for a store of state `S`. `fetchPage` reads the store's filters from the state it
 * is given. `restart(patch)` applies a change of filters and loads the first page of the new generation.
 */
export function pagedList<T, S extends PagedRows<T>>(
  set: (patch: Partial<S>) => void,
  get: () => S,
  fetchPage: (state: S, offset: number, limit: number) => Promise<Page<T>>,
): { initial: PagedRows<T>; restart: (patch: Partial<S>, keepRows?: boolean) => Promise<void> } {
  const inflight = new Set<string>();
  // S extends PagedRows<T>, so the paging keys hold these types; TypeScript cannot see that through the generic.
  const paging = (patch: Partial<PagedRows<T>>) => patch as Partial<S>;

  async function load(page: number, generation: number): Promise<void> {
    const key = `${generation}:${page}`;
    if (inflight.has(key)) return;
    inflight.add(key);
    try {
      const result = await fetchPage(get(), page * PAGE_SIZE, PAGE_SIZE);
      if (get().generation !== generation) return;
      const rows = get().stale ? {} : { ...get().rows };
      result.items.forEach((item, i) => (rows[page * PAGE_SIZE + i] = item));
      set(paging({ rows, total: result.total, error: null, stale: false }));
    } catch (error) {
      if (get().generation === generation) set(paging({ error: (error as Error).message }));
    } finally {
      inflight.delete(key);
    }
  }

  const restart = (patch: Partial<S>, keepRows = false) => {
    const window = keepRows ? { stale: true } : { rows: {}, stale: false };
    set({ ...patch, ...paging({ ...window, generation: get().generation + 1 }) });
    return load(0, get().generation);
  };

  return {
    restart,
    initial: {
      total: null,
      rows: {},
      error: null,
      generation: 0,
      stale: false,
      reload: () => restart({}, true),
      ensureRange(start, end) {
        const { rows, generation, stale } = get();
        if (stale) return;
        for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++) {
          if (rows[page * PAGE_SIZE] === undefined) void load(page, generation);
        }
      },
    },
  };
}
