import { expect, test } from 'vitest';
import { ApiError } from '../../shared/envelope';
import { createTestWorkspace } from '../helpers/temp-workspace';

test('a list is put in the order given, once; an order made from a stale list is refused', async () => {
  const { client, events } = createTestWorkspace();
  const before = (await client.call('vocab.get', {})).criteria;
  const reversed = [...before].reverse().map((c) => c.id);
  await client.call('vocab.reorder', { list: 'criteria', ids: reversed });
  const after = (await client.call('vocab.get', {})).criteria;
  expect(after.map((c) => c.id)).toEqual(reversed);
  expect(after.map((c) => c.position)).toEqual(after.map((_, i) => i));
  expect(events).toContainEqual(['vocabulary']);

  const stale = await client
    .call('vocab.reorder', { list: 'criteria', ids: reversed.slice(1) })
    .catch((e: unknown) => e);
  expect(stale).toBeInstanceOf(ApiError);
  expect((stale as ApiError).code).toBe('conflict');
  const twice = await client
    .call('vocab.reorder', { list: 'criteria', ids: [reversed[0]!, ...reversed.slice(0, -1)] })
    .catch((e: unknown) => e);
  expect((twice as ApiError).code).toBe('conflict');
  expect((await client.call('vocab.get', {})).criteria.map((c) => c.id)).toEqual(reversed);
});
