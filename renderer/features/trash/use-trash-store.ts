/**
 * The trash page's state: a sparse window over `trash.list`, newest deletion first, fetched a page at a time as
 * rows scroll into view (renderer/lib/paged-list.ts).
 */
import { create } from 'zustand';
import type { TrashItem, TrashKind } from '../../../shared/contract/trash';
import { api } from '../../api/client';
import { pagedList, type PagedRows } from '../../lib/paged-list';

interface TrashState extends PagedRows<TrashItem> {
  /** null shows every kind. */
  kind: TrashKind | null;
  /** A fresh visit: every kind again, the last rows kept on screen until the first page arrives. */
  open: () => void;
  setKind: (kind: TrashKind | null) => void;
}

export const useTrashStore = create<TrashState>((set, get) => {
  const { initial, restart } = pagedList<TrashItem, TrashState>(set, get, (s, offset, limit) =>
    api.call('trash.list', { kind: s.kind ?? undefined, offset, limit }),
  );
  return {
    ...initial,
    kind: null,
    open: () => void restart({ kind: null }, get().kind === null),
    setKind: (kind) => void restart({ kind }, true),
  };
});
