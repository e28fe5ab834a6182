import { useEffect, useState } from 'react';
import type { Case } from '../../../shared/contract/cases';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { formatNumber } from '../../lib/format';
import { CaseGrid } from '../cases/CaseGrid';
import { useCasesStore } from '../cases/use-cases-store';

/** Deleted cases stay here, restorable, so nothing is ever lost by a slip of the Delete key. */
export function TrashPage() {
  const { total, error, setTrash } = useCasesStore();
  const [active, setActive] = useState(0);
  useEffect(() => setTrash(true), [setTrash]);

  async function restore(item: Case) {
    try {
      await api.call('cases.restore', { id: item.id });
      useToasts.getState().show({
        message: `Restored “${item.title}”`,
        action: { label: 'Undo', run: () => api.call('cases.delete', { id: item.id }).then(() => undefined) },
      });
    } catch (e) {
      useToasts.getState().show({ message: `Could not restore: ${(e as Error).message}` });
    }
  }

  return (
    <>
      <header className="page-head">
        <h1>Trash</h1>
        <span className="muted num" data-testid="case-count">
          {total === null ? '' : `${formatNumber(total)} deleted`}
        </span>
      </header>
      <div className="page-body">
        {error ? (
          <div className="banner error" role="alert">
            Could not load the trash: {error}
          </div>
        ) : null}
        {total === 0 ? (
          <div className="empty panel">
            <h2>The trash is empty</h2>
            <p>Deleted cases wait here until you restore them.</p>
          </div>
        ) : (
          <CaseGrid
            label="Deleted cases"
            active={active}
            onActiveChange={setActive}
            onOpen={(item) => void restore(item)}
            onDelete={() => undefined}
          />
        )}
        <p className="hint muted">
          <kbd>Enter</kbd> restores the selected case
        </p>
      </div>
    </>
  );
}
