/**
 * Crash safety, shown by killing: a child process saves cases through the engine (the app's own path) and
 * reports each save the engine acknowledged; the test kills it with SIGKILL at random moments, during start-up
 * and while saving. After every kill the file passes integrity_check and holds every acknowledged case whole.
 * The same for a kill in the middle of a sample job and of the derived-table rebuild: the database is as
 * before the job, and no `.building` file is left after the next start.
 * `npm test` runs 25 kills; `npm run soak` sets WINLOOP_KILLS=1000. WINLOOP_SEED replays a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { startEngine } from '../../electron/engine/engine';
import { ENGINE_WORKER_SCRIPT, MIGRATIONS_DIR } from '../../electron/node-paths';
import { generateSample } from '../../electron/sample/generate';
import { tempDir } from '../helpers/temp-workspace';
import { expectedCase } from './expected-case';
import { readBack, runAndKill, seeded } from './kill-harness';

const SOAK = process.env.WINLOOP_SOAK === '1';
const KILLS = Number(process.env.WINLOOP_KILLS ?? (SOAK ? 1000 : 25));
const SEED = Number(process.env.WINLOOP_SEED ?? Date.now() % 1_000_000);

function initialised(dir: string): string {
  const file = path.join(dir, 'winloop.db');
  openDatabase(file, { migrationsFolder: MIGRATIONS_DIR }).close();
  return file;
}

const leftovers = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.building'));

async function engineOn(file: string) {
  return startEngine(file, {
    migrationsFolder: MIGRATIONS_DIR,
    workerScript: ENGINE_WORKER_SCRIPT,
    mode: 'memory',
    create: false,
    readers: 1,
    places: {
      defaultDbPath: file,
      sampleDir: path.join(path.dirname(file), 'samples'),
      migrationsFolder: MIGRATIONS_DIR,
    },
  });
}

/** Every table but the derived ones (which a rebuild may recompute), as one hash of its rows. */
function baseTablesHash(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'derived_%' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    const hash = crypto.createHash('sha256');
    // Rows sorted as text: some tables (the merge's clocks) are WITHOUT ROWID, so there is no rowid to order by.
    for (const table of tables) {
      const rows = sqlite
        .prepare(`select * from "${table}"`)
        .raw()
        .all()
        .map((r) => JSON.stringify(r));
      hash.update(table).update(rows.sort().join('\n'));
    }
    return hash.digest('hex');
  } finally {
    sqlite.close();
  }
}

test('the writer’s connection: WAL, synchronous=FULL, F_FULLFSYNC on macOS (commits and checkpoints)', () => {
  // The engine's writer opens its file through openDatabase, the same call as here.
  const opened = openDatabase(path.join(tempDir(), 'winloop.db'), { migrationsFolder: MIGRATIONS_DIR });
  try {
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.sqlite.pragma('fullfsync', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('checkpoint_fullfsync', { simple: true })).toBe(1);
  } finally {
    opened.close();
  }
});

describe(`kill -9 while saving (${KILLS} kills, seed ${SEED})`, () => {
  test(
    'every acknowledged save survives, whole, and the file stays sound',
    async () => {
      const dir = tempDir();
      const file = initialised(dir);
      const random = seeded(SEED);
      /** Case id → its key and the last edit version the engine acknowledged. */
      const acked = new Map<string, { key: string; version: number }>();
      let saves = 0;
      let duringStart = 0;
      const started = performance.now();
      for (let round = 0; round < KILLS; round++) {
        const early = random() < 0.2;
        if (early) duringStart++;
        const killAt = early
          ? { afterLine: null, delayMs: random() * 1500 }
          : { afterLine: 'ready', delayMs: random() * 400 };
        const report = await runAndKill(['saves', file, String(round)], killAt);
        const context = `round ${round}, seed ${SEED}, kill ${JSON.stringify(killAt)}`;
        expect(report.killed, `${context}: the child ended by itself: ${report.stderr}`).toBe(true);

        const inFlight = new Map<string, number>();
        for (const line of report.lines) {
          const [what, id, arg] = line.split(' ') as [string, string, string];
          if (what === 'new') acked.set(id, { key: arg, version: 0 });
          else if (what === 'sent') inFlight.set(id, Number(arg));
          else if (what === 'ack') {
            acked.get(id)!.version = Number(arg);
            inFlight.delete(id);
          }
          if (what === 'new' || what === 'ack') saves++;
        }

        const { integrity, cases } = readBack(file);
        expect(integrity, context).toBe('ok');
        for (const [id, { key, version }] of acked) {
          const stored = cases.get(id);
          expect(stored, `${context}: acknowledged case ${key} is missing`).toBeDefined();
          const wanted = expectedCase(key, version);
          expect(
            { title: stored!.title, valueMinor: stored!.value_minor, deleted: stored!.deleted_at },
            context,
          ).toEqual({ title: wanted.title, valueMinor: wanted.valueMinor, deleted: null });
          // An edit in flight at the kill may have committed or not, but never half.
          const allowed = [wanted.notes];
          const pending = inFlight.get(id);
          if (pending !== undefined) allowed.push(expectedCase(key, pending).notes);
          expect(allowed, `${context}: notes of ${key}`).toContain(stored!.notes);
          // It committed: from now on it is the version the file must keep.
          if (pending !== undefined && stored!.notes === allowed[1]) acked.get(id)!.version = pending;
        }
        // A save in flight at the kill may have committed without its acknowledgement: at most one, and whole.
        const extra = [...cases.values()].filter((c) => !acked.has(c.id));
        expect(extra.length, context).toBeLessThanOrEqual(1);
        for (const c of extra) {
          const key = /^Kill (\d+-\d+)$/.exec(c.title)?.[1];
          expect(key, context).toBeDefined();
          expect(c.notes, context).toBe(expectedCase(key!, 0).notes);
          acked.set(c.id, { key: key!, version: 0 });
        }
        if ((round + 1) % 100 === 0)
          process.stderr.write(`kill test: ${round + 1} kills, ${saves} saves, seed ${SEED}\n`);
      }
      const seconds = (performance.now() - started) / 1000;
      console.info(
        `kill test: ${KILLS} kills (${duringStart} during start-up), ${saves} acknowledged saves, ${acked.size} cases, ${seconds.toFixed(1)} s, seed ${SEED}`,
      );
      expect(saves).toBeGreaterThan(KILLS);

      // And the app opens it: every case is listed.
      const engine = await engineOn(file);
      try {
        const list = await engine.dispatch('cases.list', { limit: 1 });
        expect(list).toMatchObject({ ok: true, value: { total: acked.size } });
      } finally {
        await engine.close();
      }
    },
    Math.max(120_000, KILLS * 10_000),
  );
});

const CREATE_ROUNDS = SOAK ? 50 : 2;
test(
  'a kill while the first start creates the database leaves no empty or half-made file',
  async () => {
    const random = seeded(SEED);
    const rounds = CREATE_ROUNDS;
    for (let round = 0; round < rounds; round++) {
      const dir = tempDir();
      const file = path.join(dir, 'winloop.db');
      // Killed just after the first file of the new database appears: while it is being made and migrated.
      const report = await runAndKill(['saves', file, '0', 'create'], {
        afterLine: null,
        afterFile: [file, `${file}.building`],
        delayMs: random() * 60,
      });
      expect(report.killed, report.stderr).toBe(true);
      // Either the file is not there yet, or it is a whole, migrated database.
      if (fs.existsSync(file)) expect(readBack(file).integrity).toBe('ok');
      const engine = await startEngine(file, {
        migrationsFolder: MIGRATIONS_DIR,
        workerScript: ENGINE_WORKER_SCRIPT,
        mode: 'memory',
        readers: 1,
      });
      await engine.close();
      expect(readBack(file).integrity).toBe('ok');
      expect(leftovers(dir)).toEqual([]);
    }
  },
  Math.max(120_000, CREATE_ROUNDS * 15_000),
);

describe('kill -9 in the middle of a job', () => {
  const rounds = SOAK ? 20 : 2;

  test(
    `a sample job (${rounds} kills): the open database is as before, no .building file after the next start`,
    async () => {
      const dir = tempDir();
      const file = initialised(dir);
      const engine = await engineOn(file);
      for (const title of ['Fleet', 'Depot', 'Harbour'])
        expect(await engine.dispatch('cases.create', { title, accountName: 'Acme' })).toMatchObject({ ok: true });
      await engine.close();
      const before = baseTablesHash(file);
      const random = seeded(SEED);
      for (let round = 0; round < rounds; round++) {
        const report = await runAndKill(['sample', file], { afterLine: 'job', delayMs: 200 + random() * 1500 });
        expect(report.killed, report.stderr).toBe(true);
        expect(report.lines).toContain('job');
        expect(leftovers(dir).length, 'the kill left the half-built sample').toBeGreaterThan(0);
        expect(fs.readdirSync(path.join(dir, 'samples')).filter((n) => n.endsWith('.db'))).toEqual([]);
        expect(readBack(file).integrity).toBe('ok');
        expect(baseTablesHash(file)).toBe(before);

        const next = await engineOn(file);
        await next.close();
        expect(leftovers(dir)).toEqual([]);
        expect(baseTablesHash(file)).toBe(before);
      }
    },
    Math.max(120_000, rounds * 15_000),
  );

  test(
    `the derived rebuild (${rounds} kills): the same rows and the same review after the next start`,
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'winloop.db');
      generateSample(file, { cases: 4_000, seed: 3, today: '2026-06-01', migrationsFolder: MIGRATIONS_DIR });
      const summaryOf = async () => {
        const engine = await engineOn(file);
        try {
          const envelope = await engine.dispatch('review.summary', { from: '2025-06-01', to: '2026-05-31' });
          if (!envelope.ok) throw new Error(envelope.error.message);
          const { generatedAt: _when, ...figures } = envelope.value as { generatedAt: string };
          return figures;
        } finally {
          await engine.close();
        }
      };
      const review = await summaryOf();
      const before = baseTablesHash(file);
      const random = seeded(SEED);
      for (let round = 0; round < rounds; round++) {
        // As an upgrade leaves it: every case's facts to recompute, which the engine starts as a job at once.
        const raw = new Database(file);
        raw.exec('insert or ignore into derived_case_facts_stale (case_id) select id from cases');
        raw.close();
        const report = await runAndKill(['rebuild', file], { afterLine: 'job', delayMs: random() * 150 });
        expect(report.killed, report.stderr).toBe(true);
        const after = readBack(file);
        expect(after.integrity).toBe('ok');
        expect(after.stale, 'the kill came before the rebuild finished').toBeGreaterThan(0);
        expect(after.cases.size).toBe(4_000);
        expect(baseTablesHash(file)).toBe(before);
        expect(await summaryOf()).toEqual(review);
        expect(leftovers(dir)).toEqual([]);
      }
    },
    Math.max(180_000, rounds * 20_000),
  );
});
