/**
 * Opening a teammate's `.winloop` file, which is untrusted: it is checked from the outside (size, SQLite
 * header, no journal beside it), copied, and only the copy is opened, with trusted_schema off; it must pass
 * quick_check, be a Winloop export of a known format and schema version, and hold exactly the objects this
 * Winloop's migrations make (a trigger, a view, an extra table or a changed column list refuses it). An older
 * one is upgraded on the copy. Rows are then read through fixed SELECTs and validated (rows.ts). A refusal is
 * one sentence, and nothing outside the copy is touched.
 * Changes with: format.ts, reference-schema.ts, export.ts.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { ApiError } from '../../shared/envelope';
import { appliedMigrations, knownMigrations, runMigrations } from '../db/migrate';
import { DEFAULT_SIZE_LIMIT, FORMAT_VERSION, HEADER_SQL, type ExportHeader } from './format';
import { referenceSchema, schemaDifference, schemaObjects } from './reference-schema';

/** A teammate's file that will not be read; the message is the one sentence a person reads. */
export class RefusedFile extends ApiError {
  constructor(message: string, code: 'invalid_input' | 'db_newer' = 'invalid_input') {
    super(code, message);
    this.name = 'RefusedFile';
  }
}

/**
 * A read of the teammate's copy, with damage the quick check cannot see (it skips matching indexes to their
 * tables) refusing the file in one sentence rather than failing the merge with SQLite's error.
 */
export function fromTeammate<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|FORMAT|MISMATCH|RANGE)/.test(code)) {
      throw new RefusedFile(`${name} is damaged (${firstLine(error)}).`);
    }
    throw error;
  }
}

export interface OpenTeammateOptions {
  migrationsFolder: string;
  sizeLimit?: number;
  /** Where the copy is made (default: the OS temp folder). */
  workDir?: string;
  nativeBinding?: string;
}

export interface TeammateFile {
  file: string;
  header: ExportHeader;
  /** The checked copy, read-only. */
  sqlite: Database.Database;
  close(): void;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

export function openTeammateFile(file: string, opts: OpenTeammateOptions): TeammateFile {
  const name = path.basename(file);
  const limit = opts.sizeLimit ?? DEFAULT_SIZE_LIMIT;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new RefusedFile(`${name} was not found.`);
  }
  if (!stat.isFile()) throw new RefusedFile(`${name} is not a file.`);
  if (stat.size === 0) throw new RefusedFile(`${name} is empty: it is not a Winloop file.`);
  if (stat.size > limit) {
    throw new RefusedFile(`${name} is ${gb(stat.size)}, larger than the ${gb(limit)} a teammate's file may be.`);
  }
  const head = readHead(file);
  if (head.length < 100 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new RefusedFile(`${name} is not a Winloop file (it is not a SQLite database).`);
  }
  // An export is written with a rollback journal and closed: a WAL file, or a journal beside it, is a live
  // database or one still being written, and its newest rows may not be in the file itself.
  if (head[18] !== 1 || head[19] !== 1 || ['-wal', '-journal'].some((s) => fs.existsSync(file + s))) {
    throw new RefusedFile(`${name} is a database in use, not a Winloop export; export it from Winloop and try again.`);
  }
  const workDir = opts.workDir ?? os.tmpdir();
  const copy = path.join(workDir, `.teammate-${randomUUID()}.winloop`);
  fs.copyFileSync(file, copy);
  const binding = opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
  let sqlite: Database.Database | null = null;
  const remove = () => {
    for (const s of ['', '-journal', '-wal', '-shm']) fs.rmSync(copy + s, { force: true });
  };
  try {
    if (fs.statSync(copy).size !== stat.size)
      throw new RefusedFile(`${name} changed while it was being read; try again.`);
    sqlite = openCopy(copy, binding);
    const header = checkCopy(sqlite, name, opts);
    const version = header.schemaVersion;
    if (version < knownMigrations(opts.migrationsFolder).length) {
      sqlite.close();
      sqlite = upgradeCopy(copy, name, opts, binding);
    }
    const opened = sqlite;
    return {
      file,
      header,
      sqlite: opened,
      close() {
        opened.close();
        remove();
      },
    };
  } catch (error) {
    sqlite?.close();
    remove();
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(`${name} is not a Winloop file (${firstLine(error)}).`);
  }
}

function openCopy(copy: string, binding: object, readonly = true): Database.Database {
  const sqlite = new Database(copy, { readonly, fileMustExist: true, ...binding });
  // Nothing in the file's schema may run our functions or reach outside it.
  sqlite.pragma('trusted_schema = OFF');
  sqlite.pragma('cell_size_check = ON');
  return sqlite;
}

function checkCopy(sqlite: Database.Database, name: string, opts: OpenTeammateOptions): ExportHeader {
  let verdict: unknown;
  try {
    verdict = sqlite.pragma('quick_check', { simple: true });
  } catch (error) {
    throw new RefusedFile(`${name} is not a Winloop file (${firstLine(error)}).`);
  }
  if (verdict !== 'ok') throw new RefusedFile(`${name} is damaged (integrity check: ${firstLine(verdict)}).`);
  const objects = schemaObjects(sqlite);
  const headerTable = objects.find((o) => o.type === 'table' && o.name === 'winloop_export');
  if (!headerTable) throw new RefusedFile(`${name} is a SQLite database but not a Winloop export.`);
  // Its own columns first: the header is read before the rest of the schema is compared.
  if (headerTable.sql !== HEADER_SQL)
    throw new RefusedFile(`${name} is refused: it holds a changed table "winloop_export".`);
  const header = readHeader(sqlite, name);
  if (header.formatVersion > FORMAT_VERSION) {
    throw new RefusedFile(
      `${name} was written by a newer Winloop (export format ${header.formatVersion}; this one reads up to ${FORMAT_VERSION}): update Winloop to take it in.`,
      'db_newer',
    );
  }
  const known = knownMigrations(opts.migrationsFolder);
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  const applied = appliedMigrations(sqlite);
  if (userVersion > known.length || header.schemaVersion > known.length) {
    throw new RefusedFile(
      `${name} was written by a newer Winloop (schema ${Math.max(userVersion, header.schemaVersion)}; this one knows ${known.length}): update Winloop to take it in.`,
      'db_newer',
    );
  }
  const prefix = applied.every((row, i) => known[i]?.hash === row.hash);
  if (!prefix || applied.length !== userVersion || header.schemaVersion !== userVersion) {
    throw new RefusedFile(`${name} is not a Winloop export this version knows (its migrations do not match).`);
  }
  const difference = schemaDifference(objects, referenceSchema(opts.migrationsFolder, userVersion, opts.nativeBinding));
  if (difference) throw new RefusedFile(`${name} is refused: it holds ${difference}.`);
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new RefusedFile(`${name} is refused: it has ${broken.length} broken reference(s).`);
  return header;
}

function readHeader(sqlite: Database.Database, name: string): ExportHeader {
  const rows = sqlite
    .prepare(
      'SELECT format_version, app_version, schema_version, member_id, member_name, exported_at, file_id, without_private, anonymised FROM winloop_export LIMIT 2',
    )
    .all() as Record<string, unknown>[];
  const row = rows[0];
  const text = (v: unknown, max = 200) => typeof v === 'string' && v.length <= max;
  const int = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (
    rows.length !== 1 ||
    !row ||
    !int(row.format_version) ||
    !text(row.app_version, 50) ||
    !int(row.schema_version) ||
    !(row.member_id === null || (text(row.member_id, 36) && /^[0-9a-f-]{36}$/i.test(row.member_id as string))) ||
    !text(row.member_name) ||
    !text(row.exported_at, 40) ||
    !text(row.file_id, 36) ||
    ![0, 1].includes(row.without_private as number) ||
    ![0, 1].includes(row.anonymised as number)
  ) {
    throw new RefusedFile(`${name} is refused: its export header is not valid.`);
  }
  return {
    formatVersion: row.format_version as number,
    appVersion: row.app_version as string,
    schemaVersion: row.schema_version as number,
    memberId: row.member_id as string | null,
    memberName: row.member_name as string,
    exportedAt: row.exported_at as string,
    fileId: row.file_id as string,
    withoutPrivate: row.without_private === 1,
    anonymised: row.anonymised === 1,
  };
}

/** An export from an older Winloop, brought to this schema on the copy (the teammate's file is not touched). */
function upgradeCopy(copy: string, name: string, opts: OpenTeammateOptions, binding: object): Database.Database {
  const writable = openCopy(copy, binding, false);
  try {
    runMigrations(writable, drizzle(writable), { migrationsFolder: opts.migrationsFolder, backupTo: null });
    const known = knownMigrations(opts.migrationsFolder).length;
    const difference = schemaDifference(schemaObjects(writable), referenceSchema(opts.migrationsFolder, known));
    if (difference) throw new RefusedFile(`${name} could not be upgraded: it holds ${difference}.`);
  } catch (error) {
    writable.close();
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(`${name} is from an older Winloop and could not be upgraded (${firstLine(error)}).`);
  }
  writable.close();
  return openCopy(copy, binding);
}

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(100);
    const n = fs.readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function gb(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

function firstLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value);
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
