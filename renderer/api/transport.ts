/**
 * Picks the transport: Electron's preload exposes `window.winloop`; in browser mode the same calls go to the
 * loopback bridge that served this page (its cookie carries the launch token).
 * Changes with: electron/preload.ts, electron/transports/http-bridge.ts.
 */
import type { CallOptions, Transport } from '../../shared/client';
import type { Envelope } from '../../shared/envelope';

export interface PreloadApi {
  invoke(method: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  onCommand(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    winloop?: PreloadApi;
  }
}

export function httpTransport(base = ''): Transport {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let source: EventSource | null = null;
  return {
    async invoke(method, input, options) {
      try {
        const res = await fetch(`${base}/api/invoke`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ method, input, ...(options?.origin ? { origin: options.origin } : {}) }),
        });
        if (res.headers.get('content-type')?.startsWith('application/json'))
          return (await res.json()) as Envelope<unknown>;
        return { ok: false, error: { code: res.status === 401 ? 'forbidden' : 'internal', message: await res.text() } };
      } catch (error) {
        return {
          ok: false,
          error: { code: 'internal', message: `Winloop's server is not answering (${String(error)}).` },
        };
      }
    },
    on(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`${base}/api/events`);
        source.onmessage = (message: MessageEvent<string>) => {
          const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
          for (const l of listeners) l(event, payload);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

export function ipcTransport(bridge: PreloadApi): Transport {
  return {
    invoke: (method, input, options) => bridge.invoke(method, input, options),
    on: (listener) => bridge.on(listener),
  };
}

export function defaultTransport(): Transport {
  return window.winloop ? ipcTransport(window.winloop) : httpTransport();
}
