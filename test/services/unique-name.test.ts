/**
 * The one unique-name rule (electron/services/unique-name.ts) as customers, competitors and the vocabulary lists
 * apply it: unique among live rows, ignoring case; renaming a row to its own name is fine; a removed name is free.
 */
import { expect, test } from 'vitest';
import { createTestWorkspace } from '../helpers/temp-workspace';

const clash = (field: string) => ({ code: 'invalid_input', fields: { name: field } });

test('customers: a second "ACME" is refused, renaming Acme to itself is not', async () => {
  const { client } = createTestWorkspace();
  const acme = await client.call('accounts.create', { name: 'Acme' });
  await expect(client.call('accounts.create', { name: 'ACME' })).rejects.toMatchObject({
    ...clash('Already a customer'),
    message: 'There is already a customer called "ACME".',
  });
  const other = await client.call('accounts.create', { name: 'Globex' });
  await expect(client.call('accounts.update', { id: other.id, patch: { name: 'acme' } })).rejects.toMatchObject(
    clash('Already a customer'),
  );
  await expect(client.call('accounts.update', { id: acme.id, patch: { name: 'ACME' } })).resolves.toMatchObject({
    name: 'ACME',
  });
});

test('competitors: one name per live competitor, ignoring case', async () => {
  const { client } = createTestWorkspace();
  const rival = await client.call('competitors.save', { name: 'Initech' });
  await expect(client.call('competitors.save', { name: 'initech' })).rejects.toMatchObject({
    ...clash('Already a competitor'),
    message: 'There is already a competitor called "initech".',
  });
  await expect(client.call('competitors.save', { id: rival.id, name: 'INITECH' })).resolves.toMatchObject({
    name: 'INITECH',
  });
});

test('vocabulary lists: unique within a list, free again once removed, and other lists do not clash', async () => {
  const { client } = createTestWorkspace();
  const { id } = await client.call('vocab.save', { list: 'criteria', name: 'Delivery time' });
  await expect(client.call('vocab.save', { list: 'criteria', name: 'DELIVERY TIME' })).rejects.toMatchObject({
    ...clash('Already in the list'),
    message: '"DELIVERY TIME" is already in the list.',
  });
  await expect(client.call('vocab.save', { list: 'buyerSteps', name: 'Delivery time' })).resolves.toBeTruthy();
  await client.call('vocab.remove', { list: 'criteria', id });
  await expect(client.call('vocab.save', { list: 'criteria', name: 'delivery time' })).resolves.toBeTruthy();
});
