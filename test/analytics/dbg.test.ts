import { test } from 'vitest';
import { openWorkspace } from '../../electron/workspace';
import { generateSample } from '../../electron/sample/generate';
import { MIGRATIONS_DIR } from '../../electron/node-paths';
import type { Summary } from '../../shared/contract/review';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
test('dbg', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dbg-'));
  const file = path.join(dir, 's.db');
  generateSample(file, { cases: 600, seed: 300, today: '2026-03-10', migrationsFolder: MIGRATIONS_DIR });
  const w = openWorkspace(file, {
    migrationsFolder: MIGRATIONS_DIR,
    mode: 'cli',
    create: false,
    now: () => new Date('2026-03-10T12:00:00'),
  });
  const s = (w.dispatchSync('review.summary', {}) as { value: Summary }).value;
  for (const a of s.actions)
    console.log(
      a.title.slice(0, 30),
      a.method,
      a.prior.n,
      a.before.won + '/' + a.before.n,
      a.after.won + '/' + a.after.n,
      a.elsewhere
        ? `${a.elsewhere.before.won}/${a.elsewhere.before.n} ${a.elsewhere.after.won}/${a.elsewhere.after.n}`
        : '',
      a.effect.estimate?.toFixed(2),
      a.effect.low.toFixed(2),
      a.effect.high.toFixed(2),
      a.verdict,
    );
  console.log(
    s.byQuarter.map((q) => `${q.quarter} ${q.won}/${q.n}`).join(' | '),
    s.winRate.rate,
    s.previousWinRate.rate,
  );
  w.close();
});
