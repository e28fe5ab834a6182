/**
 * Autosave for the case page: every edit is kept as an unsaved draft in localStorage at once (so a crash or a
 * closed window loses nothing), then sent with `cases.update` after a short pause. Each field knows whether it
 * is saving, saved or refused, and why.
 * Changes with: renderer/features/case-detail/case-form.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../shared/contract/cases';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { CASE_PAGE_ORIGIN } from './use-case-page';
import { caseToText, fieldOfPatchKey, toPatch, type CaseFieldKey, type CaseFieldText } from './case-form';

export const AUTOSAVE_DELAY_MS = 600;

export type FieldState = { status: 'saving' | 'saved' } | { status: 'error'; message: string };
type Dirty = Partial<CaseFieldText>;
type States = Partial<Record<CaseFieldKey, FieldState>>;

const draftKey = (caseId: string) => `winloop.caseDraft.${caseId}`;

function readDraft(caseId: string): Dirty {
  try {
    const raw = localStorage.getItem(draftKey(caseId));
    return raw ? (JSON.parse(raw) as Dirty) : {};
  } catch {
    return {};
  }
}

function writeDraft(caseId: string, dirty: Dirty): void {
  if (Object.keys(dirty).length === 0) localStorage.removeItem(draftKey(caseId));
  else localStorage.setItem(draftKey(caseId), JSON.stringify(dirty));
}

export function useCaseAutosave(caseId: string, base: Case | null, onSaved: (saved: Case) => void) {
  const [dirty, setDirtyState] = useState<Dirty>(() => readDraft(caseId));
  const [states, setStates] = useState<States>({});
  const dirtyRef = useRef(dirty);
  const baseRef = useRef(base);
  const onSavedRef = useRef(onSaved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef(false);
  const again = useRef(false);
  baseRef.current = base;
  onSavedRef.current = onSaved;

  const setDirty = useCallback(
    (next: Dirty) => {
      dirtyRef.current = next;
      setDirtyState(next);
      writeDraft(caseId, next);
    },
    [caseId],
  );

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const current = baseRef.current;
    const pending = dirtyRef.current;
    if (!current || Object.keys(pending).length === 0) return;
    if (inflight.current) {
      again.current = true;
      return;
    }
    const { patch, errors } = toPatch(pending, { ...caseToText(current), ...pending });
    const sent = (Object.keys(pending) as CaseFieldKey[]).filter((k) => !errors[k]);
    setStates((s) => {
      const next = { ...s };
      for (const [k, message] of Object.entries(errors)) next[k as CaseFieldKey] = { status: 'error', message };
      for (const k of sent) next[k] = { status: 'saving' };
      return next;
    });
    if (sent.length === 0) return;
    inflight.current = true;
    try {
      const saved = await api.call('cases.update', { id: caseId, patch }, { origin: CASE_PAGE_ORIGIN });
      baseRef.current = saved;
      onSavedRef.current(saved);
      // Keys typed into again while the save was in flight stay dirty for the next round.
      const rest = { ...dirtyRef.current };
      for (const k of sent) if (rest[k] === pending[k]) delete rest[k];
      setDirty(rest);
      setStates((s) => ({ ...s, ...Object.fromEntries(sent.map((k) => [k, { status: 'saved' }])) }));
    } catch (error) {
      const byField: States = {};
      if (error instanceof ApiError && error.fields) {
        for (const [path, message] of Object.entries(error.fields)) {
          const field = fieldOfPatchKey(path.replace(/^patch\./, ''));
          if (field) byField[field] = { status: 'error', message };
        }
      }
      const fallback = (error as Error).message;
      setStates((s) => ({
        ...s,
        ...Object.fromEntries(sent.map((k) => [k, byField[k] ?? { status: 'error', message: fallback }])),
      }));
    } finally {
      inflight.current = false;
      if (again.current) {
        again.current = false;
        void flush();
      }
    }
  }, [caseId, setDirty]);

  const change = useCallback(
    (key: CaseFieldKey, text: string) => {
      setDirty({ ...dirtyRef.current, [key]: text });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, setDirty],
  );

  // A draft left by a closed window is sent as soon as the case it belongs to is known.
  const loaded = base !== null;
  useEffect(() => {
    if (loaded) void flush();
  }, [loaded, flush]);

  // Leaving the page, hiding or closing the window sends what is pending now rather than after the pause.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onUnload = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      void flush();
    };
  }, [flush]);

  const values: CaseFieldText | null = base ? { ...caseToText(base), ...dirty } : null;
  return { values, states, change, flush, hasDraft: Object.keys(dirty).length > 0 };
}

/** One line for the page head (and screen readers): the state of every field at once. */
export function overallState(states: States, hasDraft: boolean): string {
  const all = Object.values(states);
  if (all.some((s) => s.status === 'error')) return 'Some changes are not saved';
  if (all.some((s) => s.status === 'saving') || hasDraft) return 'Saving…';
  if (all.some((s) => s.status === 'saved')) return 'All changes saved';
  return '';
}
