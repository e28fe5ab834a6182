import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { FORMAT_VERSION } from '../../electron/team/format';
import { tempDir } from '../helpers/temp-workspace';
import { exportOf, rows, sampleDb, summaryOf } from './team-files';

const one = (file: string, sql: string) => rows(file, sql)[0] as Record<string, unknown>;

describe('export', () => {
  test('a .winloop file with its header, without derived rows, settings or merge history', () => {
    const db = sampleDb(60);
    const me = one(db, 'select id, name from team_members where is_me = 1');
    const result = exportOf(db, { now: new Date('2026-06-01T08:00:00Z') });
    expect(result.header).toMatchObject({
      formatVersion: FORMAT_VERSION,
      appVersion: '0.1.0-test',
      memberId: me.id,
      memberName: me.name,
      exportedAt: '2026-06-01T08:00:00.000Z',
      withoutPrivate: false,
      anonymised: false,
    });
    expect(result.header.fileId).toMatch(/^[0-9a-f-]{36}$/);
    expect(one(result.file, 'select * from winloop_export')).toMatchObject({ member_id: me.id, format_version: 1 });
    expect(one(result.file, 'select count(*) n from derived_review_closed_cases').n).toBe(0);
    expect(one(result.file, 'select count(*) n from settings').n).toBe(0);
    expect(one(result.file, 'select count(*) n from cases').n).toBe(one(db, 'select count(*) n from cases').n);
    expect(one(result.file, 'select count(*) n from sync_seen where member_id = ' + `'${String(me.id)}'`).n).toBe(1);
    expect(fs.existsSync(`${result.file}.building`)).toBe(false);
  });

  test('is a consistent copy while the app writes: an open transaction is not in it', () => {
    const db = sampleDb(30);
    const writer = new Database(db);
    try {
      writer.exec('BEGIN IMMEDIATE');
      writer.exec("update cases set title = 'Half-saved' where rowid = 1");
      const result = exportOf(db);
      writer.exec('COMMIT');
      expect(rows(result.file, "select id from cases where title = 'Half-saved'")).toEqual([]);
      expect(rows(db, "select id from cases where title = 'Half-saved'")).toHaveLength(1);
    } finally {
      writer.close();
    }
  });

  test('without private contacts: no private person, none of their relationships or case places', () => {
    const db = sampleDb(120);
    const privateIds = (rows(db, "select id from people where visibility = 'private'") as { id: string }[]).map(
      (r) => r.id,
    );
    expect(privateIds.length).toBeGreaterThan(0);
    const { file } = exportOf(db, { withoutPrivate: true });
    const list = `(${privateIds.map((id) => `'${id}'`).join(',')})`;
    expect(rows(file, `select id from people where id in ${list}`)).toEqual([]);
    expect(rows(file, `select id from relationships where person_id in ${list}`)).toEqual([]);
    expect(rows(file, `select id from case_people where person_id in ${list}`)).toEqual([]);
    expect(rows(file, `select id from interactions where person_id in ${list}`)).toEqual([]);
    expect(rows(file, `select id from people where reports_to_id in ${list}`)).toEqual([]);
    expect(rows(file, `select row_id from sync_field_clocks where row_id in ${list}`)).toEqual([]);
    expect(rows(file, 'pragma foreign_key_check')).toEqual([]);
    expect(one(file, 'select count(*) n from people').n).toBe(
      one(db, "select count(*) n from people where visibility = 'team'").n,
    );
  });

  test('anonymised: no original name or e-mail anywhere in the bytes, and the same review apart from names', async () => {
    const dir = tempDir();
    const db = sampleDb(150, 11, dir);
    const writer = new Database(db);
    writer.exec("update cases set notes = 'Call anna.berg@acme.example before Friday' where rowid = 2");
    // Free pages of the original may hold old names: the copy must not carry them.
    writer.exec("update accounts set name = name || ' Holding' where rowid = 1");
    writer.close();
    const originals = [
      ...(
        rows(db, 'select name from people union select name from accounts union select name from team_members') as {
          name: string;
        }[]
      ).map((r) => r.name),
      'anna.berg@acme.example',
    ].filter((n) => n.length >= 4);
    const { file } = exportOf(db, { anonymise: true }, path.join(dir, 'workshop.winloop'));
    const bytes = fs.readFileSync(file);
    const found = originals.filter((name) => bytes.includes(Buffer.from(name, 'utf8')));
    // The search finds them where they are: in the original.
    const inOriginal = fs.readFileSync(db);
    expect(originals.filter((name) => inOriginal.includes(Buffer.from(name, 'utf8'))).length).toBeGreaterThan(10);
    expect(found).toEqual([]);
    // The same original gets the same pseudonym everywhere.
    const names = rows(file, 'select name from accounts order by name') as { name: string }[];
    expect(names.every((n) => /^Customer \d+$/.test(n.name))).toBe(true);

    const scope = { from: '2023-06-01', to: '2026-05-31' };
    const [before, after] = [await summaryOf(db, scope), await summaryOf(file, scope)];
    expect(sameApartFromNames(before, after)).toEqual([]);
    expect(before.winRate.closed).toBeGreaterThan(20);
  });
});

/** Paths where two summaries differ in anything but text: numbers, booleans, nulls, list lengths, keys. */
function sameApartFromNames(a: unknown, b: unknown, at = '$'): string[] {
  if (typeof a === 'string' && typeof b === 'string') return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at}: ${a.length} vs ${b.length} items`];
    return a.flatMap((x, i) => sameApartFromNames(x, b[i], `${at}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      sameApartFromNames((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`),
    );
  }
  return Object.is(a, b) ? [] : [`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}
