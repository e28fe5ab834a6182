/**
 * The case list's state: a sparse window over a server-side sorted/filtered list, fetched a page at a time so
 * 100,000 cases cost what the visible rows cost (renderer/lib/paged-list.ts).
 */
import { create } from 'zustand';
import type { Case, CaseListInput } from '../../../shared/contract/cases';
import type { Outcome } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { pagedList, type PagedRows } from '../../lib/paged-list';

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

interface CasesState extends PagedRows<Case> {
  query: string;
  outcome: Outcome | '';
  filters: CaseFilters;
  sort: Sort;
  direction: 'asc' | 'desc';
  trash: boolean;
  setQuery: (query: string) => void;
  setOutcome: (outcome: Outcome | '') => void;
  setFilters: (patch: Partial<CaseFilters>) => void;
  clearFilters: () => void;
  /** Every other filter cleared: only this customer's cases (from its power map). */
  showAccount: (accountId: string, accountName: string) => void;
  setSort: (sort: Sort) => void;
  setTrash: (trash: boolean) => void;
  /** Whether the list is on screen: a hidden list is not refetched on every change, only when shown again. */
  visible: boolean;
  /** Cases changed while the list was hidden. */
  outdated: boolean;
  setVisible: (visible: boolean) => void;
  /** Cases changed (here or elsewhere): refetch now if shown, else on the next visit. */
  casesChanged: () => void;
}

export const useCasesStore = create<CasesState>((set, get) => {
  const { initial, restart } = pagedList<Case, CasesState>(set, get, (s, offset, limit) =>
    api.call('cases.list', {
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
      offset,
      limit,
    }),
  );

  return {
    ...initial,
    query: '',
    outcome: '',
    filters: noFilters,
    sort: 'updatedAt',
    direction: 'desc',
    trash: false,
    visible: false,
    outdated: false,
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
      else if (get().total === null) void restart({ outdated: false });
      else if (get().outdated) void restart({ outdated: false }, true);
    },
    setVisible: (visible) => set({ visible }),
    casesChanged: () => {
      if (get().visible) void get().reload();
      else set({ outdated: true });
    },
  };
});
