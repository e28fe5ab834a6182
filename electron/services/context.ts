import type Database from 'better-sqlite3';
import type { EventName, EventPayload } from '../../shared/api';
import type { SystemInfo } from '../../shared/contract/system';
import type { Db } from '../db/client';

/**
 * What the app or browser mode hosting this file offers services that change which file is open (sample data,
 * back to my data). The CLI and tests have none: those calls then say so.
 */
export interface WorkspaceHost {
  defaultDbPath: string;
  sampleDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
  /** The recent files' JSON in the user-data folder (electron/recent-files.ts). */
  recentList?: string;
  /** Continue with another database file once the current call has answered. */
  switchTo(file: string): void;
  /** Replace the open file with one of its snapshots once the current call has answered (the app, browser mode). */
  restore?(snapshotName: string): void;
}

/** What every service handler is given. Nothing here knows about Electron or HTTP. */
export interface ServiceContext {
  db: Db;
  sqlite: Database.Database;
  dbPath: string;
  schemaVersion: number;
  mode: SystemInfo['mode'];
  appVersion: string;
  /** Wall clock, injectable so tests can pin time. */
  now(): Date;
  host?: WorkspaceHost;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
