/**
 * The workspace the windows talk to, swappable when the user opens another database file. IPC holds
 * `dispatch` from here, so a swap needs no re-registration.
 */
import type { Dispatch } from '../dispatch';
import type { Workspace } from '../workspace';
import { forwardEvents, type EventSink } from './ipc';

export interface ActiveWorkspace {
  dispatch: Dispatch;
  current(): Workspace;
  /** Closes the open file and continues with `next`. */
  replace(next: Workspace): void;
  close(): void;
}

export function activeWorkspace(first: Workspace, targets: () => Iterable<EventSink>): ActiveWorkspace {
  let current: Workspace | null = first;
  let unforward = forwardEvents(first.events, targets);
  const open = () => {
    if (!current) throw new Error('The workspace is closed.');
    return current;
  };
  return {
    dispatch: (method, input) => open().dispatch(method, input),
    current: open,
    replace(next) {
      unforward();
      current?.close();
      current = next;
      unforward = forwardEvents(next.events, targets);
    },
    close() {
      unforward();
      current?.close();
      current = null;
    },
  };
}
