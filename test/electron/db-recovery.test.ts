import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { DbOpenError } from '../../electron/db/errors';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import { openWorkspace } from '../../electron/workspace';
import { openWithRecovery, recoveryChoices, type RecoveryChoice } from '../../electron/shell/db-recovery';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function brokenFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-recover-'));
  dirs.push(dir);
  const file = path.join(dir, 'winloop.db');
  fs.writeFileSync(file, 'this is not a database, just text that is long enough to look like a header');
  return file;
}

const options = { migrationsFolder: MIGRATIONS_DIR, mode: 'electron' as const };

test('cancelling gives up without touching the file', async () => {
  const file = brokenFile();
  const asked: DbOpenError[] = [];
  expect(
    await openWithRecovery(
      file,
      (f) => openWorkspace(f, options),
      (error) => (asked.push(error), 'cancel'),
    ),
  ).toBeNull();
  expect(asked.map((e) => e.code)).toEqual(['db_corrupt']);
  expect(fs.readdirSync(path.dirname(file))).toEqual(['winloop.db']);
});

test('starting a new file sets the broken one aside and opens a fresh database', async () => {
  const file = brokenFile();
  const choices: RecoveryChoice[][] = [];
  const workspace = await openWithRecovery(
    file,
    (f) => openWorkspace(f, options),
    (error) => (choices.push(recoveryChoices(error)), 'new'),
  );
  expect(workspace?.ctx.dbPath).toBe(file);
  workspace?.close();
  expect(choices).toEqual([['new', 'cancel']]);
  expect(fs.readdirSync(path.dirname(file)).some((name) => name.startsWith('winloop.db.broken-'))).toBe(true);
});

test('the newest backup is offered first and restored on request', async () => {
  const file = brokenFile();
  const good = (await openWithRecovery(
    path.join(path.dirname(file), 'good.db'),
    (f) => openWorkspace(f, options),
    () => 'cancel',
  ))!;
  good.close();
  const backup = `${file}.before-v1-2026-01-01T00-00-00-000Z.bak`;
  fs.copyFileSync(path.join(path.dirname(file), 'good.db'), backup);

  let offered: RecoveryChoice[] = [];
  const workspace = await openWithRecovery(
    file,
    (f) => openWorkspace(f, options),
    (error) => ((offered = recoveryChoices(error)), 'backup'),
  );
  expect(offered).toEqual(['backup', 'new', 'cancel']);
  expect(await workspace?.dispatch('system.info', {})).toMatchObject({ ok: true });
  workspace?.close();
});
