/**
 * The debrief wizard's state: what is recorded, the step drafts, the current step and its errors. Each step
 * saves on its own (Next, a step in the stepper, "Save and leave"), and the step to resume at is remembered
 * with `debrief.progress`. Every tick and choice is also kept as it is made: the drafts go to localStorage at
 * once (a reload or a crash resumes them) and a step that reads right is saved to the file a moment later.
 * Changes with: renderer/features/debrief/debrief-drafts.ts, shared/contract/debrief.ts.
 */
import { create } from 'zustand';
import { debriefSteps, type Debrief } from '../../../shared/contract/debrief';
import type { Action } from '../../../shared/contract/learning';
import type { Person } from '../../../shared/contract/people';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { today } from '../../lib/day';
import {
  buildCompetitors,
  buildCriteria,
  buildReasons,
  draftsFrom,
  errorsByItem,
  UNKNOWN_WINNER,
  type Drafts,
  type Errors,
} from './debrief-drafts';

export const lastStep = debriefSteps.length - 1;

/** The pause after the last tick before a step that reads right is saved without waiting for Next. */
export const DEBRIEF_AUTOSAVE_MS = 500;
const draftKey = (caseId: string) => `winloop.debriefDraft.${caseId}`;

function keptDrafts(caseId: string): Drafts | null {
  try {
    const raw = localStorage.getItem(draftKey(caseId));
    return raw ? (JSON.parse(raw) as Drafts) : null;
  } catch {
    return null;
  }
}
const keepDrafts = (caseId: string, drafts: Drafts) => localStorage.setItem(draftKey(caseId), JSON.stringify(drafts));
/** Steps whose save only replaces rows: safe to save quietly as the person ticks. Closing is not one. */
const quietSteps = new Set(['reasons', 'competitors', 'criteria', 'people']);
let quietTimer: ReturnType<typeof setTimeout> | undefined;

interface DebriefState {
  caseId: string | null;
  data: Debrief | null;
  drafts: Drafts | null;
  step: number;
  errors: Errors;
  busy: boolean;
  loadError: string | null;
  people: Person[];
  actions: Action[];
  industry: string | null;
  /** A half-filled "add" form on the current step (lesson, action) that leaving the step should save. */
  pendingForm: (() => Promise<boolean>) | null;
  load: (caseId: string) => Promise<void>;
  edit: (change: (d: Drafts) => Drafts) => void;
  setErrors: (errors: Errors) => void;
  setPendingForm: (fn: (() => Promise<boolean>) | null) => void;
  /** Saves the current step; false (with errors shown) when it could not. */
  saveStep: () => Promise<boolean>;
  /**
   * Saves the current step and shows step `to`. Moving on remembers it as the step to resume at; going back
   * keeps the furthest step, unless `remember` (Save and leave) says to resume exactly here.
   */
  go: (to: number, opts?: { remember?: boolean }) => Promise<boolean>;
  finish: () => Promise<boolean>;
  refresh: () => Promise<void>;
  addPerson: (person: Person) => void;
  addAction: (action: Action) => void;
}

function fieldErrors(error: unknown): Errors {
  if (error instanceof ApiError && error.fields) return error.fields;
  return { form: (error as Error).message };
}

export const useDebrief = create<DebriefState>((set, get) => {
  /** Runs one save; on failure shows its errors (mapped to rows by `ids`) and returns false. */
  async function attempt(run: () => Promise<void>, list?: { name: string; ids: string[] }): Promise<boolean> {
    try {
      await run();
      return true;
    } catch (error) {
      const errors = fieldErrors(error);
      set({ errors: list ? errorsByItem(errors, list.name, list.ids) : errors });
      return false;
    }
  }

  function refuse(errors: Errors): false {
    set({ errors });
    return false;
  }

  /** Saves the current step if it reads right, showing no errors: Next will show them. */
  async function saveQuietly(): Promise<void> {
    const { step, busy } = get();
    if (busy || !quietSteps.has(debriefSteps[step] ?? '')) return;
    const shown = get().errors;
    const saved = await saveCurrent().catch(() => false);
    if (!saved) set({ errors: shown });
  }

  async function saveCurrent(): Promise<boolean> {
    const { data, drafts, step, caseId } = get();
    if (!data || !drafts || !caseId) return false;
    const name = debriefSteps[step];
    set({ errors: {} });
    switch (name) {
      case 'outcome': {
        const o = drafts.outcome;
        if (!o.outcome) return refuse({ outcome: 'Pick how the case ended' });
        const outcome = o.outcome;
        if (outcome === 'lost' && !o.winnerCompetitorId)
          return refuse({ winnerCompetitorId: 'Say who won, or choose “Not known”' });
        const winnerId = o.winnerCompetitorId === UNKNOWN_WINNER ? '' : o.winnerCompetitorId;
        return attempt(async () => {
          const closed = await api.call('debrief.close', {
            caseId,
            outcome,
            closedOn: o.closedOn,
            winnerCompetitorId: outcome === 'lost' && winnerId ? winnerId : null,
          });
          // Closing records the winner as met: the competitors step starts with it ticked.
          const winner = closed.winnerCompetitorId;
          const competitors =
            winner && !drafts.competitors[winner]
              ? { ...drafts.competitors, [winner]: { incumbent: false, price: '' } }
              : drafts.competitors;
          set({ data: { ...data, case: closed }, drafts: { ...get().drafts!, competitors } });
        });
      }
      case 'reasons': {
        const built = buildReasons(drafts);
        if (!built.ok) return refuse(built.errors);
        return attempt(async () => void (await api.call('debrief.setReasons', { caseId, reasons: built.value })), {
          name: 'reasons',
          ids: built.value.map((r) => r.reasonId),
        });
      }
      case 'competitors': {
        const built = buildCompetitors(drafts, data.case.currency);
        if (!built.ok) return refuse(built.errors);
        return attempt(
          async () => void (await api.call('debrief.setCompetitors', { caseId, competitors: built.value })),
          { name: 'competitors', ids: built.value.map((c) => c.competitorId) },
        );
      }
      case 'criteria': {
        const built = buildCriteria(drafts);
        if (!built.ok) return refuse(built.errors);
        return attempt(async () => void (await api.call('debrief.setCriteria', { caseId, criteria: built.value })), {
          name: 'criteria',
          ids: built.value.map((c) => c.criterionId),
        });
      }
      case 'people': {
        const people = Object.entries(drafts.people).map(([personId, reached]) => ({ personId, reached }));
        return attempt(async () => void (await api.call('debrief.setPeople', { caseId, people })), {
          name: 'people',
          ids: people.map((p) => p.personId),
        });
      }
      default: {
        // Lessons and actions save as each is added; only a half-filled form is left to save.
        const pending = get().pendingForm;
        return pending ? pending() : true;
      }
    }
  }

  return {
    caseId: null,
    data: null,
    drafts: null,
    step: 0,
    errors: {},
    busy: false,
    loadError: null,
    people: [],
    actions: [],
    industry: null,
    pendingForm: null,

    async load(caseId) {
      set({ caseId, data: null, drafts: null, errors: {}, loadError: null, pendingForm: null });
      try {
        const data = await api.call('debrief.get', { caseId });
        const c = data.case;
        // A finished debrief opens at its start to be read; an unfinished one where it was left.
        const step = c.outcome === 'open' || c.debrief === 'done' ? 0 : Math.min(c.debriefStep, lastStep);
        // Ticks made before a reload come back over what the file has (they may not have reached it yet).
        const kept = keptDrafts(caseId);
        set({ data, drafts: { ...draftsFrom(data, today()), ...kept }, step });
        await get().refresh();
      } catch (error) {
        set({ loadError: (error as Error).message });
      }
    },

    /** The lists that other services own; each may be unavailable without blocking the rest. */
    async refresh() {
      const { data, caseId } = get();
      if (!data || !caseId) return;
      const [people, actions, account, fresh] = await Promise.allSettled([
        api.call('people.list', { accountId: data.case.accountId }),
        api.call('actions.list', {}),
        api.call('accounts.get', { id: data.case.accountId }),
        api.call('debrief.get', { caseId }),
      ]);
      set({
        people: people.status === 'fulfilled' ? people.value : get().people,
        actions:
          actions.status === 'fulfilled'
            ? actions.value.filter(
                (a) => a.lessons.some((l) => l.caseId === caseId) || get().actions.some((m) => m.id === a.id),
              )
            : get().actions,
        industry: account.status === 'fulfilled' ? account.value.industry : null,
        data:
          fresh.status === 'fulfilled' ? { ...fresh.value, case: get().data?.case ?? fresh.value.case } : get().data,
      });
    },

    edit(change) {
      const { drafts, caseId } = get();
      if (!drafts || !caseId) return;
      const next = change(drafts);
      set({ drafts: next });
      keepDrafts(caseId, next);
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => void saveQuietly(), DEBRIEF_AUTOSAVE_MS);
    },
    setErrors: (errors) => set({ errors }),
    setPendingForm: (pendingForm) => set({ pendingForm }),

    async saveStep() {
      set({ busy: true });
      try {
        return await saveCurrent();
      } finally {
        set({ busy: false });
      }
    },

    async go(to, opts = {}) {
      const { caseId, busy } = get();
      if (!caseId || busy) return false;
      set({ busy: true });
      try {
        if (!(await saveCurrent())) return false;
        const target = Math.max(0, Math.min(to, debriefSteps.length));
        const recorded = get().data?.case.debriefStep ?? 0;
        const ok =
          !(opts.remember || target > recorded) ||
          (await attempt(async () => {
            const c = await api.call('debrief.progress', { caseId, step: target });
            set({ data: { ...get().data!, case: c } });
          }));
        if (ok) set({ step: Math.min(target, lastStep), errors: {}, pendingForm: null });
        return ok;
      } finally {
        set({ busy: false });
      }
    },

    async finish() {
      const { caseId, busy } = get();
      if (!caseId || busy) return false;
      set({ busy: true });
      try {
        if (!(await saveCurrent())) return false;
        return await attempt(async () => {
          const c = await api.call('debrief.finish', { caseId });
          set({ data: { ...get().data!, case: c } });
          localStorage.removeItem(draftKey(caseId));
        });
      } finally {
        set({ busy: false });
      }
    },

    addPerson: (person) => set({ people: [...get().people, person] }),
    addAction: (action) => set({ actions: [...get().actions, action] }),
  };
});
