/**
 * The power map page's state: one account's map, reloaded when people, relationships, the account, its cases
 * or the team change. Only the newest answer is kept, and the old map stays on screen while a reload runs.
 */
import { create } from 'zustand';
import type { PowerMap } from '../../../shared/contract/people';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';

export const powerMapEntities = ['people', 'accounts', 'cases', 'team'];

interface PowerMapState {
  accountId: string | null;
  map: PowerMap | null;
  error: string | null;
  notFound: boolean;
  load: (accountId: string) => Promise<void>;
}

let generation = 0;

export const usePowerMap = create<PowerMapState>((set, get) => ({
  accountId: null,
  map: null,
  error: null,
  notFound: false,
  async load(accountId) {
    const mine = ++generation;
    if (get().accountId !== accountId) set({ accountId, map: null, error: null, notFound: false });
    try {
      const map = await api.call('powermap.get', { accountId });
      if (mine === generation) set({ map, error: null, notFound: false });
    } catch (error) {
      if (mine !== generation) return;
      const notFound = error instanceof ApiError && (error.code === 'not_found' || error.code === 'invalid_input');
      set({ error: (error as Error).message, notFound });
    }
  },
}));
