import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../electron/csv/detect';
import { headerSignature, type MappingInput } from '../../electron/csv/mapping';
import { readCsv, type ImportRow } from '../../electron/csv/read';
import { rejectsCsv } from '../../electron/csv/rejects-csv';

const bytes = (text: string) => Buffer.from(text, 'utf-8');
const mavenFile = path.resolve(import.meta.dirname, '../fixtures/csv/maven-sales-pipeline.csv');

describe('detect: each CRM by its real header row', () => {
  test.each([
    [
      'salesforce_report',
      'Opportunity Owner,Account Name,Opportunity Name,Stage,Fiscal Period,Amount,Probability (%),Age,Close Date,Created Date,Next Step,Lead Source,Type,Won,Closed,Opportunity ID',
    ],
    [
      'salesforce_api',
      'Id,IsDeleted,AccountId,Name,StageName,Amount,Probability,CloseDate,Type,IsClosed,IsWon,CurrencyIsoCode,OwnerId,CreatedDate',
    ],
    [
      'pipedrive',
      'Deal - ID,Deal - Title,Deal - Owner,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Lost reason,Organization - Name',
    ],
    [
      'pipedrive_legacy',
      'ID,Title,Owner,Value,Currency,Organization,Stage,Status,Deal created,Won time,Lost time,Lost reason',
    ],
    [
      'hubspot_ui',
      'Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,Closed Lost Reason,Pipeline',
    ],
    [
      'hubspot_api',
      'hs_object_id,dealname,dealstage,amount,closedate,createdate,closed_lost_reason,pipeline,hs_is_closed_won',
    ],
    ['zoho', 'Potential Owner,Potential Name,Account Name,Amount,Stage,Closing Date,Created Time,Reason For Loss'],
    ['zoho', 'Record Id,Deal Owner,Deal Name,Account Name,Amount,Stage,Closing Date,Created Time,Currency'],
    ['unknown', 'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value'],
  ])('%s', (format, header) => {
    const d = detectFormat(header.split(','), 'EUR');
    expect(d.format).toBe(format);
    if (format !== 'unknown') {
      expect(d.mapping.columns.outcome).toBeDefined();
      expect(d.mapping.columns.value).toBeDefined();
    }
  });
  test('a spelling variant of the headers still detects, and the signature ignores order and case', () => {
    expect(detectFormat([' deal name ', 'DEAL STAGE', 'Amount'], 'USD').format).toBe('hubspot_ui');
    expect(headerSignature(['A', 'b  c'])).toBe(headerSignature(['B C', 'a']));
    expect(headerSignature(['A', 'b'])).not.toBe(headerSignature(['A', 'c']));
  });
  test('Pipedrive closes on whichever of won time / lost time is filled', () => {
    const csv =
      'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Won time,Deal - Lost time,Organization - Name\n1,A,"1,000",EUR,won,2021-03-01 10:00:00,,Acme\n2,B,500,USD,lost,,2021-04-02 11:00:00,Beta\n';
    const r = readCsv(bytes(csv));
    expect(r.format).toBe('pipedrive');
    expect(r.rows.map((x) => [x.outcome, x.closedOn, x.valueMinor, x.currency])).toEqual([
      ['won', '2021-03-01', 100_000, 'EUR'],
      ['lost', '2021-04-02', 50_000, 'USD'],
    ]);
  });
});

describe('readCsv', () => {
  test('Salesforce API export: flags win over stage text and disagreements are counted', () => {
    const csv = [
      'Id,Name,AccountId,StageName,Amount,CloseDate,CreatedDate,IsClosed,IsWon,OwnerId,CurrencyIsoCode',
      '006A,Deal A,001A,Closed Won,1200.50,2021-03-01,2021-01-01T10:00:00.000Z,true,true,005A,USD',
      '006B,Deal B,001B,Closed Won,300,2021-03-02,2021-01-02T10:00:00.000Z,true,false,005A,EUR',
      '006C,Deal C,001C,Negotiation/Review,,2021-06-01,2021-01-03T10:00:00.000Z,false,false,005B,USD',
      '006D,Deal D,001D,Custom Lost Stage,10,2021-03-04,2021-01-04T10:00:00.000Z,TRUE,FALSE,005B,USD',
    ].join('\r\n');
    const r = readCsv(bytes(csv));
    expect(r.format).toBe('salesforce_api');
    expect(r.rows.map((x) => x.outcome)).toEqual(['won', 'lost', 'open', 'lost']);
    expect(r.disagreements).toBe(1);
    expect(r.rows[0]).toMatchObject({
      externalId: '006A',
      title: 'Deal A',
      valueMinor: 120_050,
      openedOn: '2021-01-01',
    });
    expect(r.rows[1]?.currency).toBe('EUR');
    expect(r.rows[2]?.valueMinor).toBe(null);
  });

  test('semicolons, decimal commas, a Windows-1252 file and D/M/Y decided by the column', () => {
    const csv =
      'Deal Name;Stage;Amount;Closing Date;Account Name\r\nMüller;Closed Won;3.100,50 €;13.02.2021;Café\r\nB;Closed Lost;1.200;01.03.2021;X\r\n';
    const r = readCsv(iconv.encode(csv, 'windows-1252'), { currency: 'EUR' });
    expect(r.delimiter).toBe(';');
    expect(r.format).toBe('zoho');
    expect(r.dateOrders).toEqual({ 'Closing Date': 'dmy' });
    expect(r.rows.map((x) => [x.title, x.account, x.valueMinor, x.closedOn, x.outcome])).toEqual([
      ['Müller', 'Café', 310_050, '2021-02-13', 'won'],
      ['B', 'X', 120_000, '2021-03-01', 'lost'],
    ]);
  });

  test('an ambiguous date column is asked, never guessed; the answer unblocks it', () => {
    const csv = 'Deal Name,Deal Stage,Amount,Close Date\nA,closedwon,1,03/04/2021\nB,closedlost,2,05/06/2021\n';
    const asked = readCsv(bytes(csv));
    expect(asked.status).toBe('needs_answers');
    expect(asked.ambiguousDateColumns).toEqual(['Close Date']);
    expect(asked.rows).toEqual([]);
    const mapping = { ...asked.mapping, dateOrder: 'dmy' as const };
    const answered = readCsv(bytes(csv), { mapping });
    expect(answered.status).toBe('ready');
    expect(answered.rows.map((x) => x.closedOn)).toEqual(['2021-04-03', '2021-06-05']);
  });

  test('ragged rows, unreadable amounts and dates are rejects with line numbers; read = accepted + rejected', () => {
    const csv =
      'Deal Name,Deal Stage,Amount,Close Date\nA,Won,1,2021-01-01\nB,Won,2\n"C\nmultiline",Won,lots,2021-01-01\nD,Won,3,2021-01-01,extra\nE,Won,4,someday\nF,Won,5,2021-01-01,\nG,Won,,2021-01-01';
    const r = readCsv(bytes(csv));
    expect(r.rejects.map((x) => [x.line, x.column])).toEqual([
      [3, null],
      [4, 'Amount'],
      [6, null],
      [7, 'Close Date'],
    ]);
    expect(r.rows.map((x) => [x.line, x.title, x.valueMinor])).toEqual([
      [2, 'A', 100],
      [8, 'F', 500],
      [9, 'G', null],
    ]);
    expect(r.counts.read).toBe(7);
    expect(r.counts.accepted + r.counts.rejected).toBe(r.counts.read);
    const out = rejectsCsv(r.rejects);
    expect(out.startsWith('\ufeffLine,Column,Reason,Raw\r\n3,,')).toBe(true);
    expect(out).toContain('4,Amount,amount: not an amount,lots');
  });

  test('duplicate external ids are reported and the last row wins', () => {
    const csv = 'Record ID,Deal Name,Deal Stage,Amount\n1,first,Won,1\n2,other,Lost,2\n1,second,Lost,3\n';
    const r = readCsv(bytes(csv));
    expect(r.duplicates).toEqual([{ externalId: '1', lines: [2, 4] }]);
    expect(r.rows.map((x) => x.title)).toEqual(['other', 'second']);
    expect(r.rejects[0]).toMatchObject({ line: 2, reason: 'duplicate id 1: line 4 wins' });
  });

  test('a file with no header row maps columns by number; blank and duplicated headers are named', () => {
    const r = readCsv(bytes('A1,Acme,Won,100,2021-02-03\nA2,Beta,Lost,200,2021-02-04\n'), {
      mapping: {
        columns: {
          externalId: 'Column 1',
          account: 'Column 2',
          outcome: 'Column 3',
          value: 'Column 4',
          closedAt: 'Column 5',
        },
        currency: 'GBP',
      },
    });
    expect(r.hasHeader).toBe(false);
    expect(r.counts).toMatchObject({ read: 2, won: 1, lost: 1 });
    expect(r.rows[0]).toMatchObject({ title: 'Acme', currency: 'GBP', valueMinor: 10_000 });
    const blank = readCsv(bytes('Name, ,Name\nx,y,z\n'), {
      mapping: { columns: { title: 'Name (2)', account: 'Column 2' }, currency: 'USD' },
    });
    expect(blank.headers).toEqual(['Name', 'Column 2', 'Name (2)']);
    expect(blank.rows[0]).toMatchObject({ title: 'z', account: 'y' });
  });

  test('a mapping naming a missing column is reported, and value maps apply by normalised name', () => {
    const missing = readCsv(bytes('a,b\n1,2\n'), { mapping: { columns: { title: 'nope' }, currency: 'USD' } });
    expect(missing.status).toBe('needs_answers');
    expect(missing.missingColumns).toEqual(['nope']);
    const r = readCsv(bytes('Deal,Status,Rep\nX,Signed,  BOB smith\n'), {
      mapping: {
        columns: { title: 'Deal', outcome: 'Status', owner: 'Rep' },
        values: { outcome: { signed: 'won' }, owner: { 'Bob Smith': 'Robert Smith' } },
        currency: 'USD',
      },
    });
    expect(r.rows[0]).toMatchObject({ outcome: 'won', owner: 'Robert Smith' });
  });

  test('UTF-16 with a tab delimiter, serial dates mixed with text dates, month names', () => {
    const csv =
      'Deal Name\tDeal Stage\tAmount\tClose Date\nA\tClosed Won\t$22,700.00\t44124\nB\tClosed Lost\t(0)\t15 Apr, 2021 00:02:00\n';
    const r = readCsv(iconv.encode(csv, 'utf-16le', { addBOM: true }));
    expect(r.encoding).toBe('utf-16le');
    expect(r.delimiter).toBe('\t');
    expect(r.rows.map((x) => [x.closedOn, x.valueMinor])).toEqual([
      ['2020-10-20', 2_270_000],
      ['2021-04-15', 0],
    ]);
  });

  test('streaming in chunks with progress, and cancel', () => {
    const lines = ['Deal Name,Deal Stage,Amount'];
    for (let i = 0; i < 2500; i++) lines.push(`D${i},Won,${i}`);
    const seen: number[] = [];
    const r = readCsv(bytes(lines.join('\n')), {
      chunkSize: 1000,
      onChunk: (chunk, progress) => {
        seen.push(chunk.rows.length, progress.done);
      },
    });
    expect(seen).toEqual([1000, 1000, 1000, 2000, 500, 2500]);
    expect(r.rows).toEqual([]);
    expect(r.counts.accepted).toBe(2500);
    const cancelled = readCsv(bytes(lines.join('\n')), { chunkSize: 1000, onChunk: () => false });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.counts.accepted).toBe(1000);
  });
});

describe('the Maven CRM export', () => {
  const mapping: MappingInput = {
    columns: {
      externalId: 'opportunity_id',
      account: 'account',
      owner: 'sales_agent',
      offering: 'product',
      value: 'close_value',
      openedAt: 'engage_date',
      closedAt: 'close_date',
      outcome: 'deal_stage',
    },
    values: { outcome: { Won: 'won', Lost: 'lost', Engaging: 'open', Prospecting: 'open' } },
    currency: 'USD',
  };
  test('4,238 won, 2,473 lost, the rest open; every row accounted for', () => {
    const file = readFileSync(mavenFile);
    const r = readCsv(file, { mapping });
    expect(r.status).toBe('ready');
    expect(r.format).toBe('unknown');
    expect(r.counts).toMatchObject({ read: 8800, won: 4238, lost: 2473, open: 8800 - 4238 - 2473, rejected: 0 });
    expect(r.counts.accepted + r.counts.rejected).toBe(r.counts.read);
    const byId = new Map<string | null, ImportRow>(r.rows.map((x) => [x.externalId, x]));
    expect(byId.get('1C1I7A6R')).toMatchObject({
      line: 2,
      title: 'Cancity – GTX Plus Basic',
      owner: 'Moses Frase',
      valueMinor: 105_400,
      openedOn: '2016-10-20',
      closedOn: '2017-03-01',
      outcome: 'won',
    });
    // Lost deals carry close_value 0 (a real zero); open ones have no value, no close date, often no account.
    expect(byId.get('KWVA7VR1')).toMatchObject({ outcome: 'lost', valueMinor: 0 });
    expect(byId.get('HAXMC4IX')).toMatchObject({ outcome: 'open', valueMinor: null, closedOn: null, account: null });
  });
});
