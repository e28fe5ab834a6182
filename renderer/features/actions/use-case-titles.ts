/**
 * Titles of the cases lessons come from, fetched only for the cards on screen (one `cases.get` each, a few at a
 * time) and kept until cases change. A title that cannot be read stays null and the link says "its case".
 */
import { create } from 'zustand';
import { api } from '../../api/client';

const AT_ONCE = 4;

interface CaseTitlesState {
  titles: Record<string, string | null>;
  request: (caseId: string) => void;
  clear: () => void;
}

const queue: string[] = [];
const asked = new Set<string>();
let running = 0;

export const useCaseTitles = create<CaseTitlesState>((set, get) => {
  function pump() {
    while (running < AT_ONCE && queue.length > 0) {
      const id = queue.shift()!;
      running++;
      api
        .call('cases.get', { id })
        .then(
          (c) => set({ titles: { ...get().titles, [id]: c.title } }),
          () => set({ titles: { ...get().titles, [id]: null } }),
        )
        .finally(() => {
          running--;
          pump();
        });
    }
  }
  return {
    titles: {},
    request(caseId) {
      if (asked.has(caseId)) return;
      asked.add(caseId);
      queue.push(caseId);
      pump();
    },
    clear() {
      asked.clear();
      queue.length = 0;
      set({ titles: {} });
    },
  };
});
