/**
 * Settings ▸ Currencies as this window sees it: the rates to the home currency, the currencies cases use that no
 * rate converts, and the writes (save, remove with undo, import a CSV). Every write reloads both lists, since a
 * rate changes which cases are left out.
 * Changes with: shared/contract/rates.ts, electron/services/rates.ts, CurrenciesSection.tsx.
 */
import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/api';
import type { Rate, RateInput, RatesImportResult, UnratedCurrency } from '../../../shared/contract/rates';
import { ApiError } from '../../../shared/envelope';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';

type RatesList = MethodOutput<'rates.list'>;

/** The rates of one currency, newest first (the list comes ordered by currency, then day, newest first). */
export interface RateGroup {
  currency: string;
  rates: Rate[];
}

export function groupRates(rates: Rate[]): RateGroup[] {
  const groups = new Map<string, Rate[]>();
  for (const r of rates) groups.set(r.currency, [...(groups.get(r.currency) ?? []), r]);
  return [...groups].map(([currency, list]) => ({
    currency,
    rates: [...list].sort((a, b) => (a.fromOn < b.fromOn ? 1 : a.fromOn > b.fromOn ? -1 : 0)),
  }));
}

interface RatesState {
  list: RatesList | null;
  unrated: UnratedCurrency[];
  error: string | null;
  imported: { file: string; result: RatesImportResult } | null;
  importing: boolean;
  load: () => Promise<void>;
  /** Saves a rate; resolves with the field errors to show ({} when saved). */
  save: (input: RateInput) => Promise<Record<string, string>>;
  remove: (rate: Rate) => Promise<void>;
  importFile: (file: File) => Promise<void>;
}

export const useRates = create<RatesState>((set, get) => ({
  list: null,
  unrated: [],
  error: null,
  imported: null,
  importing: false,

  async load() {
    try {
      const [list, unrated] = await Promise.all([api.call('rates.list', {}), api.call('rates.unrated', {})]);
      set({ list, unrated, error: null });
    } catch (e) {
      set({ error: `The rates could not be read: ${(e as Error).message}` });
    }
  },

  async save(input) {
    try {
      await api.call('rates.save', input);
      await get().load();
      return {};
    } catch (e) {
      if (e instanceof ApiError && e.fields && Object.keys(e.fields).length > 0) return e.fields;
      return { form: (e as Error).message };
    }
  },

  async remove(rate) {
    try {
      await api.call('rates.delete', { id: rate.id });
      await get().load();
      useToasts.getState().show({
        message: `Rate for ${rate.currency} removed.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await api.call('rates.restore', { id: rate.id });
              await get().load();
            } catch (e) {
              set({ error: (e as Error).message });
            }
          },
        },
      });
    } catch (e) {
      set({ error: (e as Error).message });
    }
  },

  async importFile(file) {
    set({ importing: true, error: null, imported: null });
    try {
      const result = await api.call('rates.import', { text: await file.text() });
      set({ imported: { file: file.name, result } });
      await get().load();
    } catch (e) {
      set({ error: `${file.name} could not be imported: ${(e as Error).message}` });
    } finally {
      set({ importing: false });
    }
  },
}));
