/**
 * A workspace is one open database file with its services: what Electron, browser mode, the CLI and the
 * tests all build on. Opening one runs the integrity check and migrations (electron/db/client.ts).
 */
import { openDatabase, type OpenOptions } from './db/client';
import { createDispatch, type Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import type { ServiceContext, WorkspaceHost } from './services/context';
import { appVersion } from './paths';

export interface Workspace {
  ctx: ServiceContext;
  dispatch: Dispatch;
  events: EventBus;
  close(): void;
}

export interface WorkspaceOptions extends OpenOptions {
  mode: ServiceContext['mode'];
  now?: () => Date;
  host?: WorkspaceHost;
}

export function openWorkspace(file: string, opts: WorkspaceOptions): Workspace {
  const opened = openDatabase(file, opts);
  const events = new EventBus();
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    dbPath: opened.file,
    schemaVersion: opened.schemaVersion,
    mode: opts.mode,
    appVersion: appVersion(),
    now: opts.now ?? (() => new Date()),
    ...(opts.host ? { host: opts.host } : {}),
    emit: (event, payload) => events.emit(event, payload),
  };
  return { ctx, dispatch: createDispatch(ctx), events, close: () => opened.close() };
}
