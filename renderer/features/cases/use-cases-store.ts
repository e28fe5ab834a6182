/**
 * The case list's state: a sparse window over a server-side sorted/filtered list, fetched a page at a time so
 * 100,000 cases cost what the visible rows cost.
 */
import { create } from 'zustand';
import type { Case, CaseListInput } from '../../../shared/contract/cases';
import type { Outcome } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';

export const PAGE_SIZE = 100;

type Sort = NonNullable<CaseListInput['sort']>;

/** Filters beyond search and outcome; empty strings mean "any". */
export interface CaseFilters {
  ownerId: string;
  competitorId: string;
  /** Set from an account's page (no list of 25,000 customers to pick from); its name is shown on the chip. */
  accountId: string;
  accountName: string;
  from: string;
  to: string;
}
export const noFilters: CaseFilters = {
  ownerId: '',
  competitorId: '',
  accountId: '',
  accountName: '',
  from: '',
  to: '',
};

interface CasesState {
  query: string;
  outcome: Outcome | '';
  filters: CaseFilters;
  sort: Sort;
  direction: 'asc' | 'desc';
  trash: boolean;
  total: number | null;
  rows: Record<number, Case>;
  error: string | null;
  generation: number;
  /** Rows belong to the previous generation and are shown only until fresh ones arrive. */
  stale: boolean;
  setQuery: (query: string) => void;
  setOutcome: (outcome: Outcome | '') => void;
  setFilters: (patch: Partial<CaseFilters>) => void;
  clearFilters: () => void;
  /** Every other filter cleared: only this customer's cases (from its power map). */
  showAccount: (accountId: string, accountName: string) => void;
  setSort: (sort: Sort) => void;
  setTrash: (trash: boolean) => void;
  reload: () => Promise<void>;
  ensureRange: (start: number, end: number) => void;
}

const inflight = new Set<string>();

export const useCasesStore = create<CasesState>((set, get) => {
  async function fetchPage(page: number, generation: number): Promise<void> {
    const key = `${generation}:${page}`;
    if (inflight.has(key)) return;
    inflight.add(key);
    const s = get();
    try {
      const result = await api.call('cases.list', {
        query: s.query || undefined,
        outcome: s.outcome || undefined,
        ownerId: s.filters.ownerId || undefined,
        competitorId: s.filters.competitorId || undefined,
        accountId: s.filters.accountId || undefined,
        from: s.filters.from || undefined,
        to: s.filters.to || undefined,
        sort: s.sort,
        direction: s.direction,
        trash: s.trash,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
      if (get().generation !== generation) return;
      // A reload keeps the old rows on screen until the first fresh page arrives, so nothing flickers.
      const rows = get().stale ? {} : { ...get().rows };
      result.items.forEach((item, i) => (rows[page * PAGE_SIZE + i] = item));
      set({ rows, total: result.total, error: null, stale: false });
    } catch (error) {
      if (get().generation === generation) set({ error: (error as Error).message });
    } finally {
      inflight.delete(key);
    }
  }

  const restart = (patch: Partial<CasesState>, keepRows = false) => {
    set({ ...patch, ...(keepRows ? { stale: true } : { rows: {}, stale: false }), generation: get().generation + 1 });
    return fetchPage(0, get().generation);
  };

  return {
    query: '',
    outcome: '',
    filters: noFilters,
    sort: 'updatedAt',
    direction: 'desc',
    trash: false,
    total: null,
    rows: {},
    error: null,
    generation: 0,
    stale: false,
    setQuery: (query) => void restart({ query }),
    setOutcome: (outcome) => void restart({ outcome }),
    setFilters: (patch) => void restart({ filters: { ...get().filters, ...patch } }),
    clearFilters: () => void restart({ query: '', outcome: '', filters: noFilters }),
    showAccount: (accountId, accountName) =>
      void restart({ query: '', outcome: '', trash: false, filters: { ...noFilters, accountId, accountName } }),
    setSort: (sort) => {
      const s = get();
      const direction =
        s.sort === sort
          ? s.direction === 'asc'
            ? 'desc'
            : 'asc'
          : sort === 'updatedAt' || sort === 'valueMinor'
            ? 'desc'
            : 'asc';
      void restart({ sort, direction });
    },
    setTrash: (trash) => {
      if (get().trash !== trash) void restart({ trash, total: null, query: '', outcome: '', filters: noFilters });
      // First visit: load, keeping any filter set on the way here (an account's "See the cases").
      else if (get().total === null) void restart({});
    },
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
