import { useEffect } from 'react';
import { api } from '../api/client';
import { useCharter } from '../features/charter/use-charter';
import { useCasesStore } from '../features/cases/use-cases-store';
import { useSettings } from '../lib/settings';
import { useVocab } from '../lib/vocab';

const vocabEntities = new Set(['vocabulary', 'team', 'competitors']);

/** Any write, from this window or another (a second window, the CLI via the bridge), refreshes what is shown. */
export function useDataChanged(): void {
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.includes('cases')) useCasesStore.getState().casesChanged();
        if (entities.includes('settings')) {
          void useSettings.getState().load();
          if (useCharter.getState().charter) void useCharter.getState().load();
        }
        if (entities.some((e) => vocabEntities.has(e)) && useVocab.getState().vocab) void useVocab.getState().load();
      }),
    [],
  );
}
