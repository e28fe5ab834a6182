/**
 * The file a window or a browser tab talks to, swappable when the user opens another file (File ▸ Open,
 * sample data, back to their own data). Transports hold `dispatch` and `events` from here, so a swap needs no
 * re-registration; the open file's events are relayed, and a closed file's never arrive.
 *
 * A swap is asynchronous (the engine starts its workers): calls that arrive meanwhile wait for it, and the
 * answer to the call that asked for the swap is held until the new file serves, so a window that reloads on
 * that answer talks to the new file.
 * Changes with: electron/engine/engine.ts (onSwitch), electron/services/sample.ts.
 */
import type { ApiHost, Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import type { WorkspaceHost } from './services/context';

/** One open file serving calls: an engine, or the in-process workspace in tests. */
export interface Served extends ApiHost {
  dbPath: string;
  close(opts?: { closingSnapshot?: boolean }): void | Promise<void>;
}

export interface SwitchableWorkspace extends ApiHost {
  current(): Served;
  /** Closes the open file and continues with `next`. */
  replace(next: Served): Promise<void>;
  /** Opens `file` with `open` and replaces the current file with it; calls wait until it is done. */
  switchTo(file: string, open: (file: string) => Promise<Served>): Promise<void>;
  close(): Promise<void>;
}

export function switchableWorkspace(first: Served): SwitchableWorkspace {
  const events = new EventBus();
  let current: Served | null = first;
  let switching: Promise<void> = Promise.resolve();
  const relay = (served: Served) => served.events.subscribe((event, payload) => events.emit(event, payload as never));
  let unrelay = relay(first);
  const open = () => {
    if (!current) throw new Error('The workspace is closed.');
    return current;
  };
  async function replace(next: Served): Promise<void> {
    unrelay();
    const previous = current;
    current = next;
    unrelay = relay(next);
    // Said once the new file serves, so a window that reloads on it reads the new file.
    if (previous && previous.dbPath !== next.dbPath) events.emit('workspace.switched', { dbPath: next.dbPath });
    await previous?.close();
  }
  const dispatch: Dispatch = async (method, input, meta) => {
    await switching;
    const envelope = await open().dispatch(method, input, meta);
    // If this call asked for another file, answer once that file serves.
    await switching;
    return envelope;
  };
  return {
    dispatch,
    events,
    current: open,
    replace,
    switchTo(file, openFile) {
      switching = switching.then(async () => {
        try {
          await replace(await openFile(file));
        } catch (error) {
          process.stderr.write(`winloop: could not switch to ${file}: ${String(error)}\n`);
        }
      });
      return switching;
    },
    async close() {
      unrelay();
      const previous = current;
      current = null;
      await previous?.close();
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
  /** The recent files' JSON in the user-data folder (electron/recent-files.ts); without it, no list is kept. */
  recentList?: string;
}

/**
 * The services' view of the host when they run in process (tests): `switchTo` opens the next file at once,
 * so a file that will not open fails the call that asked for it, but swaps only after that call has answered.
 */
export function workspaceHost(
  places: HostPlaces,
  target: () => Pick<SwitchableWorkspace, 'replace'> | null,
  open: (file: string) => Served,
): WorkspaceHost {
  return {
    ...places,
    switchTo(file) {
      const next = open(file);
      setImmediate(() => {
        const switchable = target();
        if (switchable) void switchable.replace(next);
        else void next.close();
      });
    },
  };
}
