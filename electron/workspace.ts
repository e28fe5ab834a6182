/**
 * A workspace is one open database file with its services in this thread: what each engine worker builds on
 * (electron/engine/db-worker.ts builds its own context the same way) and what service tests use directly.
 * Opening one runs the integrity check and migrations (electron/db/client.ts).
 */
import { openDatabase, type OpenOptions } from './db/client';
import { createSyncDispatch, type ApiHost, type SyncDispatch } from './dispatch';
import { EventBus } from './event-bus';
import type { ServiceContext, WorkspaceHost } from './services/context';
import { appVersion } from './paths';

export interface Workspace extends ApiHost {
  ctx: ServiceContext;
  dbPath: string;
  /** The same dispatch answering synchronously (tests and fixtures on one connection). */
  dispatchSync: SyncDispatch;
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
  const dispatchSync = createSyncDispatch(ctx);
  return {
    ctx,
    dbPath: opened.file,
    dispatch: (method, input, meta) => Promise.resolve(dispatchSync(method, input, meta)),
    dispatchSync,
    events,
    close: () => opened.close(),
  };
}
