import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'winloop-build-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

test('the main process and preload bundle to CommonJS without import.meta', () => {
  const result = spawnSync(process.execPath, ['electron/build/build-electron.mjs', '--outdir', outdir], {
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);

  const main = fs.readFileSync(path.join(outdir, 'main.cjs'), 'utf8');
  const preload = fs.readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
  expect(main).not.toContain('import.meta');
  expect(main).toContain('require("electron")');
  expect(main).toContain('require("better-sqlite3")');
  // The sandboxed preload can require only `electron`: nothing else may be left as a require.
  expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
});
