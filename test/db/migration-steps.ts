/**
 * N-1 → N migration tests: a database built with only the first migrations of the journal, a small realistic
 * data set written to it through plain SQL (the schema of that version, not today's drizzle tables), and the
 * step to the next migration, taken through openDatabase as the app takes it.
 * Changes with: migrations/ (the seed below writes the tables of migration 0001, which later ones keep).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { expect, onTestFinished } from 'vitest';
import { openDatabase, type OpenedDb } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { tempDir } from '../helpers/temp-workspace';

interface Journal {
  entries: { idx: number; tag: string }[];
}

const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as Journal;

/** A migrations folder that knows the first `count` journal entries only: what that version of Winloop shipped. */
export function migrationsUpTo(count: number, root = tempDir()): string {
  const entries = journal.entries.slice(0, count);
  expect(entries).toHaveLength(count);
  const folder = path.join(root, `migrations-${count}`);
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag } of entries)
    fs.copyFileSync(path.join(MIGRATIONS_DIR, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  return folder;
}

export interface MigrationStep {
  /** The database after migration N, opened as the app opens it. */
  after: OpenedDb;
  /** Every row of the tables people write, read before migration N ran. */
  before: Snapshot;
}

/**
 * Builds a database up to migration `n - 1`, lets `prepare` write to it, then opens it with migration `n` too.
 * The test closes nothing: the step's database is closed when the test finishes.
 */
export function stepTo(n: number, prepare: (sqlite: Database.Database) => void): MigrationStep {
  // Branches number their migration ahead of the ones merged before it; the journal's order is what runs.
  const at = journal.entries.findIndex((e) => e.tag.startsWith(`${String(n).padStart(4, '0')}_`));
  expect(at, `migration ${n} is in the journal`).toBeGreaterThan(0);
  return stepAt(at, prepare);
}

function stepAt(n: number, prepare: (sqlite: Database.Database) => void): MigrationStep {
  const dir = tempDir();
  const file = path.join(dir, 'winloop.db');
  const old = openDatabase(file, { migrationsFolder: migrationsUpTo(n, dir) });
  let before: Snapshot;
  try {
    expect(old.schemaVersion).toBe(n);
    prepare(old.sqlite);
    before = snapshot(old.sqlite);
  } finally {
    old.close();
  }
  const after = openDatabase(file, { migrationsFolder: migrationsUpTo(n + 1, dir) });
  onTestFinished(() => after.close());
  expect(after.schemaVersion).toBe(n + 1);
  expect(after.sqlite.pragma('user_version', { simple: true })).toBe(n + 1);
  expect(after.sqlite.pragma('foreign_key_check')).toEqual([]);
  expect(after.backupFile).not.toBeNull();
  return { after, before };
}

export type Snapshot = Record<string, unknown[]>;

/** All rows of the tables people and imports write (not the derived_* tables, which are recomputed). */
export function snapshot(sqlite: Database.Database): Snapshot {
  const tables = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
         and name not like 'derived_%' and name <> '__drizzle_migrations' order by name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from "${t}" order by 1`).all()]));
}

/** The cases marked for recomputation, sorted. */
export function staleCases(sqlite: Database.Database): string[] {
  return sqlite.prepare('select case_id from derived_case_facts_stale order by case_id').pluck().all() as string[];
}

/** What a review does at its end, as far as the marks go: nothing is stale any more. */
export function clearStale(sqlite: Database.Database): void {
  sqlite.exec('delete from derived_case_facts_stale');
}

/** The cases an edit marks stale, starting from none. */
export function marksOf(sqlite: Database.Database, sql: string, ...params: unknown[]): string[] {
  clearStale(sqlite);
  sqlite.prepare(sql).run(...params);
  return staleCases(sqlite);
}

export function triggerNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare("select name from sqlite_master where type = 'trigger' order by name")
    .pluck()
    .all() as string[];
}

export function tableSql(sqlite: Database.Database, table: string): string | undefined {
  return sqlite.prepare("select sql from sqlite_master where type = 'table' and name = ?").pluck().get(table) as
    string | undefined;
}

export function indexColumns(sqlite: Database.Database, index: string): string[] {
  return (sqlite.prepare(`pragma index_info("${index}")`).all() as { name: string }[]).map((c) => c.name);
}

/** The query plan's details, one line per step. */
export function plan(sqlite: Database.Database, sql: string): string[] {
  return (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
}

/** Vocabulary rows migration 0001 seeds, with the fixed ids every teammate's file shares. */
export const seeded = {
  stageNegotiation: '72711874-d8d1-52af-b8a9-ba85c4683371',
  stageProposal: '6b36b1e2-4973-578f-908f-64407cc1d9de',
  stepNeed: 'eb49e884-1ea7-5306-9a52-575b13c7e35d',
  stepRequirements: '13f800f1-33d6-56b7-8d72-c5a9920ac451',
  stepDecision: 'de909c6b-eb0c-5479-8a83-de8fde27a1e3',
  criterionPrice: 'a4b7b6ae-aff8-5f87-b823-b9d0b0857f1b',
  criterionQuality: '9f850826-022f-577b-b056-20d390817515',
  reasonPrice: '98e62bed-f3ee-5300-8117-f0ca2c4df089',
  reasonChampion: '1c825702-21b8-5451-b2f7-7faea3d483fe',
  reasonLate: '59cf93ce-8f45-5240-90ea-1b7812fb0794',
} as const;

/** The ids of the data `seedCases` writes. */
export const ids = {
  me: '0a000000-0000-4000-8000-000000000001',
  acme: '0b000000-0000-4000-8000-000000000001',
  beta: '0b000000-0000-4000-8000-000000000002',
  rival: '0c000000-0000-4000-8000-000000000001',
  other: '0c000000-0000-4000-8000-000000000002',
  anna: '0d000000-0000-4000-8000-000000000001',
  bo: '0d000000-0000-4000-8000-000000000002',
  cem: '0d000000-0000-4000-8000-000000000003',
  /** Won at Acme, decision maker reached face to face, three buyer steps. */
  won: '1c000000-0000-4000-8000-000000000001',
  /** Lost at Acme to the rival, on price. */
  lost: '1c000000-0000-4000-8000-000000000002',
  /** Open at Beta. */
  open: '1c000000-0000-4000-8000-000000000003',
  /** Lost at Beta, then moved to the trash. */
  trashed: '1c000000-0000-4000-8000-000000000004',
} as const;

export const allCases = [ids.won, ids.lost, ids.open, ids.trashed].sort();

const at = '2025-06-01T10:00:00.000Z';
let serial = 0;
/** A fresh uuid-shaped id for child rows, stable across runs. */
const childId = () => `2e000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;

/**
 * A small team's file at any version from 0001 on: two accounts, four cases (won, lost, open, in the trash) with
 * buyer steps, stakeholders, interactions, reasons, ratings, competitors and lessons. Plain SQL, as that
 * version's tables are; the columns written are those of migration 0001, which later migrations keep.
 */
export function seedCases(sqlite: Database.Database): void {
  serial = 0;
  const row = (table: string, values: Record<string, unknown>) => {
    const all = { created_at: at, updated_at: at, ...values };
    const columns = Object.keys(all);
    sqlite
      .prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`)
      .run(all);
  };
  sqlite.transaction(() => {
    row('team_members', { id: ids.me, name: 'Maja', is_me: 1 });
    row('accounts', { id: ids.acme, name: 'Acme AB', industry: 'Manufacturing', size_band: '50-249', region: 'SE' });
    row('accounts', { id: ids.beta, name: 'Beta Oy', industry: null, region: 'FI' });
    row('competitors', { id: ids.rival, name: 'Rival Inc' });
    row('competitors', { id: ids.other, name: 'Other GmbH' });
    row('people', { id: ids.anna, name: 'Anna', account_id: ids.acme, buying_role: 'decision_maker' });
    row('people', { id: ids.bo, name: 'Bo', account_id: ids.acme, buying_role: 'user' });
    row('people', { id: ids.cem, name: 'Cem', account_id: ids.beta, buying_role: 'technical_buyer' });

    const base = { currency: 'EUR', owner_id: ids.me, debrief: 'done' };
    row('cases', {
      ...base,
      id: ids.won,
      title: 'Pumps',
      account_id: ids.acme,
      value_minor: 500_000,
      opened_on: '2025-01-10',
      closed_on: '2025-03-01',
      stage_id: seeded.stageNegotiation,
      outcome: 'won',
      offering: 'Pumps',
    });
    row('cases', {
      ...base,
      id: ids.lost,
      title: 'Valves',
      account_id: ids.acme,
      value_minor: 120_000,
      opened_on: '2025-02-01',
      closed_on: '2025-04-15',
      stage_id: seeded.stageProposal,
      outcome: 'lost',
      winner_competitor_id: ids.rival,
    });
    row('cases', {
      ...base,
      id: ids.open,
      title: 'Filters',
      account_id: ids.beta,
      value_minor: 80_000,
      opened_on: '2025-05-01',
      stage_id: seeded.stageProposal,
      outcome: 'open',
      debrief: 'none',
    });
    row('cases', {
      ...base,
      id: ids.trashed,
      title: 'Old deal',
      account_id: ids.beta,
      value_minor: 10_000,
      opened_on: '2024-11-01',
      closed_on: '2025-01-20',
      outcome: 'lost',
      deleted_at: at,
    });

    const steps: [string, string, string][] = [
      [ids.won, seeded.stepNeed, '2025-01-20'],
      [ids.won, seeded.stepRequirements, '2025-02-01'],
      [ids.won, seeded.stepDecision, '2025-02-25'],
      [ids.lost, seeded.stepNeed, '2025-02-10'],
      [ids.lost, seeded.stepRequirements, '2025-03-20'],
      [ids.open, seeded.stepNeed, '2025-05-10'],
    ];
    for (const [case_id, buyer_step_id, reached_on] of steps)
      row('case_buyer_steps', { id: childId(), case_id, buyer_step_id, reached_on });
    for (const [case_id, person_id, reached] of [
      [ids.won, ids.anna, 1],
      [ids.won, ids.bo, 1],
      [ids.lost, ids.bo, 0],
      [ids.open, ids.cem, 1],
    ] as const)
      row('case_people', { id: childId(), case_id, person_id, reached });
    row('interactions', {
      id: childId(),
      case_id: ids.won,
      person_id: ids.anna,
      on_date: '2025-02-20',
      channel: 'face_to_face',
    });
    row('interactions', {
      id: childId(),
      case_id: ids.lost,
      person_id: ids.bo,
      on_date: '2025-03-01',
      channel: 'email',
    });
    const reason = { evidence: 'buyer_said', confidence: 'high' };
    row('case_reasons', {
      ...reason,
      id: childId(),
      case_id: ids.won,
      reason_id: seeded.reasonChampion,
      is_primary: 1,
    });
    row('case_reasons', { ...reason, id: childId(), case_id: ids.lost, reason_id: seeded.reasonPrice, is_primary: 1 });
    row('case_reasons', {
      ...reason,
      id: childId(),
      case_id: ids.lost,
      reason_id: seeded.reasonLate,
      is_primary: 0,
      evidence: 'our_view',
    });
    const rating = (case_id: string, criterion_id: string, importance: number, our: number, rival: number) =>
      row('case_criteria', { id: childId(), case_id, criterion_id, importance, our_rating: our, rival_rating: rival });
    rating(ids.won, seeded.criterionPrice, 5, 4, 3);
    rating(ids.lost, seeded.criterionPrice, 5, 2, 4);
    rating(ids.lost, seeded.criterionQuality, 3, 4, 3);
    row('case_competitors', { id: childId(), case_id: ids.won, competitor_id: ids.rival, incumbent: 1 });
    row('case_competitors', { id: childId(), case_id: ids.lost, competitor_id: ids.rival, price_minor: 99_000 });
    row('case_competitors', { id: childId(), case_id: ids.lost, competitor_id: ids.other });
    row('lessons', {
      id: childId(),
      case_id: ids.lost,
      text: 'Show the total cost of ownership before the price round',
      kind: 'hurt',
      tag_kind: 'criterion',
      tag_id: seeded.criterionPrice,
    });
    row('lessons', { id: childId(), case_id: ids.won, text: 'Met the plant manager on site', kind: 'worked' });
  })();
}

/** The id of one child row of a case, for edits after the migration. */
export function childOf(sqlite: Database.Database, table: string, caseId: string): string {
  return sqlite.prepare(`select id from ${table} where case_id = ? order by id limit 1`).pluck().get(caseId) as string;
}
