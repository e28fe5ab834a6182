/** Teammates for the merge tests: each a database of their own, written with plain SQL as any writer may. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import type { MemberMap } from '../../shared/contract/sharing';
import { applyMerge, previewMerge } from '../../electron/team/apply';
import { exportOf, emptyDb } from './team-files';

export interface Member {
  name: string;
  id: string;
  file: string;
  db: Database.Database;
  exportFile(opts?: { withoutPrivate?: boolean }): string;
  takeIn(other: Member | string, members?: MemberMap): ReturnType<typeof applyMerge>;
  preview(other: Member | string, members?: MemberMap): ReturnType<typeof previewMerge>;
  close(): void;
}

let exports = 0;

export function member(dir: string, name: string, id = randomUUID()): Member {
  const file = emptyDb(dir, `${name}.db`);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.prepare('insert into team_members (id, created_at, updated_at, name, is_me) values (?, ?, ?, ?, 1)').run(
    id,
    new Date().toISOString(),
    new Date().toISOString(),
    name,
  );
  return wrap(dir, name, id, file, db);
}

/** A copy of a member's database as it is now, to merge into without changing theirs. */
export function fork(m: Member, dir: string, name: string): Member {
  const file = path.join(dir, `${name}.db`);
  m.db.prepare('VACUUM INTO ?').run(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return wrap(dir, name, m.id, file, db);
}

function wrap(dir: string, name: string, id: string, file: string, db: Database.Database): Member {
  const opts = { dbFile: file, migrationsFolder: MIGRATIONS_DIR, workDir: dir };
  const fileOf = (other: Member | string) => (typeof other === 'string' ? other : other.exportFile());
  const self: Member = {
    name,
    id,
    file,
    db,
    exportFile: (o = {}) => exportOf(file, o, path.join(dir, `${name}-${++exports}.winloop`)).file,
    takeIn: (other, members) => applyMerge(db, fileOf(other), { ...opts, members }),
    preview: (other, members) => previewMerge(db, fileOf(other), { ...opts, members }),
    close: () => db.close(),
  };
  return self;
}

const at = () => new Date().toISOString();

export function addRow(m: Member, table: string, values: Record<string, unknown>): string {
  const id = (values.id as string | undefined) ?? randomUUID();
  const all = { id, created_at: at(), updated_at: at(), ...values };
  const columns = Object.keys(all);
  m.db
    .prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    )
    .run(...columns.map((c) => all[c as keyof typeof all] as unknown));
  return id;
}

/** Lets the wall clock move on, so changes made one after the other on two machines are ordered as made. */
export function tick(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

export function setField(m: Member, table: string, id: string, field: string, value: unknown): void {
  tick();
  m.db.prepare(`update "${table}" set "${field}" = ?, updated_at = ? where id = ?`).run(value, at(), id);
}

export function field(m: Member, table: string, id: string, column: string): unknown {
  return m.db.prepare(`select "${column}" from "${table}" where id = ?`).pluck().get(id);
}

export function addCase(m: Member, accountId: string, title: string, extra: Record<string, unknown> = {}): string {
  return addRow(m, 'cases', {
    title,
    account_id: accountId,
    value_minor: 100_000,
    currency: 'EUR',
    opened_on: '2026-01-10',
    outcome: 'open',
    owner_id: m.id,
    ...extra,
  });
}
