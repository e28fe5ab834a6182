/**
 * Teammate files nobody should take in, each built from a valid export or from nothing: what the importer
 * must refuse with one sentence, leaving the open database as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { exportOf } from './team-files';

export interface HostileFile {
  name: string;
  file: string;
  /** What the refusal must say. */
  says: RegExp;
  sizeLimit?: number;
}

function edited(valid: string, dir: string, name: string, edit: (db: Database.Database) => void): string {
  const file = path.join(dir, `${name}.winloop`);
  fs.copyFileSync(valid, file);
  const db = new Database(file);
  edit(db);
  db.close();
  return file;
}

export function hostileCorpus(sourceDb: string, dir: string): HostileFile[] {
  const valid = exportOf(sourceDb, {}, path.join(dir, 'valid.winloop')).file;
  const bytes = fs.readFileSync(valid);
  const write = (name: string, content: Buffer | string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const random = Buffer.alloc(64 * 1024);
  for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;

  const wal = path.join(dir, 'live.winloop');
  const liveWriter = new Database(path.join(dir, 'live-source.db'));
  liveWriter.pragma('journal_mode = WAL');
  liveWriter.pragma('wal_autocheckpoint = 0');
  liveWriter.exec('create table t (x)');
  liveWriter.exec("insert into t values ('in the wal only')");
  fs.copyFileSync(path.join(dir, 'live-source.db'), wal);
  fs.copyFileSync(path.join(dir, 'live-source.db-wal'), `${wal}-wal`);
  liveWriter.close();

  return [
    {
      name: 'not SQLite',
      file: write('notes.winloop', 'Dear team, here are my cases.\n'.repeat(20)),
      says: /not a SQLite database/,
    },
    { name: 'empty', file: write('empty.winloop', ''), says: /is empty/ },
    {
      name: 'truncated',
      file: write('truncated.winloop', bytes.subarray(0, Math.floor(bytes.length / 2))),
      says: /damaged|not a Winloop file/,
    },
    { name: 'random bytes', file: write('random.winloop', random), says: /not a SQLite database/ },
    {
      name: 'random bytes behind a SQLite header',
      file: write('random-header.winloop', Buffer.concat([bytes.subarray(0, 100), random])),
      says: /damaged|not a Winloop file/,
    },
    {
      name: 'wrong schema',
      file: (() => {
        const file = path.join(dir, 'other.winloop');
        const db = new Database(file);
        db.pragma('journal_mode = DELETE');
        db.exec('create table winloop_export (x); create table cases (id)');
        db.close();
        return file;
      })(),
      says: /changed table "winloop_export"|not a Winloop export|does not make/,
    },
    {
      name: 'a database, not an export',
      file: edited(valid, dir, 'plain', (db) => db.exec('drop table winloop_export')),
      says: /not a Winloop export/,
    },
    {
      name: 'newer format version',
      file: edited(valid, dir, 'newer-format', (db) => db.exec('update winloop_export set format_version = 99')),
      says: /newer Winloop \(export format 99; this one reads up to 1\)/,
    },
    {
      name: 'newer schema version',
      file: edited(valid, dir, 'newer-schema', (db) => db.pragma('user_version = 99')),
      says: /newer Winloop \(schema 99; this one knows \d+\)/,
    },
    {
      name: 'with a trigger',
      file: edited(valid, dir, 'trigger', (db) =>
        db.exec("create trigger evil after insert on cases begin update cases set title = 'x'; end"),
      ),
      says: /trigger "evil" that Winloop does not make/,
    },
    {
      name: 'with a view',
      file: edited(valid, dir, 'view', (db) => db.exec('create view cases_v as select * from cases')),
      says: /view "cases_v" that Winloop does not make/,
    },
    {
      name: 'with an extra table',
      file: edited(valid, dir, 'extra', (db) => db.exec('create table payload (x)')),
      says: /table "payload" that Winloop does not make/,
    },
    {
      name: 'with a changed column list',
      file: edited(valid, dir, 'column', (db) => db.exec('alter table cases add column secret text')),
      says: /changed table "cases"/,
    },
    {
      name: 'with a header of two rows',
      file: edited(valid, dir, 'two-headers', (db) =>
        db.exec('insert into winloop_export select * from winloop_export'),
      ),
      says: /export header is not valid/,
    },
    { name: 'huge', file: valid, sizeLimit: 1000, says: /larger than the 0\.0 MB a teammate's file may be/ },
    { name: 'a WAL file with its -wal beside it', file: wal, says: /database in use, not a Winloop export/ },
  ];
}
