/**
 * The sample generator on real temp files: deterministic (the same seed, size and day give the same rows in
 * every table), realistic enough that every section of the review has something to say — including a done
 * action that visibly worked — and safe: it never overwrites a file, leaves nothing behind when it fails, and
 * the CLI refuses bad sizes with one line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { generateSample } from '../../electron/sample/generate';
import { openWorkspace } from '../../electron/workspace';
import type { Summary } from '../../shared/contract/review';
import { ApiError } from '../../shared/envelope';
import { tempDir } from '../helpers/temp-workspace';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-03-10';
/** For samples several tests read (tempDir() is per test). */
const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-sample-'));
afterAll(() => fs.rmSync(shared, { recursive: true, force: true }));

function build(cases: number, seed: number, file = path.join(tempDir(), `sample-${cases}-${seed}.db`)): string {
  return generateSample(file, { cases, seed, today: TODAY, migrationsFolder: MIGRATIONS_DIR }).dbPath;
}

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Every table's rows in storage order: equal dumps mean equal content, row for row. */
function dump(file: string): Record<string, unknown[]> {
  const tables = query<{ name: string }>(
    file,
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
  );
  // WITHOUT ROWID tables (the review rows) are in primary-key order, which ordering by every column keeps.
  const order = (name: string) => {
    const columns = query<{ cid: number }>(file, `pragma table_info("${name}")`);
    const withoutRowid = query<{ sql: string }>(file, `select sql from sqlite_master where name = '${name}'`)[0]?.sql;
    return withoutRowid?.includes('WITHOUT ROWID') ? columns.map((c) => c.cid + 1).join(', ') : 'rowid';
  };
  return Object.fromEntries(
    tables.map(({ name }) => [name, query(file, `select * from "${name}" order by ${order(name)}`)]),
  );
}

function summaryOf(file: string): Summary {
  const workspace = openWorkspace(file, {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'cli',
    create: false,
    now: () => new Date(`${TODAY}T12:00:00`),
  });
  try {
    const result = workspace.dispatchSync('review.summary', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Summary;
  } finally {
    workspace.close();
  }
}

const cli = (...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('determinism', () => {
  test('the same seed, size and day give the same rows in every table; another seed does not', () => {
    const first = dump(build(600, 7));
    expect(dump(build(600, 7))).toEqual(first);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['cases', 'case_people', 'action_lessons']));
    const other = dump(build(600, 8));
    expect(other.cases).toHaveLength(600);
    expect(other.cases).not.toEqual(first.cases);
  });
});

describe('a 600-case sample', () => {
  const file = build(600, 7, path.join(shared, 'sample-600-7.db'));

  test("has the power map's informal side: motivations, weighed criteria, links within an account, connectors", () => {
    const one = <T>(sql: string) => query<T>(file, sql)[0]!;
    const people = one<{ all: number; motivated: number; weighing: number; connectors: number }>(
      `select count(*) as "all", sum(motivation <> '') as motivated, sum(weighed_criteria <> '[]') as weighing,
              sum(side = 'connector') as connectors from people`,
    );
    expect(people.motivated / people.all).toBeGreaterThan(0.2);
    expect(people.weighing).toBe(people.motivated);
    expect(people.connectors).toBeGreaterThan(5);
    // Every weighed criterion is one of the list's, with an importance on the debrief's scale.
    const weighed = one<{ bad: number; n: number }>(
      `select count(*) as n, sum(c.id is null or w.value ->> 'importance' not between 1 and 5) as bad
         from people p, json_each(p.weighed_criteria) w left join criteria c on c.id = w.value ->> 'criterionId'`,
    );
    expect(weighed).toMatchObject({ bad: 0 });
    expect(weighed.n).toBeGreaterThan(people.motivated);
    const links = query<{ kind: string; n: number }>(
      file,
      'select kind, count(*) as n from person_links group by kind',
    );
    expect(links.map((l) => l.kind).sort()).toEqual(['at_odds_with', 'influences', 'trusts']);
    // Links join two people of one account, never someone to themselves; connectors have no buying role, and
    // one of our sellers knows each of them.
    expect(
      one<{ n: number }>(
        `select count(*) as n from person_links l join people a on a.id = l.from_id join people b on b.id = l.to_id
          where a.account_id <> b.account_id or a.id = b.id or l.strength not between 1 and 3`,
      ).n,
    ).toBe(0);
    expect(
      one<{ n: number }>(
        `select count(*) as n from people p where side = 'connector'
           and (buying_role is not null or connector_kind is null
                or not exists (select 1 from relationships r where r.person_id = p.id))`,
      ).n,
    ).toBe(0);
  });

  test('has the promised cast, a sound file and timestamps from the simulated past', () => {
    const count = (table: string) => query<{ n: number }>(file, `select count(*) as n from ${table}`)[0]!.n;
    expect(count('cases')).toBe(600);
    expect(count('team_members')).toBe(3);
    expect(count('team_members where is_me = 1')).toBe(1);
    expect(count('competitors')).toBe(6);
    expect(count('accounts')).toBe(150);
    expect(count('actions')).toBeGreaterThanOrEqual(4);
    expect(count('action_lessons')).toBeGreaterThan(0);
    const settings = Object.fromEntries(
      query<{ key: string; value: string }>(file, 'select key, value from settings').map((r) => [r.key, r.value]),
    );
    expect(settings).toMatchObject({
      currency: '"EUR"',
      teamName: '"Northwind Sales"',
      firstRunDone: 'true',
      isSample: 'true',
    });
    expect(query(file, 'pragma foreign_key_check')).toEqual([]);
    expect(query<{ integrity_check: string }>(file, 'pragma integrity_check')[0]?.integrity_check).toBe('ok');
    expect(query<{ journal_mode: string }>(file, 'pragma journal_mode')[0]?.journal_mode).toBe('wal');
    // Nothing from the wall clock: every stamp in every table is before the day the sample was built for.
    // (The vocabulary tables are the migration's, stamped when it was written; a sample has no CSV imports.)
    const vocabulary = ['stages', 'buyer_steps', 'criteria', 'reason_categories', 'reasons', 'settings'];
    const imports = ['imports', 'import_changes', 'csv_mappings', 'import_reason_map'];
    for (const table of imports) expect(query(file, `select count(*) as n from ${table}`)).toEqual([{ n: 0 }]);
    // Nor rates: every sample case is in the home currency, so none is needed (checked below).
    expect(query(file, 'select count(*) as n from currency_rates')).toEqual([{ n: 0 }]);
    expect(query(file, "select count(*) as n from cases where currency <> 'EUR'")).toEqual([{ n: 0 }]);
    const notSampled = [...imports, 'currency_rates'];
    const tables = Object.keys(dump(file)).filter(
      (t) =>
        !t.startsWith('__') &&
        !t.startsWith('derived_') &&
        !t.startsWith('sync_') &&
        !vocabulary.includes(t) &&
        !notSampled.includes(t),
    );
    // Review facts are computed for every case before the file is handed over.
    expect(query(file, 'select count(*) as n from derived_case_facts')).toEqual([{ n: 600 }]);
    expect(query(file, 'select count(*) as n from derived_case_facts_stale')).toEqual([{ n: 0 }]);
    for (const table of tables) {
      const [row] = query<{ latest: string; deleted: number; backwards: number }>(
        file,
        `select max(updated_at) as latest, count(deleted_at) as deleted, coalesce(sum(updated_at < created_at), 0) as backwards from ${table}`,
      );
      expect(row!.latest < TODAY, table).toBe(true);
      expect(row, table).toMatchObject({ deleted: 0, backwards: 0 });
    }
    const [stamps] = query<{ open: number }>(file, "select sum(outcome = 'open') as open from cases");
    expect(stamps!.open / 600).toBeGreaterThan(0.08);
    expect(stamps!.open / 600).toBeLessThan(0.22);
  });

  test('gives every section of the review something to say, and a done action that worked', () => {
    const s = summaryOf(file);
    expect(s.winRate.closed).toBeGreaterThan(100);
    for (const section of [
      s.byQuarter,
      s.winFactors,
      s.byCompetitor,
      s.criteriaVsCompetitor,
      s.battlecards,
      s.lossReasons,
      s.lossCategories,
      s.stalls,
      s.lessonTags,
      s.criteriaGaps,
      s.actions,
      s.pipeline.stages,
      s.pipeline.atRisk,
      ...Object.values(s.findings),
    ]) {
      expect(section.length).toBeGreaterThan(0);
    }
    expect(s.byCompetitor).toHaveLength(6);
    expect(s.battlecards.every((b) => b.whyWeWin.length && b.whyWeLose.length && b.theirStrengths.length)).toBe(true);
    expect(s.criteriaGaps.some((g) => g.weightedGap > 0)).toBe(true);
    expect(s.noDecision.count).toBeGreaterThan(0);
    expect(s.pipeline.openCases).toBeGreaterThan(0);
    expect(s.actions.some((a) => a.verdict === 'improved')).toBe(true);
    expect(s.actions.find((a) => a.title.includes('Budgetly'))?.verdict).toBe('improved');
    expect(s.loopHealth).toMatchObject({ actionsOpen: 2, actionsOverdue: 1 });
    expect(s.loopHealth.withDebrief / s.loopHealth.closed).toBeGreaterThan(0.75);
    expect(s.loopHealth.withDebrief).toBeLessThan(s.loopHealth.closed);
    expect(s.loopHealth.withLessons / s.loopHealth.closed).toBeGreaterThan(0.3);
  });
});

test('head-to-head win rates differ by competitor as designed', () => {
  const rates = query<{ name: string; met: number; rate: number }>(
    build(2000, 3),
    `select co.name, count(*) as met, avg(c.outcome = 'won') as rate
     from cases c join case_competitors cc on cc.case_id = c.id join competitors co on co.id = cc.competitor_id
     where c.outcome in ('won', 'lost') group by co.name order by rate`,
  );
  expect(rates).toHaveLength(6);
  expect(rates.every((r) => r.met >= 100)).toBe(true);
  expect(rates[0]!.name).toBe('Premier Systems');
  expect(rates.at(-1)!.name).toBe('Acme Digital');
  expect(rates.at(-1)!.rate - rates[0]!.rate).toBeGreaterThanOrEqual(0.2);
});

describe('safety', () => {
  test('refuses to overwrite a file, which stays as it was', () => {
    const file = path.join(tempDir(), 'mine.db');
    fs.writeFileSync(file, 'precious');
    expect(() => build(10, 1, file)).toThrow(ApiError);
    expect(() => build(10, 1, file)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  test('a failure part-way leaves no file behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample.db');
    const stop = () => {
      throw new Error('stopped');
    };
    expect(() =>
      generateSample(file, { cases: 600, seed: 1, today: TODAY, migrationsFolder: MIGRATIONS_DIR, onProgress: stop }),
    ).toThrow('stopped');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('sizes and seeds outside the contract are refused before any file is made', () => {
    const file = path.join(tempDir(), 'sample.db');
    expect(() => build(9, 1, file)).toThrow(/At least 10 cases/);
    expect(() => build(100_001, 1, file)).toThrow(/At most 100,000 cases/);
    expect(() => build(10.5, 1, file)).toThrow(ApiError);
    expect(() => build(10, 2 ** 31, file)).toThrow(ApiError);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('cli sample', () => {
  test('builds a sample and says so in one line, or prints {dbPath, cases} with --json', () => {
    const dir = tempDir();
    const text = cli('sample', '--db', path.join(dir, 'a.db'), '--cases', '20', '--seed', '5', '--today', TODAY);
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(1);
    expect(text.stdout).toMatch(/20 sample cases \(seed 5, as of 2026-03-10\)/);
    const json = cli('sample', '--db', path.join(dir, 'b.db'), '--cases', '20', '--seed', '5', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ dbPath: path.join(dir, 'b.db'), cases: 20 });
  });

  test('a bad --cases is a one-line usage error and creates nothing', () => {
    const file = path.join(tempDir(), 'c.db');
    for (const cases of ['5', 'many']) {
      const result = cli('sample', '--db', file, '--cases', cases, '--seed', '1');
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^winloop: --cases/);
    }
    expect(fs.existsSync(file)).toBe(false);
  });
});
