/**
 * The engine's writer answers a save before refreshing the review's derived rows (dispatch's `deferRefresh`):
 * the save's stale mark is in the file when it is acknowledged, the writer refreshes it shortly after on its own,
 * a review asked for at once still counts the new case, and a close right after a save leaves nothing stale.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { REFRESH_AFTER_SAVE_MS } from '../../electron/engine/db-worker';
import { ok, testEngine } from '../helpers/engine';
import { tempDir } from '../helpers/temp-workspace';

const engineOn = (file: string) => testEngine(file);

/** What another connection sees in the file: the stale marks and whether the case has its facts row. */
function derivedState(file: string, caseId: string): { stale: number; facts: number } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      stale: db.prepare('select count(*) from derived_case_facts_stale').pluck().get() as number,
      facts: db.prepare('select count(*) from derived_case_facts where case_id = ?').pluck().get(caseId) as number,
    };
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a save is answered with its stale mark committed, and the writer refreshes it soon after by itself', async () => {
  const file = path.join(tempDir(), 'winloop.db');
  const engine = await engineOn(file);
  const created = await ok<{ id: string }>(engine, 'cases.create', { title: 'Pumps', accountName: 'Acme' });
  expect(derivedState(file, created.id)).toEqual({ stale: 1, facts: 0 });
  await sleep(REFRESH_AFTER_SAVE_MS * 4);
  expect(derivedState(file, created.id)).toEqual({ stale: 0, facts: 1 });
});

test('a review asked for right after saves counts them, and a close right after a save leaves nothing stale', async () => {
  const file = path.join(tempDir(), 'winloop.db');
  const engine = await engineOn(file);
  const before = await ok<{ pipeline: unknown }>(engine, 'review.summary', {});
  const created = await ok<{ id: string }>(engine, 'cases.create', {
    title: 'Pumps',
    accountName: 'Acme',
    valueMinor: 5_000_00,
  });
  const after = await ok<{ pipeline: unknown }>(engine, 'review.summary', {});
  expect(after).not.toEqual(before);
  expect(derivedState(file, created.id)).toEqual({ stale: 0, facts: 1 });

  const second = await ok<{ id: string }>(engine, 'cases.create', { title: 'Valves', accountName: 'Acme' });
  await engine.close();
  expect(derivedState(file, second.id)).toEqual({ stale: 0, facts: 1 });
});
