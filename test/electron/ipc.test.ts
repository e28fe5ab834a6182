import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { activeWorkspace } from '../../electron/shell/active-workspace';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shell/channels';
import { forwardEvents, registerInvoke, type InvokeEventLike, type IpcMainLike } from '../../electron/shell/ipc';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace, type Workspace } from '../../electron/workspace';

const appUrl = 'file:///opt/Winloop/dist/renderer/index.html';

/** A stand-in for Electron's ipcMain: keeps the handlers so a test can invoke them as a window would. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invokeFrom = (url: string | null, ...args: unknown[]) =>
    handlers.get(INVOKE_CHANNEL)!({ senderFrame: url === null ? null : { url } }, ...args);
  return { ipcMain, handlers, invokeFrom };
}

function fakeWindow() {
  const sent: unknown[][] = [];
  let destroyed = false;
  return {
    sent,
    destroy: () => (destroyed = true),
    target: { send: (...args: unknown[]) => void sent.push(args), isDestroyed: () => destroyed },
  };
}

let dir: string;
let workspace: Workspace;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-ipc-'));
  workspace = openWorkspace(path.join(dir, 'test.db'), { migrationsFolder: MIGRATIONS_DIR, mode: 'electron' });
});

afterEach(() => {
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the invoke channel', () => {
  test('the app page gets the dispatch result from the real database', async () => {
    const fake = fakeIpcMain();
    registerInvoke(fake.ipcMain, workspace.dispatch, appUrl);
    const envelope = await fake.invokeFrom(`${appUrl}#/cases`, 'system.info', {});
    expect(envelope).toMatchObject({ ok: true, value: { mode: 'electron', dbPath: path.join(dir, 'test.db') } });
  });

  test('errors come back as envelopes', async () => {
    const fake = fakeIpcMain();
    registerInvoke(fake.ipcMain, workspace.dispatch, appUrl);
    expect(await fake.invokeFrom(appUrl, 'nope.nothing', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await fake.invokeFrom(appUrl, 42, {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test.each([
    ['a web page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a destroyed frame', null],
  ])('%s is forbidden', async (_name, url) => {
    const fake = fakeIpcMain();
    registerInvoke(fake.ipcMain, workspace.dispatch, appUrl);
    expect(await fake.invokeFrom(url, 'system.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('unregistering frees the channel', () => {
    const fake = fakeIpcMain();
    const off = registerInvoke(fake.ipcMain, workspace.dispatch, appUrl);
    off();
    expect(fake.handlers.size).toBe(0);
    expect(() => registerInvoke(fake.ipcMain, workspace.dispatch, appUrl)).not.toThrow();
  });
});

const JOB = {
  id: 'j',
  kind: 'sample',
  label: 'Import',
  state: 'running',
  phase: 'cases',
  done: 1,
  total: 2,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  result: null,
  error: null,
} as const;

describe('events', () => {
  test('go to every live window and stop after unsubscribing', () => {
    const a = fakeWindow();
    const b = fakeWindow();
    const off = forwardEvents(workspace.events, () => [a.target, b.target]);
    workspace.ctx.emit('data.changed', { entities: ['cases'] });
    b.destroy();
    workspace.ctx.emit('job.progress', JOB);
    off();
    workspace.ctx.emit('data.changed', { entities: ['cases'] });
    expect(a.sent).toEqual([
      [EVENT_CHANNEL, 'data.changed', { entities: ['cases'] }],
      [EVENT_CHANNEL, 'job.progress', JOB],
    ]);
    expect(b.sent).toEqual([[EVENT_CHANNEL, 'data.changed', { entities: ['cases'] }]]);
  });

  test('a service writing through IPC reaches the windows', async () => {
    const win = fakeWindow();
    const fake = fakeIpcMain();
    forwardEvents(workspace.events, () => [win.target]);
    registerInvoke(fake.ipcMain, workspace.dispatch, appUrl);
    const created = await fake.invokeFrom(appUrl, 'cases.create', {
      title: 'Fleet rollout',
      accountName: 'Nordhaven',
      currency: 'EUR',
      valueMinor: 100,
    });
    expect(created).toMatchObject({ ok: true });
    expect(win.sent.some(([channel, event]) => channel === EVENT_CHANNEL && event === 'data.changed')).toBe(true);
  });
});

describe('switching the open database', () => {
  test('calls and events follow the new file; the old one is closed', async () => {
    const win = fakeWindow();
    const fake = fakeIpcMain();
    const active = activeWorkspace(workspace, () => [win.target]);
    registerInvoke(fake.ipcMain, active.dispatch, appUrl);
    const old = workspace;
    const next = openWorkspace(path.join(dir, 'other.db'), { migrationsFolder: MIGRATIONS_DIR, mode: 'electron' });
    await active.replace(next);
    workspace = next; // afterEach closes the live one

    expect(old.ctx.sqlite.open).toBe(false);
    expect(await fake.invokeFrom(appUrl, 'system.info', {})).toMatchObject({
      ok: true,
      value: { dbPath: path.join(dir, 'other.db') },
    });
    old.events.emit('data.changed', { entities: ['accounts'] });
    next.ctx.emit('data.changed', { entities: ['people'] });
    expect(win.sent).toEqual([
      // Every window hears that the file changed (it reloads), then only the new file's events.
      [EVENT_CHANNEL, 'workspace.switched', { dbPath: path.join(dir, 'other.db') }],
      [EVENT_CHANNEL, 'data.changed', { entities: ['people'] }],
    ]);
  });
});
