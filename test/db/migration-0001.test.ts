/**
 * N-1 → N with data: a v1 file (cases with a free-text customer and a status) opened by this version becomes
 * accounts + cases with outcomes, keeps every case and reference intact, and leaves a backup behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { knownMigrations } from '../../electron/db/migrate';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';
import { migrationsUpTo } from './migration-steps';

/** A migrations folder that knows only the first journal entry: what Winloop v1 shipped. */
function v1Migrations(root: string): string {
  const folder = migrationsUpTo(1, root);
  expect(fs.readdirSync(folder).filter((f) => f.endsWith('.sql'))).toEqual(['0000_foundation.sql']);
  return folder;
}

const v1Cases = [
  // id, created_at, updated_at, deleted_at, title, customer_name, value_minor, currency, status
  [
    '11111111-1111-4111-8111-111111111111',
    '2025-01-05T08:00:00.000Z',
    '2025-02-20T16:30:00.000Z',
    null,
    'Pumps',
    'Acme AB',
    500_000,
    'EUR',
    'won',
  ],
  [
    '22222222-2222-4222-8222-222222222222',
    '2025-03-01T08:00:00.000Z',
    '2025-03-02T08:00:00.000Z',
    null,
    'Valves',
    '  acme ab ',
    120_000,
    'EUR',
    'open',
  ],
  [
    '33333333-3333-4333-8333-333333333333',
    '2025-04-01T08:00:00.000Z',
    '2025-05-11T23:59:00.000Z',
    null,
    'Filters',
    'ACME AB',
    80_000,
    'EUR',
    'lost',
  ],
  [
    '44444444-4444-4444-8444-444444444444',
    '2025-04-02T08:00:00.000Z',
    '2025-06-01T10:00:00.000Z',
    '2025-06-01T10:00:00.000Z',
    'Old deal',
    'Beta Oy',
    10_000,
    'SEK',
    'no_decision',
  ],
  [
    '55555555-5555-4555-8555-555555555555',
    '2025-04-03T08:00:00.000Z',
    '2025-04-03T08:00:00.000Z',
    null,
    'Audit',
    'Gamma GmbH',
    0,
    'EUR',
    'open',
  ],
  [
    '66666666-6666-4666-8666-666666666666',
    '2025-04-04T08:00:00.000Z',
    '2025-04-04T08:00:00.000Z',
    null,
    'Heat',
    'Örebro Energi',
    1,
    'SEK',
    'withdrawn',
  ],
] as const;

test('a v1 file is backed up and migrated: one account per customer name, outcomes and pending debriefs', () => {
  const dir = tempDir();
  const file = path.join(dir, 'winloop.db');

  const v1 = openDatabase(file, { migrationsFolder: v1Migrations(dir) });
  expect(v1.schemaVersion).toBe(1);
  const insert = v1.sqlite.prepare(
    `insert into cases (id, created_at, updated_at, deleted_at, title, customer_name, value_minor, currency, status)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of v1Cases) insert.run(...row);
  v1.close();

  const v2 = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  try {
    // Opened with every known migration: 0001 and whatever came after it.
    expect(v2.schemaVersion).toBe(knownMigrations(MIGRATIONS_DIR).length);
    expect(v2.backupFile).not.toBeNull();
    expect(fs.existsSync(v2.backupFile!)).toBe(true);
    expect(path.basename(v2.backupFile!)).toMatch(/^winloop\.db\.before-v2-/);

    const all = <T>(query: string) => v2.sqlite.prepare(query).all() as T[];
    const accounts = all<{ id: string; name: string; created_at: string; updated_at: string }>(
      'select id, name, created_at, updated_at from accounts order by name',
    );
    // One account per name ignoring case and surrounding spaces; it keeps one of the spellings as typed.
    expect(accounts.map((a) => a.name.toLowerCase())).toEqual(['acme ab', 'beta oy', 'gamma gmbh', 'örebro energi']);
    expect(['Acme AB', 'ACME AB', 'acme ab']).toContain(accounts[0]?.name);
    for (const a of accounts)
      expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(accounts[0]).toMatchObject({
      created_at: '2025-01-05T08:00:00.000Z',
      updated_at: '2025-05-11T23:59:00.000Z',
    });

    const accountOf = Object.fromEntries(accounts.map((a) => [a.name.toLowerCase(), a.id]));
    const cases = all<Record<string, unknown>>(
      `select id, account_id, title, value_minor, currency, outcome, closed_on, opened_on, debrief, deleted_at
         from cases order by id`,
    );
    expect(cases).toEqual([
      {
        id: v1Cases[0][0],
        account_id: accountOf['acme ab'],
        title: 'Pumps',
        value_minor: 500_000,
        currency: 'EUR',
        outcome: 'won',
        closed_on: '2025-02-20',
        opened_on: '2025-01-05',
        debrief: 'pending',
        deleted_at: null,
      },
      {
        id: v1Cases[1][0],
        account_id: accountOf['acme ab'],
        title: 'Valves',
        value_minor: 120_000,
        currency: 'EUR',
        outcome: 'open',
        closed_on: null,
        opened_on: '2025-03-01',
        debrief: 'none',
        deleted_at: null,
      },
      {
        id: v1Cases[2][0],
        account_id: accountOf['acme ab'],
        title: 'Filters',
        value_minor: 80_000,
        currency: 'EUR',
        outcome: 'lost',
        closed_on: '2025-05-11',
        opened_on: '2025-04-01',
        debrief: 'pending',
        deleted_at: null,
      },
      {
        id: v1Cases[3][0],
        account_id: accountOf['beta oy'],
        title: 'Old deal',
        value_minor: 10_000,
        currency: 'SEK',
        outcome: 'no_decision',
        closed_on: '2025-06-01',
        opened_on: '2025-04-02',
        debrief: 'pending',
        deleted_at: '2025-06-01T10:00:00.000Z',
      },
      {
        id: v1Cases[4][0],
        account_id: accountOf['gamma gmbh'],
        title: 'Audit',
        value_minor: 0,
        currency: 'EUR',
        outcome: 'open',
        closed_on: null,
        opened_on: '2025-04-03',
        debrief: 'none',
        deleted_at: null,
      },
      {
        id: v1Cases[5][0],
        account_id: accountOf['örebro energi'],
        title: 'Heat',
        value_minor: 1,
        currency: 'SEK',
        outcome: 'withdrawn',
        closed_on: '2025-04-04',
        opened_on: '2025-04-04',
        debrief: 'pending',
        deleted_at: null,
      },
    ]);

    expect(all('select count(*) as n from reasons')).toEqual([{ n: 16 }]);
    expect(all('select count(*) as n from reason_categories')).toEqual([{ n: 3 }]);
    expect(all('select count(*) as n from criteria')).toEqual([{ n: 6 }]);
    expect(v2.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(v2.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(v2.sqlite.pragma('user_version', { simple: true })).toBe(knownMigrations(MIGRATIONS_DIR).length);
  } finally {
    v2.close();
  }

  // The backup is the v1 file as it was: schema 1, customer names as typed.
  const backup = openDatabase(
    fs
      .readdirSync(dir)
      .map((f) => path.join(dir, f))
      .find((f) => f.endsWith('.bak'))!,
    {
      migrationsFolder: v1Migrations(tempDir()),
      create: false,
    },
  );
  try {
    expect(backup.schemaVersion).toBe(1);
    expect(backup.sqlite.prepare('select customer_name from cases order by id').pluck().all()).toEqual(
      v1Cases.map((c) => c[5]),
    );
  } finally {
    backup.close();
  }
});

test('an empty v1 file migrates to the seeded vocabularies and no accounts', () => {
  const dir = tempDir();
  const file = path.join(dir, 'winloop.db');
  openDatabase(file, { migrationsFolder: v1Migrations(dir) }).close();
  const v2 = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  try {
    const count = (table: string) => v2.sqlite.prepare(`select count(*) from ${table}`).pluck().get();
    expect([count('cases'), count('accounts'), count('stages'), count('buyer_steps'), count('reasons')]).toEqual([
      0, 0, 4, 6, 16,
    ]);
    expect(v2.sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    v2.close();
  }
});
