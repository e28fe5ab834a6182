/**
 * `npm run soak`: the long forms of the crash and fuzz tests — 1,000 kills while saving, 20 kills in the
 * middle of each job kind, 2,000 fuzz runs per contract method and 5,000 hostile calls through the engine.
 * Not part of `npm test` (it takes tens of minutes). Extra arguments go to vitest; WINLOOP_SEED replays a run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--project',
    'unit',
    'test/crash/',
    'test/api/fuzz.test.ts',
    'test/team/mutation-fuzz.test.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, WINLOOP_SOAK: '1' } },
);
process.exit(run.status ?? 1);
