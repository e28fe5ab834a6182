import { useEffect } from 'react';
import { api } from '../api/client';
import { useCasesStore } from '../features/cases/use-cases-store';

/** Any write, from this window or another (a second window, the CLI via the bridge), refreshes what is shown. */
export function useDataChanged(): void {
  useEffect(
    () =>
      api.on('data.changed', ({ entities }) => {
        if (entities.includes('cases')) void useCasesStore.getState().reload();
      }),
    [],
  );
}
