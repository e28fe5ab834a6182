/**
 * The reporting commands on files they must not change, run as users run them: `summary` and `check` on an
 * empty, a truncated and a newer file. One line on stderr, exit 1, the file byte-identical, nothing beside it.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-workspace';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const folder = (file: string) => fs.readdirSync(path.dirname(file)).sort();

function initialised(): string {
  const file = path.join(tempDir(), 'team.db');
  expect(cli('init', '--db', file).status).toBe(0);
  return file;
}

describe('an empty file', () => {
  test.each(['summary', 'check'])('%s says it is empty and leaves it empty', (command) => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    const run = cli(command, '--db', file);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/is an empty file, not a Winloop database; the file was not changed/);
    expect(fs.statSync(file).size).toBe(0);
    expect(folder(file)).toEqual(['empty.db']);
  });
});

describe('a truncated file', () => {
  test('check fails on it and leaves no -wal or -shm beside it', () => {
    const file = initialised();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    const before = sha(file);
    const run = cli('check', '--db', file);
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(/malformed|damaged|not a Winloop database|integrity/i);
    expect(sha(file)).toBe(before);
    expect(folder(file)).toEqual(['team.db']);
  });

  test('check on a sound file leaves nothing beside it either', () => {
    const file = initialised();
    expect(cli('check', '--db', file).status).toBe(0);
    expect(folder(file)).toEqual(['team.db']);
  });
});

describe('a file from a newer Winloop', () => {
  test('summary refuses it and the file is byte-identical', () => {
    const file = initialised();
    const sqlite = new Database(file);
    sqlite.exec('PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;');
    sqlite.close();
    const before = sha(file);
    const run = cli('summary', '--db', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/newer version of Winloop.*the file was not changed/);
    expect(sha(file)).toBe(before);
    expect(folder(file)).toEqual(['team.db']);
  });
});
