/**
 * The case page's one store: the case, its debrief (buyer steps, its own lessons) and the lessons of earlier
 * cases that bear on it. The page's own saves carry `CASE_PAGE_ORIGIN`, so the `data.changed` echo of a save is
 * ignored: the save's answer already holds the stored case, and refetching it on every pause in typing cost three
 * reads per write. Changes from anywhere else (another window, the CLI, an import) reload what they touch.
 */
import { create } from 'zustand';
import type { Case } from '../../../shared/contract/cases';
import type { Entity } from '../../../shared/contract/entities';
import type { Debrief } from '../../../shared/contract/debrief';
import type { RelatedLesson } from '../../../shared/contract/learning';
import { api } from '../../api/client';
import { useToday } from '../today/use-today';

/** One tag per window: another window's saves must still reach this page. */
export const CASE_PAGE_ORIGIN = `case-page-${crypto.randomUUID()}`;

/** What the case and its debrief are read from, and what the earlier cases' lessons are ranked by. */
const caseEntities: readonly Entity[] = ['cases', 'debrief', 'lessons'];
const relatedEntities: readonly Entity[] = ['cases', 'debrief', 'lessons', 'accounts', 'vocabulary'];

interface CasePageState {
  caseId: string | null;
  kase: Case | null;
  debrief: Debrief | null;
  error: string | null;
  related: RelatedLesson[] | null;
  relatedError: string | null;
  /** Show this case; returns the function that stops following its changes. */
  open: (caseId: string) => () => void;
  /** A save of this page answered with the case as stored now. */
  saved: (kase: Case) => void;
}

export const useCasePage = create<CasePageState>((set, get) => {
  // Saves and outside changes can trigger loads in quick succession: only the newest answer is shown.
  let caseLoads = 0;
  let relatedLoads = 0;

  async function loadCase(caseId: string): Promise<void> {
    const mine = ++caseLoads;
    try {
      const found = await api.call('debrief.get', { caseId });
      if (mine === caseLoads && get().caseId === caseId) set({ kase: found.case, debrief: found, error: null });
    } catch (e) {
      if (mine === caseLoads && get().caseId === caseId) set({ error: (e as Error).message });
    }
  }

  async function loadRelated(caseId: string): Promise<void> {
    const mine = ++relatedLoads;
    try {
      const related = await api.call('lessons.related', { caseId });
      if (mine === relatedLoads && get().caseId === caseId) set({ related, relatedError: null });
    } catch (e) {
      if (mine === relatedLoads && get().caseId === caseId) set({ relatedError: (e as Error).message });
    }
  }

  return {
    caseId: null,
    kase: null,
    debrief: null,
    error: null,
    related: null,
    relatedError: null,
    open(caseId) {
      set({ caseId, kase: null, debrief: null, error: null, related: null, relatedError: null });
      void loadCase(caseId);
      void loadRelated(caseId);
      const stop = api.on('data.changed', ({ entities, origin }) => {
        if (origin === CASE_PAGE_ORIGIN) return;
        if (entities.some((e) => caseEntities.includes(e))) void loadCase(caseId);
        if (entities.some((e) => relatedEntities.includes(e))) void loadRelated(caseId);
      });
      return () => {
        stop();
        if (get().caseId === caseId) set({ caseId: null });
      };
    },
    saved(kase) {
      const before = get().kase;
      if (get().caseId !== kase.id) return;
      set({ kase });
      // Today lists next steps and expected closes that have come due: its count follows when one moved.
      if (
        !before ||
        before.nextStepOn !== kase.nextStepOn ||
        before.expectedCloseOn !== kase.expectedCloseOn ||
        before.outcome !== kase.outcome
      ) {
        void useToday.getState().load();
      }
      // Earlier cases are ranked by the customer (and its segment): only a new customer changes them.
      if (before && before.accountId !== kase.accountId) void loadRelated(kase.id);
    },
  };
});
