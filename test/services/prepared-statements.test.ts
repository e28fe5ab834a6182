/**
 * A save's statements are compiled once per connection (electron/db/prepared.ts): they keep working after the
 * schema changes under them on the same connection (SQLite recompiles them), and each connection has its own,
 * so a case saved in one file never lands in another one opened in the same process.
 */
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { preparedOnce } from '../../electron/db/prepared';
import { createTestWorkspace } from '../helpers/temp-workspace';

test('a save after a schema change on the same connection still writes and reads back the whole case', async () => {
  const { ws, client } = createTestWorkspace();
  const first = await client.call('cases.create', { title: 'Pumps', accountName: 'Acme', valueMinor: 100 });
  // What a migration does: a new column (before the ones the insert names, as far as SQLite's order goes), a new
  // index and a trigger on the table the cached insert and read-back use.
  ws.ctx.sqlite.exec(`
    alter table cases add column extra_note text not null default 'x';
    create index cases_extra_note_idx on cases (extra_note);
    create table audit (case_id text);
    create trigger cases_audit after insert on cases begin insert into audit values (new.id); end;`);
  const second = await client.call('cases.create', { title: 'Valves', accountId: first.accountId, valueMinor: 250 });
  expect(second).toMatchObject({ title: 'Valves', accountId: first.accountId, accountName: 'Acme', valueMinor: 250 });
  expect(await client.call('cases.get', { id: second.id })).toEqual(second);
  expect(ws.ctx.sqlite.prepare('select case_id from audit').pluck().all()).toEqual([second.id]);
});

test('two files open in one process keep their own statements and their own cases', async () => {
  const a = createTestWorkspace();
  const b = createTestWorkspace();
  const inA = await a.client.call('cases.create', { title: 'Pumps', accountName: 'Acme' });
  const inB = await b.client.call('cases.create', { title: 'Valves', accountName: 'Bolt' });
  expect((await a.client.call('cases.list', {})).items.map((c) => c.title)).toEqual(['Pumps']);
  expect((await b.client.call('cases.list', {})).items.map((c) => c.title)).toEqual(['Valves']);
  await expect(a.client.call('cases.get', { id: inB.id })).rejects.toThrow();
  expect((await b.client.call('cases.get', { id: inB.id })).accountName).toBe('Bolt');
  expect(inA.accountName).toBe('Acme');
});

test('a statement is built once per connection and per builder', () => {
  const one = new Database(':memory:');
  const two = new Database(':memory:');
  let built = 0;
  const build = (db: Database.Database) => {
    built++;
    return db.prepare('select 1');
  };
  expect(preparedOnce(one, build)).toBe(preparedOnce(one, build));
  expect(preparedOnce(two, build)).not.toBe(preparedOnce(one, build));
  expect(built).toBe(2);
  one.close();
  two.close();
});
