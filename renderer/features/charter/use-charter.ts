/** The team's relationship charter, loaded once and refreshed when settings change (renderer/app/use-data-changed.ts). */
import { create } from 'zustand';
import type { Charter, CharterPatch } from '../../../shared/contract/charter';
import { api } from '../../api/client';

interface CharterState {
  charter: Charter | null;
  error: string | null;
  load: () => Promise<void>;
  update: (patch: CharterPatch) => Promise<void>;
}

export const useCharter = create<CharterState>((set, get) => ({
  charter: null,
  error: null,
  load: async () => {
    try {
      set({ charter: await api.call('charter.get', {}), error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  // The choice shows at once (a radio must not wait on the file); a refused save puts the stored rules back.
  update: async (patch) => {
    const before = get().charter;
    if (before) set({ charter: { ...before, ...patch } });
    try {
      set({ charter: await api.call('charter.update', patch), error: null });
    } catch (error) {
      set({ charter: before, error: (error as Error).message });
    }
  },
}));
