/**
 * What the preload exposes as `window.winloop`: three functions and nothing else. The page never sees
 * ipcRenderer or an IPC event object (its `sender` is ipcRenderer itself), only method results and payloads.
 * Changes with: renderer/api/transport.ts (PreloadApi, the page's view of this), electron/shell/ipc.ts.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

type Envelope =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };

export interface PreloadApi {
  invoke(method: string, input: unknown, options?: { origin?: string }): Promise<Envelope>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  onCommand(listener: (command: string) => void): () => void;
}

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createPreloadApi(ipc: IpcRendererLike): PreloadApi {
  const subscribe = <A extends unknown[]>(channel: string, forward: (...args: A) => void) => {
    const handler = (_event: IpcRendererEvent, ...args: unknown[]) => forward(...(args as A));
    ipc.on(channel, handler);
    return () => void ipc.removeListener(channel, handler);
  };
  return {
    invoke: (method, input, options) =>
      (options?.origin
        ? ipc.invoke(INVOKE_CHANNEL, String(method), input, { origin: String(options.origin) })
        : ipc.invoke(INVOKE_CHANNEL, String(method), input)) as Promise<Envelope>,
    on: (listener) => subscribe(EVENT_CHANNEL, (event: string, payload: unknown) => listener(event, payload)),
    onCommand: (listener) => subscribe(COMMAND_CHANNEL, (command: string) => listener(command)),
  };
}
