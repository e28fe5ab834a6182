/** The review's scope and the summary computed for it. */
import { create } from 'zustand';
import type { ReviewScope, Summary } from '../../../shared/contract/review';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';

interface ReviewState {
  scope: ReviewScope;
  summary: Summary | null;
  loading: boolean;
  error: string | null;
  /** A scope the server refused, by field (`from`, `to`): shown beside the field, not as a failed summary. */
  fieldErrors: Record<string, string>;
  setScope: (patch: Partial<ReviewScope>) => void;
  load: () => Promise<void>;
}

let requestSeq = 0;

export const useReview = create<ReviewState>((set, get) => ({
  scope: {},
  summary: null,
  loading: false,
  error: null,
  fieldErrors: {},
  setScope: (patch) => {
    const scope = Object.fromEntries(
      Object.entries({ ...get().scope, ...patch }).filter(([, v]) => v !== '' && v !== undefined),
    );
    set({ scope });
    void get().load();
  },
  load: async () => {
    const seq = ++requestSeq;
    set({ loading: true });
    try {
      const summary = await api.call('review.summary', get().scope);
      if (seq === requestSeq) set({ summary, loading: false, error: null, fieldErrors: {} });
    } catch (error) {
      if (seq !== requestSeq) return;
      if (error instanceof ApiError && error.fields && Object.keys(error.fields).length > 0) {
        set({ loading: false, error: null, fieldErrors: error.fields });
      } else set({ loading: false, error: (error as Error).message, fieldErrors: {} });
    }
  },
}));
