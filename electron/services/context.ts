import type Database from 'better-sqlite3';
import type { EventName, EventPayload } from '../../shared/api';
import type { SystemInfo } from '../../shared/contract/system';
import type { Db } from '../db/client';

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
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
