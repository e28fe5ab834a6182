import { EventEmitter } from 'node:events';
import type { IpcRendererEvent } from 'electron';
import { describe, expect, test } from 'vitest';
import { COMMAND_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shell/channels';
import { createPreloadApi, type IpcRendererLike } from '../../electron/shell/preload-api';

/** A stand-in for Electron's ipcRenderer: an emitter plus a recorded invoke. */
function fakeIpcRenderer() {
  const emitter = new EventEmitter();
  const invoked: unknown[][] = [];
  const fakeEvent = { sender: 'the real ipcRenderer' } as unknown as IpcRendererEvent;
  const ipc: IpcRendererLike = {
    invoke: (channel: string, ...args: unknown[]) => {
      invoked.push([channel, ...args]);
      return Promise.resolve({ ok: true, value: 'pong' });
    },
    on(channel, listener) {
      emitter.on(channel, listener);
      return ipc as never;
    },
    removeListener(channel, listener) {
      emitter.removeListener(channel, listener);
      return ipc as never;
    },
  };
  const emit = (channel: string, ...args: unknown[]) => emitter.emit(channel, fakeEvent, ...args);
  return { ipc, invoked, emit, listeners: (channel: string) => emitter.listenerCount(channel) };
}

describe('the preload API', () => {
  test('exposes invoke, on and onCommand, and nothing else', () => {
    const api = createPreloadApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'onCommand']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  test('invoke sends the method and input on the one invoke channel', async () => {
    const fake = fakeIpcRenderer();
    const api = createPreloadApi(fake.ipc);
    await expect(api.invoke('system.info', { a: 1 })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(fake.invoked).toEqual([[INVOKE_CHANNEL, 'system.info', { a: 1 }]]);
  });

  test('event listeners get the name and payload, never the IPC event', () => {
    const fake = fakeIpcRenderer();
    const api = createPreloadApi(fake.ipc);
    const got: unknown[][] = [];
    const off = api.on((...args) => got.push(args));
    fake.emit(EVENT_CHANNEL, 'data.changed', { entities: ['case'] });
    expect(got).toEqual([['data.changed', { entities: ['case'] }]]);

    off();
    expect(fake.listeners(EVENT_CHANNEL)).toBe(0);
    fake.emit(EVENT_CHANNEL, 'data.changed', { entities: ['case'] });
    expect(got).toHaveLength(1);
  });

  test('menu commands arrive by name and unsubscribing stops them', () => {
    const fake = fakeIpcRenderer();
    const api = createPreloadApi(fake.ipc);
    const got: unknown[][] = [];
    const off = api.onCommand((...args) => got.push(args));
    fake.emit(COMMAND_CHANNEL, 'case.new');
    off();
    fake.emit(COMMAND_CHANNEL, 'nav.trash');
    expect(got).toEqual([['case.new']]);
    expect(fake.listeners(COMMAND_CHANNEL)).toBe(0);
  });
});
