import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-workspace';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('the CLI, run as users run it', () => {
  test('init creates a migrated database once and refuses to overwrite it', () => {
    const file = path.join(tempDir(), 'team.db');
    expect(cli('init', '--db', file).status).toBe(0);
    const again = cli('init', '--db', file);
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    const check = cli('check', '--db', file, '--json');
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout) as {
      integrity: string;
      schemaVersion: number;
      tables: { table: string; rows: number }[];
    };
    expect(report.integrity).toBe('ok');
    expect(report.schemaVersion).toBe(
      fs.readdirSync(path.join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql')).length,
    );
    expect(report.tables.find((t) => t.table === 'reasons')?.rows).toBe(16);
  });

  test('a missing or broken file is a one-line error with exit 1', () => {
    const dir = tempDir();
    const missing = cli('check', '--db', path.join(dir, 'nope.db'));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const garbage = path.join(dir, 'garbage.db');
    fs.writeFileSync(garbage, 'this is not a database, just text '.repeat(200));
    const broken = cli('check', '--db', garbage);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/not a database|corrupt|damaged/i);
  });

  test('usage errors exit 2; --help exits 0', () => {
    expect(cli('frobnicate').status).toBe(2);
    expect(cli('--help').status).toBe(0);
  });
});
