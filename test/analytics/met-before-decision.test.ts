/**
 * The review's stakeholder and decision-maker factors count only the people met before the decision, on a real
 * file through the API: a won case's meetings after its decision step (the signing) do not make it "reach more
 * people", a case with no meeting recorded is not a 0, and moving a meeting's date is reflected at the next review.
 */
import { expect, test } from 'vitest';
import type { Summary } from '../../shared/contract/review';
import { decisionCap } from '../../electron/review/factors';
import { createTestWorkspace } from '../helpers/temp-workspace';

const CLOSED = '2026-02-28';
const DECIDED = '2026-02-20';

async function seed() {
  const t = createTestWorkspace();
  const { client } = t;
  await client.call('setup.complete', { myName: 'Dana', teamName: 'North', currency: 'EUR' });
  const acme = await client.call('accounts.create', { name: 'Acme' });
  const dm = await client.call('people.create', { name: 'Dora', accountId: acme.id, buyingRole: 'decision_maker' });
  const others = [];
  for (const name of ['Ivo', 'Uma', 'Tess', 'Raj'])
    others.push(await client.call('people.create', { name, accountId: acme.id, buyingRole: 'user' }));
  const steps = (await client.call('vocab.get', {})).buyerSteps;
  const decision = steps[decisionCap(steps)]!;
  const before = steps.slice(0, decisionCap(steps));
  expect(before.length).toBeGreaterThan(0);
  const everyone = [dm, ...others];

  const close = async (title: string, outcome: 'won' | 'lost') => {
    const c = await client.call('cases.create', { title, accountId: acme.id, openedOn: '2025-12-01' });
    await client.call('debrief.close', { caseId: c.id, outcome, closedOn: CLOSED });
    // Every case lists the five people as reached: the old flags alone would not tell the cases apart.
    await client.call('debrief.setPeople', {
      caseId: c.id,
      people: everyone.map((p) => ({ personId: p.id, reached: true })),
    });
    return c.id;
  };
  const meet = (caseId: string, personId: string, on: string) =>
    client.call('interactions.create', { caseId, personId, on, channel: 'web_meeting' });

  // Won: the buyer reached its decision step on 20 February; every person was met only after it (the signing).
  const won: string[] = [];
  for (let i = 0; i < 5; i++) {
    const id = await close(`W${i}`, 'won');
    await client.call('debrief.setBuyerSteps', {
      caseId: id,
      steps: [...before, decision].map((s, k) => ({
        buyerStepId: s.id,
        reachedOn: s === decision ? DECIDED : `2026-01-0${k + 1}`,
      })),
    });
    for (const p of everyone) await meet(id, p.id, '2026-02-25');
    won.push(id);
  }
  // A won case with people listed but no meeting recorded: it says nothing, so it is not counted as 0.
  await close('W-thin', 'won');
  // Lost: never at the decision step, so the close date is the cut: the decision maker and one user met in
  // February, one more person on the close day itself (not before it).
  const lost: string[] = [];
  for (let i = 0; i < 5; i++) {
    const id = await close(`L${i}`, 'lost');
    await client.call('debrief.setBuyerSteps', {
      caseId: id,
      steps: [{ buyerStepId: before[0]!.id, reachedOn: '2026-01-05' }],
    });
    await meet(id, dm.id, '2026-02-02');
    await meet(id, others[0]!.id, '2026-02-03');
    await meet(id, others[1]!.id, CLOSED);
    lost.push(id);
  }
  const factors = () => {
    const result = t.ws.dispatchSync('review.summary', {});
    if (!result.ok) throw new Error(result.error.message);
    const all = (result.value as Summary).winFactors;
    return {
      people: all.find((f) => f.factor === 'Stakeholders met before the decision')!,
      dm: all.find((f) => f.factor === 'Decision maker met before the decision')!,
    };
  };
  return { ...t, won, lost, dm, factors };
}

test('people met after the decision step do not count; a case with no meeting is not counted', async () => {
  const { factors } = await seed();
  const { people, dm } = factors();
  expect(people).toMatchObject({ won: 0, lost: 2, wonN: 5, lostN: 5, unit: 'count' });
  expect(people.sentence).toBe(
    'Won cases had met fewer stakeholders before the decision on average: 0.0 for won vs 2.0 for lost cases.',
  );
  expect(dm).toMatchObject({ won: 0, lost: 1, wonN: 5, lostN: 5, unit: 'share' });
  expect(dm.sentence).toBe(
    'Won cases met the decision maker before the decision less often: 0 % of won vs 100 % of lost cases.',
  );
});

test("moving a meeting's date marks its case and the next review counts it", async () => {
  const { ws, won, dm, factors } = await seed();
  const sqlite = ws.ctx.sqlite;
  expect(sqlite.prepare('select count(*) from derived_case_facts_stale').pluck().get()).toBe(0);
  // The first won case met its decision maker a week before the decision after all (a correction by hand).
  sqlite
    .prepare("update interactions set on_date = '2026-02-13' where case_id = ? and person_id = ?")
    .run(won[0], dm.id);
  expect(sqlite.prepare('select case_id from derived_case_facts_stale').pluck().all()).toEqual([won[0]]);
  expect(factors().people).toMatchObject({ won: 0.2, wonN: 5 });
  expect(factors().dm).toMatchObject({ won: 0.2, wonN: 5 });
  // On the decision day itself it is not before the decision.
  sqlite.prepare(`update interactions set on_date = ? where case_id = ? and person_id = ?`).run(DECIDED, won[0], dm.id);
  expect(factors().dm).toMatchObject({ won: 0, wonN: 5 });
});

test("the decision maker is whoever decided in that case: the case's role before the usual one", async () => {
  const { client, lost, dm, factors } = await seed();
  // In two lost cases Dora was only a user, so their decision maker was not met.
  for (const caseId of lost.slice(0, 2))
    await client.call('people.setCaseRole', { caseId, personId: dm.id, buyingRole: 'user' });
  expect(factors().dm).toMatchObject({ lost: 0.6, lostN: 5 });
  expect(factors().people).toMatchObject({ lost: 2, lostN: 5 });
});
