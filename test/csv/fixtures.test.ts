/** The fixture corpus: one small export per CRM, with its real header row, read with no mapping at all. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCsv } from '../../electron/csv/read';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/csv', name));

/**
 * Reads with the detected mapping. Zoho's "Created Time" (04/01/2021, 05/01/2021, 06/01/2021) cannot tell D/M
 * from M/D on its own, so that one question is answered the way a user would.
 */
function read(name: string, currency: string) {
  const first = readCsv(fixture(name), { currency });
  if (first.status !== 'needs_answers') return first;
  expect(first.ambiguousDateColumns).toEqual(['Created Time']);
  return readCsv(fixture(name), { mapping: { ...first.mapping, dateOrder: 'dmy' } });
}

describe('fixture exports read with the detected mapping', () => {
  test.each([
    [
      'salesforce-report.csv',
      'salesforce_report',
      ['won', 'lost', 'open'],
      ['2021-03-15', '2021-04-02', '2021-06-30'],
      [2_270_000, 120_000, 500_000],
    ],
    [
      'hubspot-ui.csv',
      'hubspot_ui',
      ['won', 'lost', 'open'],
      ['2021-04-15', '2021-05-01', null],
      [100_000, 25_050, null],
    ],
    [
      'hubspot-api.csv',
      'hubspot_api',
      ['won', 'lost', 'open'],
      ['2021-04-15', '2021-05-01', null],
      [100_000, 30_000, 5_000],
    ],
    ['pipedrive-legacy.csv', 'pipedrive_legacy', ['won', 'lost'], ['2021-02-01', '2021-02-03'], [150_000, 70_000]],
    [
      'zoho-potentials.csv',
      'zoho',
      ['won', 'lost', 'open'],
      ['2021-02-13', '2021-03-01', '2021-06-30'],
      [310_050, 120_000, 80_000],
    ],
  ])('%s', (name, format, outcomes, closed, values) => {
    const r = read(name, 'EUR');
    expect(r.status).toBe('ready');
    expect(r.format).toBe(format);
    expect(r.rejects).toEqual([]);
    expect(r.rows.map((x) => x.outcome)).toEqual(outcomes);
    expect(r.rows.map((x) => x.closedOn)).toEqual(closed);
    expect(r.rows.map((x) => x.valueMinor)).toEqual(values);
    expect(r.counts.accepted).toBe(r.counts.read);
  });
  test('the Salesforce report keeps its ids, owners and accounts; the Zoho file its lost reasons', () => {
    const sf = read('salesforce-report.csv', 'USD');
    expect(sf.rows[0]).toMatchObject({
      externalId: '0065g00000AbCdE',
      owner: 'Ann Lee',
      account: 'Acme, Inc.',
      currency: 'USD',
      openedOn: '2021-01-04',
    });
    const zoho = read('zoho-potentials.csv', 'EUR');
    expect(zoho.rows[1]).toMatchObject({ title: 'Beta Kauf', lostReason: 'Preis', openedOn: '2021-01-05' });
  });
});
