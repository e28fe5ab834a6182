/**
 * This seller's file reaches the team folder whole or not at all: copied under a hidden temporary name the
 * scheduler (and a teammate's) ignores, then renamed over the old one; a failed copy leaves the old file as it
 * was and no temporary file behind, and a leftover of a publish cut short is removed by the next. Plus the names a
 * teammate's scheduler reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isTeamFileName, ownFileName } from '../../electron/team-folder/names';
import { publishFile } from '../../electron/team-folder/publish';
import { tempDir } from '../helpers/temp-workspace';

test('a new version replaces the old by rename: an open reader keeps the old whole file', async () => {
  const dir = tempDir();
  const folder = path.join(dir, 'team');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(dir, 'v1'), 'one'.repeat(1000));
  fs.writeFileSync(path.join(dir, 'v2'), 'two'.repeat(2000));
  await publishFile(path.join(dir, 'v1'), folder, 'anna-1.winloop');
  const reader = fs.openSync(path.join(folder, 'anna-1.winloop'), 'r');
  await publishFile(path.join(dir, 'v2'), folder, 'anna-1.winloop');
  const old = Buffer.alloc(3000);
  fs.readSync(reader, old, 0, 3000, 0);
  fs.closeSync(reader);
  expect(old.toString()).toBe('one'.repeat(1000));
  expect(fs.readFileSync(path.join(folder, 'anna-1.winloop'), 'utf8')).toBe('two'.repeat(2000));
  expect(fs.readdirSync(folder)).toEqual(['anna-1.winloop']);
});

test('a copy that fails leaves the old file and no temporary file', async () => {
  const dir = tempDir();
  const folder = path.join(dir, 'team');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'anna-1.winloop'), 'old');
  await expect(publishFile(path.join(dir, 'missing'), folder, 'anna-1.winloop')).rejects.toThrow(/ENOENT/);
  expect(fs.readdirSync(folder)).toEqual(['anna-1.winloop']);
  expect(fs.readFileSync(path.join(folder, 'anna-1.winloop'), 'utf8')).toBe('old');
});

test('only finished teammate exports count; the own file name is safe and unique per member', () => {
  const read = ['ben-1a2b3c4d.winloop', 'Cleo.WINLOOP', 'team (1).winloop'];
  const ignored = [
    '.anna-1.winloop.9f8e7d6c.tmp',
    '.syncthing.ben.winloop.tmp',
    'ben.sync-conflict-20261203-120000-ABCDEFG.winloop',
    "ben (Anna's conflicted copy 2026-12-03).winloop",
    'ben (Conflict 2026-12-03).winloop',
    '~$ben.winloop',
    'ben.winloop.part',
    'ben.winloop-wal',
    'ben.winloop.building',
    'ben.db',
  ];
  expect(read.filter(isTeamFileName)).toEqual(read);
  expect(ignored.filter(isTeamFileName)).toEqual([]);
  expect(ownFileName('Zoë  O’Brien / Sales', '3F2A9C1D-0000-4000-8000-000000000000')).toBe(
    'zoe-o-brien-sales-3f2a9c1d.winloop',
  );
  expect(ownFileName('李雷', 'abcdef12-0000-4000-8000-000000000000')).toBe('李雷-abcdef12.winloop');
  expect(ownFileName(' … ', 'abcdef12-0000-4000-8000-000000000000')).toBe('member-abcdef12.winloop');
  expect(isTeamFileName(ownFileName('Anna', 'abcdef12-0000-4000-8000-000000000000'))).toBe(true);
});

test("a publish replaces the file whole and removes this name's leftover temporary copies, no one else's", async () => {
  const dir = tempDir();
  try {
    const folder = path.join(dir, 'team');
    fs.mkdirSync(folder);
    const source = path.join(dir, 'export.winloop');
    fs.writeFileSync(source, 'new contents');
    fs.writeFileSync(path.join(folder, 'anna-1234abcd.winloop'), 'old contents');
    fs.writeFileSync(path.join(folder, '.anna-1234abcd.winloop.0badf00d.tmp'), 'half a copy');
    fs.writeFileSync(path.join(folder, '.ben-5678ef01.winloop.12345678.tmp'), "Ben's copy in progress");

    const target = await publishFile(source, folder, 'anna-1234abcd.winloop');

    expect(target).toBe(path.join(folder, 'anna-1234abcd.winloop'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new contents');
    expect(fs.readdirSync(folder).sort()).toEqual(['.ben-5678ef01.winloop.12345678.tmp', 'anna-1234abcd.winloop']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
