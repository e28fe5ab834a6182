/**
 * The board's state: every live action in one answer (a team has tens to a few hundred; each is a short row
 * with its lessons). Only the newest answer is kept, so a slow early reload never overwrites a later one, and
 * a change made here is put in place at once instead of waiting for the reload that follows it.
 */
import { create } from 'zustand';
import type { Action } from '../../../shared/contract/learning';
import { api } from '../../api/client';

interface ActionsState {
  /** null until the first answer arrives. */
  actions: Action[] | null;
  error: string | null;
  reload: () => Promise<void>;
  /** Replaces the action with the same id (or adds it) with what the server just returned. */
  put: (action: Action) => void;
  /** Takes a deleted action off the board without waiting for the reload. */
  remove: (id: string) => void;
}

let generation = 0;

export const useActionsStore = create<ActionsState>((set, get) => ({
  actions: null,
  error: null,
  async reload() {
    const mine = ++generation;
    try {
      const actions = await api.call('actions.list', {});
      if (mine === generation) set({ actions, error: null });
    } catch (error) {
      if (mine === generation) set({ error: (error as Error).message });
    }
  },
  put(action) {
    const list = get().actions ?? [];
    const at = list.findIndex((a) => a.id === action.id);
    set({ actions: at < 0 ? [...list, action] : list.map((a, i) => (i === at ? action : a)) });
  },
  remove(id) {
    set({ actions: (get().actions ?? []).filter((a) => a.id !== id) });
  },
}));
