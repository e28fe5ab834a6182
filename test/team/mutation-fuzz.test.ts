/**
 * The hostile-file corpus grown by mutation: valid `.winloop` exports with bytes flipped (anywhere, or in the
 * 100-byte header), truncated, extended, spliced from two valid files, or with whole pages overwritten
 * (page 1 included), from a seeded generator. Each is merged into an open database as the writer merges it
 * (electron/team/apply.ts): it is refused with one clear sentence naming the file and the database keeps every
 * byte, or, when the mutation left a valid file, it merges into a sound database (integrity and foreign keys
 * hold, the seller's own cases are all still there).
 * `npm test` runs 100 mutations; `npm run soak` (WINLOOP_SOAK=1) 1,000. WINLOOP_SEED replays a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openDatabase } from '../../electron/db/client';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { applyMerge } from '../../electron/team/apply';
import { tempDir } from '../helpers/temp-workspace';
import { seeded } from '../crash/kill-harness';
import { exportOf, sampleDb } from './team-files';

const SOAK = process.env.WINLOOP_SOAK === '1';
const RUNS = Number(process.env.WINLOOP_MUTATIONS ?? (SOAK ? 1000 : 100));
const SEED = Number(process.env.WINLOOP_SEED ?? Date.now() % 1_000_000);
const PAGE = 4096;

type Mutation = { name: string; bytes: Buffer };

function mutate(a: Buffer, b: Buffer, random: () => number): Mutation {
  const int = (n: number) => Math.floor(random() * n);
  const noise = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const copy = Buffer.from(a);
  switch (int(6)) {
    case 0: {
      const k = 1 + int(32);
      for (let i = 0; i < k; i++) {
        const at = int(copy.length);
        copy[at] = copy[at]! ^ (1 << int(8));
      }
      return { name: `${k} bits flipped`, bytes: copy };
    }
    case 1: {
      const at = int(100);
      copy[at] = copy[at]! ^ (1 + int(255));
      return { name: `header byte ${at} changed`, bytes: copy };
    }
    case 2: {
      const length = random() < 0.5 ? int(copy.length) : PAGE * int(copy.length / PAGE);
      return { name: `truncated to ${length} bytes`, bytes: copy.subarray(0, length) };
    }
    case 3: {
      const extra = random() < 0.5 ? noise(1 + int(3 * PAGE)) : Buffer.alloc(PAGE * (1 + int(4)));
      return { name: `extended by ${extra.length} bytes`, bytes: Buffer.concat([copy, extra]) };
    }
    case 4: {
      const cut = random() < 0.5 ? PAGE * (1 + int(Math.min(a.length, b.length) / PAGE - 1)) : int(a.length);
      return { name: `spliced at ${cut}`, bytes: Buffer.concat([a.subarray(0, cut), b.subarray(cut)]) };
    }
    default: {
      const page = random() < 0.3 ? 0 : int(copy.length / PAGE);
      const fill = random() < 0.5 ? noise(PAGE) : Buffer.alloc(PAGE, int(256));
      fill.copy(copy, page * PAGE);
      return { name: `page ${page + 1} overwritten`, bytes: copy };
    }
  }
}

const sha = (file: string) =>
  fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;

test(
  `${RUNS} mutated teammate files: refused in one sentence with the database unchanged, or merged soundly (seed ${SEED})`,
  () => {
    const dir = tempDir();
    const sources = tempDir();
    const a = fs.readFileSync(exportOf(sampleDb(25, 21, sources), {}, path.join(sources, 'a.winloop')).file);
    const b = fs.readFileSync(exportOf(sampleDb(25, 22, sources), {}, path.join(sources, 'b.winloop')).file);
    const baseline = path.join(sources, 'mine.db');
    const mine = openDatabase(baseline, { migrationsFolder: MIGRATIONS_DIR });
    mine.close();
    const local = path.join(dir, 'winloop.db');
    fs.copyFileSync(baseline, local);
    const myCases = () => {
      const db = new Database(local, { readonly: true });
      try {
        return db.prepare('select count(*) from cases').pluck().get() as number;
      } finally {
        db.close();
      }
    };
    const random = seeded(SEED);
    const file = path.join(sources, 'cleo.winloop');
    const counts = { refused: 0, merged: 0 };
    const started = performance.now();
    for (let run = 0; run < RUNS; run++) {
      const mutation = mutate(a, b, random);
      const context = `run ${run}, ${mutation.name}, seed ${SEED}`;
      fs.writeFileSync(file, mutation.bytes);
      const before = { db: sha(local), wal: sha(`${local}-wal`), cases: myCases() };
      const opened = openDatabase(local, { migrationsFolder: MIGRATIONS_DIR, backup: false });
      let error: unknown = null;
      try {
        applyMerge(opened.sqlite, file, { dbFile: local, migrationsFolder: MIGRATIONS_DIR, workDir: dir });
      } catch (e) {
        error = e;
      }
      const integrity = opened.sqlite.pragma('integrity_check', { simple: true });
      const broken = opened.sqlite.pragma('foreign_key_check') as unknown[];
      opened.close();
      expect(integrity, context).toBe('ok');
      expect(broken, context).toEqual([]);
      if (error) {
        counts.refused++;
        const message = error instanceof Error ? error.message : JSON.stringify(error);
        expect(error, `${context}: ${message}`).toMatchObject({ name: 'RefusedFile' });
        expect(message, context).toContain('cleo.winloop');
        expect(message, context).toMatch(/^[^\n]{10,400}[.)]$/);
        expect(message, context).not.toMatch(/\bat .*\.ts:\d+|SqliteError|undefined|\[object/);
        expect({ db: sha(local), wal: sha(`${local}-wal`) }, `${context}: the database changed`).toEqual({
          db: before.db,
          wal: before.wal,
        });
      } else {
        counts.merged++;
        expect(myCases(), context).toBeGreaterThanOrEqual(before.cases);
        // Back to the seller's own file for the next mutation.
        for (const suffix of ['-wal', '-shm']) fs.rmSync(local + suffix, { force: true });
        fs.copyFileSync(baseline, local);
      }
      // Nothing of the merge's own is left beside the database: no teammate copy, no orphaned snapshot.
      expect(
        fs.readdirSync(dir).filter((n) => n.startsWith('.teammate-')),
        context,
      ).toEqual([]);
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `mutation fuzz: ${RUNS} files, ${counts.refused} refused, ${counts.merged} merged, ${seconds.toFixed(1)} s, seed ${SEED}`,
    );
    expect(counts.refused).toBeGreaterThan(RUNS / 2);
  },
  Math.max(120_000, RUNS * 1_500),
);
