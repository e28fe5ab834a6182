/**
 * Putting this seller's file into the team folder: the file arrives whole under its name, and a temporary copy
 * that an earlier publish left behind (the app killed mid-copy) is removed rather than synced to the team.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { publishFile } from '../../electron/team-folder/publish';
import { tempDir } from '../helpers/temp-workspace';

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
