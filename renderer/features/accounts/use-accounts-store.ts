/**
 * The account list's state. `accounts.list` returns every match in one answer (tens of thousands of short
 * rows are a few megabytes at most); the grid virtualises them. Searching waits for a short pause in typing
 * and only the newest answer is kept, so a slow early answer never overwrites a later one.
 */
import { create } from 'zustand';
import type { Account } from '../../../shared/contract/accounts';
import { api } from '../../api/client';

const SEARCH_PAUSE_MS = 150;

interface AccountsState {
  query: string;
  /** null until the first answer arrives. */
  accounts: Account[] | null;
  /** The query the shown accounts answer (lags `query` while a search is in flight). */
  shownQuery: string;
  error: string | null;
  setQuery: (query: string) => void;
  reload: () => Promise<void>;
}

let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export const useAccountsStore = create<AccountsState>((set, get) => ({
  query: '',
  accounts: null,
  shownQuery: '',
  error: null,
  setQuery(query) {
    set({ query });
    clearTimeout(timer);
    timer = setTimeout(() => void get().reload(), query ? SEARCH_PAUSE_MS : 0);
  },
  async reload() {
    const mine = ++generation;
    const query = get().query.trim();
    try {
      const accounts = await api.call('accounts.list', query ? { query } : {});
      if (mine === generation) set({ accounts, shownQuery: query, error: null });
    } catch (error) {
      if (mine === generation) set({ error: (error as Error).message });
    }
  },
}));
