/**
 * The Electron transport: one invoke channel carrying (method, input) to the dispatcher, one event channel
 * out. Only the app's own page may call; anything else (a frame that somehow navigated elsewhere) gets a
 * 'forbidden' envelope, never an exception, since Electron strips error fields.
 * Changes with: electron/shell/preload-api.ts, electron/dispatch.ts, shared/envelope.ts.
 */
import type { Envelope } from '../../shared/envelope';
import type { Dispatch } from '../dispatch';
import type { EventBus } from '../event-bus';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import { isAppUrl } from './window-options';

/** The part of an invoke event that is checked: which frame (and so which page) sent it. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/** The slice of ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface EventSink {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed?(): boolean;
}

/** Answers invokes from the app page with `dispatch`; returns the function that unregisters it. */
export function registerInvoke(ipcMain: IpcMainLike, dispatch: Dispatch, appUrl: string): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method, input, options): Promise<Envelope<unknown>> => {
    const url = event.senderFrame?.url ?? '';
    if (!isAppUrl(url, appUrl)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the Winloop window may call its API.' } };
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'invalid_input', message: 'Name a method.' } };
    const origin = (options as { origin?: unknown } | undefined)?.origin;
    return dispatch(method, input, typeof origin === 'string' && origin.length <= 200 ? { origin } : undefined);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends every bus event to every open window; returns the unsubscribe function. */
export function forwardEvents(events: Pick<EventBus, 'subscribe'>, targets: () => Iterable<EventSink>): () => void {
  return events.subscribe((event, payload) => {
    for (const target of targets()) {
      if (!target.isDestroyed?.()) target.send(EVENT_CHANNEL, event, payload);
    }
  });
}
