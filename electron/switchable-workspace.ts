/**
 * The workspace a window or a browser tab talks to, swappable when the user opens another file (File ▸ Open,
 * sample data, back to their own data). Transports hold `dispatch` and `events` from here, so a swap needs no
 * re-registration; the open file's events are relayed, and a closed file's never arrive.
 */
import type { Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import type { WorkspaceHost } from './services/context';
import type { Workspace } from './workspace';

export interface SwitchableWorkspace {
  dispatch: Dispatch;
  events: EventBus;
  current(): Workspace;
  /** Closes the open file and continues with `next`. */
  replace(next: Workspace): void;
  close(): void;
}

export function switchableWorkspace(first: Workspace): SwitchableWorkspace {
  const events = new EventBus();
  let current: Workspace | null = first;
  const relay = (ws: Workspace) => ws.events.subscribe((event, payload) => events.emit(event, payload as never));
  let unrelay = relay(first);
  const open = () => {
    if (!current) throw new Error('The workspace is closed.');
    return current;
  };
  return {
    dispatch: (method, input) => open().dispatch(method, input),
    events,
    current: open,
    replace(next) {
      unrelay();
      current?.close();
      current = next;
      unrelay = relay(next);
    },
    close() {
      unrelay();
      current?.close();
      current = null;
    },
  };
}

export interface HostPlaces {
  /** The user's own database: what "Back to my data" returns to. */
  defaultDbPath: string;
  /** Where generated sample databases go. */
  sampleDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
}

/**
 * The services' view of the host (see WorkspaceHost). `switchTo` opens the next file at once, so a file that
 * will not open fails the call that asked for it, but swaps only after that call has answered: the answer
 * still comes from the file that received the request.
 */
export function workspaceHost(
  places: HostPlaces,
  target: () => Pick<SwitchableWorkspace, 'replace'> | null,
  open: (file: string) => Workspace,
): WorkspaceHost {
  return {
    ...places,
    switchTo(file) {
      const next = open(file);
      setImmediate(() => {
        const switchable = target();
        if (switchable) switchable.replace(next);
        else next.close();
      });
    },
  };
}
