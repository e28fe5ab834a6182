import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';

/** Deleting is always undoable: the case goes to the trash and the toast (or Ctrl+Z) brings it back. */
export async function deleteWithUndo(id: string, title: string): Promise<void> {
  await api.call('cases.delete', { id });
  useToasts.getState().show({
    message: `“${title}” moved to the trash`,
    action: { label: 'Undo', run: () => api.call('cases.restore', { id }).then(() => undefined) },
  });
}
