import { expect, test } from 'vitest';
import { ApiError } from '../../shared/envelope';
import { createTestWorkspace } from '../helpers/temp-workspace';

/** The screen writes every date in the seller's format; a message from a service must not bring an ISO one. */
test('validation messages about dates carry no date of their own', async () => {
  const { client } = createTestWorkspace();
  const kase = await client.call('cases.create', { title: 'Fleet', accountName: 'Nordhaven', openedOn: '2026-03-01' });
  const early = await client
    .call('debrief.close', { caseId: kase.id, outcome: 'won', closedOn: '2026-02-01' })
    .catch((e: unknown) => e);
  expect(early).toBeInstanceOf(ApiError);
  expect((early as ApiError).fields).toEqual({ closedOn: 'On or after the day the case opened' });
  const period = await client.call('review.summary', { from: '2026-03-01', to: '2026-02-01' }).catch((e: unknown) => e);
  expect(JSON.stringify((period as ApiError).fields)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});
