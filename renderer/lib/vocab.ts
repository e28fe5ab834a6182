/**
 * The vocabulary every form needs (team, competitors, stages, steps, criteria, reasons), loaded once and
 * reloaded when settings change it.
 */
import { create } from 'zustand';
import type { Vocabulary } from '../../shared/contract/vocabulary';
import { api } from '../api/client';

interface VocabState {
  vocab: Vocabulary | null;
  error: string | null;
  load: () => Promise<void>;
}

export const useVocab = create<VocabState>((set) => ({
  vocab: null,
  error: null,
  load: async () => {
    try {
      set({ vocab: await api.call('vocab.get', {}), error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
}));
