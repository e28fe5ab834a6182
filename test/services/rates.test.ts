/** Rates through the API on a real database: save, replace, remove and undo, and CSV imports as people write them. */
import { expect, test } from 'vitest';
import { ApiError } from '../../shared/envelope';
import { parseRate } from '../../shared/rates';
import { createTestWorkspace } from '../helpers/temp-workspace';

async function setUp() {
  const t = createTestWorkspace();
  await t.client.call('setup.complete', { myName: 'Maria', currency: 'EUR' });
  return t;
}

test('a rate is saved, replaced for the same day, removed and brought back', async () => {
  const t = await setUp();
  const usd = await t.client.call('rates.save', { currency: 'USD', rate: 0.92, fromOn: '2026-11-01' });
  expect(usd).toMatchObject({ currency: 'USD', home: 'EUR', rate: 0.92, fromOn: '2026-11-01' });
  const again = await t.client.call('rates.save', { currency: 'USD', rate: 0.93, fromOn: '2026-11-01' });
  expect(again.id).toBe(usd.id);
  await t.client.call('rates.save', { currency: 'USD', rate: 0.9, fromOn: '2026-06-01' });
  let list = await t.client.call('rates.list', {});
  expect(list.rates.map((r) => [r.currency, r.fromOn, r.rate])).toEqual([
    ['USD', '2026-11-01', 0.93],
    ['USD', '2026-06-01', 0.9],
  ]);
  await t.client.call('rates.delete', { id: usd.id });
  list = await t.client.call('rates.list', {});
  expect(list.rates.map((r) => r.fromOn)).toEqual(['2026-06-01']);
  await t.client.call('rates.restore', { id: usd.id });
  expect((await t.client.call('rates.list', {})).rates).toHaveLength(2);
  expect(t.events.flat()).toContain('settings');
});

test('the home currency needs no rate, and a rate is positive', async () => {
  const t = await setUp();
  await expect(t.client.call('rates.save', { currency: 'EUR', rate: 1, fromOn: '2026-11-01' })).rejects.toThrow(
    /home currency/,
  );
  const bad = await t.client
    .call('rates.save', { currency: 'USD', rate: 0, fromOn: '2026-11-01' })
    .catch((e: unknown) => e);
  expect(bad).toBeInstanceOf(ApiError);
  expect((bad as ApiError).fields?.rate).toMatch(/more than zero/);
});

test('rates typed with a decimal comma or grouping read as meant', () => {
  expect(parseRate('0,92')).toEqual({ ok: true, rate: 0.92 });
  expect(parseRate(' 11.4532 ')).toEqual({ ok: true, rate: 11.4532 });
  expect(parseRate('1.234,5')).toEqual({ ok: true, rate: 1234.5 });
  expect(parseRate('1,234.5')).toEqual({ ok: true, rate: 1234.5 });
  expect(parseRate('17 250')).toEqual({ ok: true, rate: 17250 });
  expect(parseRate('-1')).toMatchObject({ ok: false });
  expect(parseRate('abc')).toMatchObject({ ok: false });
  expect(parseRate('0')).toMatchObject({ ok: false });
});

test('a CSV with a BOM, other header names, semicolons and decimal commas imports; bad rows are listed', async () => {
  const t = await setUp();
  const text = [
    '\ufeffValid from;Currency code;EUR per unit',
    '2026-11-01;usd;0,92',
    '01.10.2026;GBP;1,17',
    '2026-11-01;NOK;',
    'someday;SEK;0,087',
    '2026-11-01;EUR;1',
    '2026-11-01;DOLLARS;0,9',
  ].join('\r\n');
  const result = await t.client.call('rates.import', { text });
  expect(result).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
  expect(result.errors.map((e) => e.line)).toEqual([4, 5, 6, 7]);
  expect(result.errors[0]!.message).toMatch(/rate "": Enter a rate/);
  expect(result.errors[1]!.message).toMatch(/date "someday"/);
  expect(result.errors[2]!.message).toMatch(/home currency/);
  expect(result.errors[3]!.message).toMatch(/three-letter code/);
  const list = await t.client.call('rates.list', {});
  expect(list.rates.map((r) => [r.currency, r.fromOn, r.rate])).toEqual([
    ['GBP', '2026-10-01', 1.17],
    ['USD', '2026-11-01', 0.92],
  ]);
  // The same file again changes nothing; a new rate for a day already there replaces it.
  expect(await t.client.call('rates.import', { text })).toMatchObject({ added: 0, unchanged: 2 });
  expect(
    await t.client.call('rates.import', { text: 'rate,currency,date\n0.95,USD,2026-11-01\n0.96,USD,2026-12-01' }),
  ).toMatchObject({ added: 1, updated: 1, errors: [] });
});

test('a CSV without the three columns says which it needs', async () => {
  const t = await setUp();
  const result = await t.client.call('rates.import', { text: 'name,amount\nx,1' });
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatchObject({ line: 1, message: /date, currency and rate/ });
  expect((await t.client.call('rates.import', { text: '' })).errors[0]!.message).toMatch(/empty/);
});

test('a quote never closed is an error naming its line; the rows before it import as good rows do', async () => {
  const t = await setUp();
  const result = await t.client.call('rates.import', {
    text: 'date,currency,rate\n2026-11-01,USD,0.95\n2026-12-01,"USD,0.96\n2026-12-02,USD,0.97',
  });
  expect(result).toMatchObject({ added: 1 });
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatchObject({ line: 3, message: /quote .* never closed/ });
});

test('unrated names the currencies cases use that no rate converts, and the cases decided before a first rate', async () => {
  const t = await setUp();
  const deal = (title: string, currency: string) =>
    t.client.call('cases.create', {
      title,
      accountName: 'Nordhaven',
      currency,
      valueMinor: 100_000,
      openedOn: '2025-10-01',
    });
  await deal('Pumps', 'USD');
  await deal('Valves', 'USD');
  const oldUsd = await deal('Depot', 'USD');
  await t.client.call('debrief.close', { caseId: oldUsd.id, outcome: 'won', closedOn: '2025-12-01' });
  const gbp = await deal('Sensors', 'GBP');
  await t.client.call('debrief.close', { caseId: gbp.id, outcome: 'lost', closedOn: '2026-02-01' });
  const gone = await deal('Typo', 'SEK');
  await deal('Home', 'EUR');
  expect(await t.client.call('rates.unrated', {})).toEqual([
    { currency: 'USD', cases: 3, unconverted: 3, firstRateOn: null, neededFrom: '2025-12-01' },
    { currency: 'GBP', cases: 1, unconverted: 1, firstRateOn: null, neededFrom: '2026-02-01' },
    { currency: 'SEK', cases: 1, unconverted: 1, firstRateOn: null, neededFrom: '2026-03-10' },
  ]);
  await t.client.call('cases.delete', { id: gone.id });
  await t.client.call('rates.save', { currency: 'GBP', rate: 1.17, fromOn: '2026-01-01' });
  // From 2026-01-01: the open USD cases (today is 2026-03-10) convert, the one closed in December does not.
  await t.client.call('rates.save', { currency: 'USD', rate: 0.92, fromOn: '2026-01-01' });
  expect(await t.client.call('rates.unrated', {})).toEqual([
    { currency: 'USD', cases: 3, unconverted: 1, firstRateOn: '2026-01-01', neededFrom: '2025-12-01' },
  ]);
  await t.client.call('rates.save', { currency: 'USD', rate: 0.9, fromOn: '2025-11-01' });
  expect(await t.client.call('rates.unrated', {})).toEqual([]);
});
