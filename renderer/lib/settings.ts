/** This file's settings (currency, win-rate rule, first run, sample flag), loaded once and kept fresh. */
import { create } from 'zustand';
import type { MethodInput } from '../../shared/api';
import type { Settings } from '../../shared/contract/settings';
import { api } from '../api/client';

interface SettingsState {
  settings: Settings | null;
  error: string | null;
  load: () => Promise<void>;
  update: (patch: MethodInput<'settings.update'>) => Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  error: null,
  load: async () => {
    try {
      set({ settings: await api.call('settings.get', {}), error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  update: async (patch) => {
    set({ settings: await api.call('settings.update', patch) });
  },
}));
