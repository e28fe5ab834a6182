/**
 * `cli summary` as users run it: a child process through tsx, on a small database with something in every
 * section. `--json` prints the contract's Summary (the keys the screen and scripts rely on); without it, a
 * text digest; usage mistakes exit 2, a missing file exits 1.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { Summary } from '../../shared/contract/review';
import { createFixture } from '../analytics/fixture';

const ROOT = path.resolve(import.meta.dirname, '../..');
const period = ['--from', '2025-03-11', '--to', '2026-03-10'];
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A database where every section has rows: competitors, reasons, criteria, a done action, debriefs. */
function sampleDb(): string {
  const f = createFixture();
  const rival = f.competitor('Rival AB');
  const won = f.cases(6, { outcome: 'won', closedOn: '2025-09-01', debrief: 'done', stage: 'Negotiation' });
  const lost = f.cases(6, { outcome: 'lost', closedOn: '2025-05-01', winner: rival, stage: 'Proposal' });
  for (const c of [...won, ...lost]) {
    f.met(c, rival);
    f.rate(c, 'Price', 4, 2, 4);
  }
  for (const c of lost) f.reason(c, 'Price', { evidence: 'buyer_said' });
  f.lesson(won[0]!, 'Lead with the value story', 'worked');
  // The window before the action's "before" window, so an action on all cases has a trend to be judged against.
  f.cases(3, { outcome: 'won', closedOn: '2024-08-01' });
  f.cases(3, { outcome: 'lost', closedOn: '2024-08-01' });
  f.case({ outcome: 'open', stage: 'Proposal', valueMinor: 50_000 });
  f.action({ title: 'Price calculator', status: 'done', doneOn: '2025-07-01' });
  return f.file;
}

test('--json prints the summary with the keys scripts rely on', async () => {
  const file = sampleDb();
  // The CLI runs on the real clock: the fixture's period is named explicitly.
  const { code, stdout } = await cli('summary', '--db', file, '--json', ...period);
  expect(code).toBe(0);
  const summary = JSON.parse(stdout) as Summary;
  expect(Summary.safeParse(summary).success).toBe(true);
  expect(Object.keys(summary.winRate).sort()).toEqual(
    ['closed', 'confidence', 'high', 'lost', 'low', 'noDecision', 'rate', 'won'].sort(),
  );
  expect(summary.winRate).toMatchObject({ won: 6, lost: 6, noDecision: 0, closed: 12, rate: 0.5, confidence: 0.9 });
  expect(summary.byCompetitor[0]).toMatchObject({ competitor: 'Rival AB', met: 12, won: 6, lost: 6, rate: 0.5 });
  for (const key of ['low', 'high'] as const) expect(typeof summary.byCompetitor[0]![key]).toBe('number');
  expect(summary.lossReasons[0]).toMatchObject({ category: 'Buying criteria', reason: 'Price', count: 6, share: 1 });
  expect(summary.criteriaGaps[0]).toMatchObject({ criterion: 'Price', cases: 12, weightedGap: 8 });
  // 50 % → 0 % → 100 %: a bend at the done date, judged against the trend before (no comparison group).
  expect(summary.actions[0]).toMatchObject({
    title: 'Price calculator',
    doneAt: '2025-07-01',
    method: 'trend',
    // Three windows fit between the first decided case (2024-08-01) and the done date: 167 days each.
    windowDays: 167,
    elsewhere: null,
    verdict: 'improved',
  });
  expect(summary.actions[0]!.prior).toMatchObject({ won: 3, n: 6 });
  expect(summary.actions[0]!.before).toMatchObject({ won: 0, n: 6 });
  expect(summary.actions[0]!.after).toMatchObject({ won: 6, n: 6 });
  expect(summary.actions[0]!.effect.low).toBeGreaterThan(0);
  expect(summary.actions[0]!.interval).toMatch(/^95 % sure the action's effect on the win rate is between \+\d+ and/);
  expect(summary.actions[0]!.howComputed).toMatch(/^Segmented trend/);
  expect(summary.loopHealth).toMatchObject({
    closed: 12,
    withDebrief: 6,
    withReasons: 6,
    withCriteria: 12,
    withStakeholders: 0,
    withLessons: 1,
  });
});

test('--from and --to set the period; the previous one is as long', async () => {
  const { stdout } = await cli('summary', '--db', sampleDb(), '--json', '--from', '2025-08-01', '--to', '2025-08-31');
  const summary = JSON.parse(stdout) as Summary;
  expect(summary.scope).toMatchObject({ from: '2025-08-01', to: '2025-08-31' });
  expect(summary.previous).toEqual({ from: '2025-07-01', to: '2025-07-31' });
  expect(summary.winRate.closed).toBe(0);
});

test('without --json it prints a readable digest', async () => {
  const { code, stdout } = await cli('summary', '--db', sampleDb(), ...period);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^Winloop review 2025-03-11 – 2026-03-10 \(compared with 2024-03-11 – 2025-03-10\)/);
  expect(stdout).toContain('How do I win?');
  expect(stdout).toContain('Win rate 50 % (90 % interval');
  expect(stdout).toContain('Rival AB');
  expect(stdout).toContain('Did our actions work?');
  expect(stdout).toMatch(/Price calculator \(done 2025-07-01\): Across all cases the win rate rose 100 points/);
});

test('usage mistakes exit 2, a missing file exits 1, and neither creates a file', async () => {
  expect((await cli('summary')).code).toBe(2);
  expect((await cli('summary', '--db', 'x.db', '--from', '2025-13')).code).toBe(2);
  const missing = path.join(path.dirname(sampleDb()), 'nope.db');
  const result = await cli('summary', '--db', missing);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^winloop: No database file at/);
});

test('the digest says which rates converted the value figures, and which cases had none', async () => {
  const f = createFixture();
  f.setting('currency', 'EUR');
  f.run(
    `insert into currency_rates (id, created_at, updated_at, deleted_at, currency, home_currency, rate, from_on)
     values (lower(hex(randomblob(16))), '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', null, 'USD', 'EUR', 0.9,
       '2025-01-01')`,
  );
  f.cases(6, { outcome: 'won', closedOn: '2025-09-01' });
  f.cases(6, { outcome: 'lost', closedOn: '2025-05-01' });
  f.case({ outcome: 'won', closedOn: '2025-09-01', currency: 'USD', valueMinor: 200_000 });
  f.case({ outcome: 'open', currency: 'USD', valueMinor: 50_000 });
  f.case({ outcome: 'open', currency: 'GBP', valueMinor: 70_000 });
  const { code, stdout } = await cli('summary', '--db', f.file, ...period);
  expect(code).toBe(0);
  const lines = stdout.split('\n');
  const forecast = lines.findIndex((l) => l.startsWith('  2 open cases; forecast from history'));
  expect(forecast).toBeGreaterThan(0);
  // Under the open pipeline's figures (converted at today's rate, on the real clock: the rate holds from 2025 on).
  expect(lines[forecast + 1]).toBe(
    '  Open values in EUR: USD at 0.9 from 1 Jan 2025; 1 case in GBP has no rate and is left out.',
  );
  expect(stdout).toMatch(/By value, .*; USD at 0\.9 from 1 Jan 2025\)\./);
  expect(lines[forecast]).toMatch(/forecast from history €[\d,.]+/);
  // Every case in the home currency: no conversion line at all.
  expect((await cli('summary', '--db', sampleDb(), ...period)).stdout).not.toContain('Open values in');
});

test("the digest writes amounts in the home currency's own digits: yen have none", async () => {
  const f = createFixture();
  f.setting('currency', 'JPY');
  f.cases(6, { outcome: 'won', closedOn: '2025-09-01', currency: 'JPY', valueMinor: 1_000_000 });
  f.cases(6, { outcome: 'lost', closedOn: '2025-05-01', currency: 'JPY', valueMinor: 1_000_000 });
  f.case({ outcome: 'open', currency: 'JPY', valueMinor: 3_000_000 });
  const { code, stdout } = await cli('summary', '--db', f.file, ...period);
  expect(code).toBe(0);
  const line = stdout.split('\n').find((l) => l.startsWith('  1 open case; forecast from history'))!;
  // Half the closed cases were won: the history gives the open ¥3,000,000 case about ¥1,500,000, not ¥15,000.
  const yen = Number(/forecast from history ¥([\d,]+)/.exec(line)![1]!.replace(/,/g, ''));
  expect(yen).toBeGreaterThan(300_000);
  expect(yen).toBeLessThanOrEqual(3_000_000);
});
