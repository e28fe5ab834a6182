/**
 * What the card buttons do. Each change lands on the board at once and says so in a toast with Undo
 * (Ctrl+Z runs it too): marking done, reopening and dropping put the old status back, deleting restores.
 */
import type { Action } from '../../../shared/contract/learning';
import type { ActionStatus } from '../../../shared/domain/vocabulary';
import { api } from '../../api/client';
import { useToasts } from '../../components/use-toasts';
import { useActionsStore } from './use-actions-store';

const toast = useToasts.getState;

async function setStatus(action: Action, status: ActionStatus, message: string): Promise<Action> {
  const { put } = useActionsStore.getState();
  const saved = await api.call('actions.update', { id: action.id, patch: { status } });
  put(saved);
  toast().show({
    message,
    action: {
      label: 'Undo',
      run: () =>
        attempt('undo', async () =>
          put(
            await api.call('actions.update', {
              id: action.id,
              patch: { status: action.status, doneOn: action.doneOn },
            }),
          ),
        ),
    },
  });
  return saved;
}

export function markDone(action: Action): Promise<Action> {
  return setStatus(action, 'done', `“${action.title}” marked done today`);
}

export function reopen(action: Action): Promise<Action> {
  return setStatus(action, 'open', `“${action.title}” is open again`);
}

export function drop(action: Action): Promise<Action> {
  return setStatus(action, 'dropped', `“${action.title}” dropped`);
}

export async function deleteWithUndo(action: Action): Promise<void> {
  const { remove, put } = useActionsStore.getState();
  await api.call('actions.delete', { id: action.id });
  remove(action.id);
  toast().show({
    message: `“${action.title}” deleted`,
    action: {
      label: 'Undo',
      run: () => attempt('undo', async () => put(await api.call('actions.restore', { id: action.id }))),
    },
  });
}

/** Runs a card command, turning a failure into a toast rather than an unhandled rejection. */
export async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    toast().show({ message: `Could not ${what}: ${(error as Error).message}` });
    return undefined;
  }
}
