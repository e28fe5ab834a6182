/**
 * Starting the kill-test child, killing it with SIGKILL at a chosen moment, and reading back what it reported.
 * Changes with: test/crash/save-child.ts.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ChildReport {
  lines: string[];
  /** True when the child was killed by our signal (not crashed or finished by itself). */
  killed: boolean;
  stderr: string;
}

/**
 * Runs the child; `killAt` decides when to kill: after `afterLine` appears on stdout (or one of `afterFile`
 * on disk; or at once, when both are absent), wait `delayMs`. The child is the node process itself (not a tsx wrapper), so SIGKILL takes its threads with it.
 */
export function runAndKill(
  args: string[],
  killAt: {
    afterLine: string | null;
    delayMs: number;
    afterFile?: string[];
    afterMatch?: { dir: string; name: RegExp };
  },
  timeoutMs = 30_000,
): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/crash/save-child.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), killAt.delayMs);
    };
    const guard = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (killAt.afterLine !== null && out.split('\n').includes(killAt.afterLine)) arm();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      resolve({ lines: out.split('\n').filter(Boolean), killed: signal === 'SIGKILL' && armed, stderr });
    });
    if (killAt.afterFile || killAt.afterMatch) {
      // The moment one of these files appears (polled every 2 ms), as close to it as a parent can get.
      const names = killAt.afterFile ?? [];
      const match = killAt.afterMatch;
      const matches = () => {
        try {
          return match ? fs.readdirSync(match.dir).some((name) => match.name.test(name)) : false;
        } catch {
          return false;
        }
      };
      const poll = setInterval(() => {
        if (!names.some((name) => fs.existsSync(name)) && !matches()) return;
        clearInterval(poll);
        arm();
      }, 2);
      child.on('close', () => clearInterval(poll));
    } else if (killAt.afterLine === null) arm();
  });
}

/** A small seeded generator (mulberry32): a failing run can be replayed from the seed it prints. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface StoredCase {
  id: string;
  title: string;
  value_minor: number;
  notes: string;
  deleted_at: string | null;
}

/**
 * Reads the file as the next start would find it, through a read-only connection: SQLite replays a hot WAL
 * in memory for it, and nothing is checkpointed, so the next child starts from exactly what the kill left.
 */
export function readBack(file: string): { integrity: string; cases: Map<string, StoredCase>; stale: number } {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const rows = sqlite.prepare('select id, title, value_minor, notes, deleted_at from cases').all() as StoredCase[];
    const stale = sqlite.prepare('select count(*) from derived_case_facts_stale').pluck().get() as number;
    return { integrity, cases: new Map(rows.map((r) => [r.id, r])), stale };
  } finally {
    sqlite.close();
  }
}

/**
 * Every table's rows as one hash (sorted as text: some tables are WITHOUT ROWID), but for the tables named by
 * `skip` (SQL LIKE patterns): the derived ones, which a rebuild may recompute, and what a job's own
 * bookkeeping keeps by design (an import's history row saying it was cancelled).
 */
export function contentHash(file: string, skip: string[] = ['derived_%']): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    const where = skip.map(() => 'name not like ?').join(' and ');
    const tables = sqlite
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' ${where ? `and ${where}` : ''} order by name`,
      )
      .pluck()
      .all(...skip) as string[];
    const hash = crypto.createHash('sha256');
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
