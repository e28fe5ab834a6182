/**
 * The importer on real SQLite files: the Maven export through its mapping (counts exact, a second import a
 * no-op), updates touching only what the file carries and changed while the seller's own work survives,
 * duplicates, names linked once, unmatched lost reasons under "Imported", the same file without ids recognised,
 * undo, and a failed chunk leaving nothing half-written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { MappingInput } from '../../electron/csv/mapping';
import { runImport } from '../../electron/csv/run-import';
import { undoImport } from '../../electron/csv/undo';
import { createTestWorkspace } from '../helpers/temp-workspace';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/csv');
const bytes = (text: string) => new TextEncoder().encode(text);
export const mavenMapping: MappingInput = {
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

function count(ws: ReturnType<typeof createTestWorkspace>['ws'], sql: string, ...params: unknown[]): number {
  return ws.ctx.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;
}

describe('the Maven export', () => {
  test('imports with won 4,238 and lost 2,473; importing it again changes nothing', () => {
    const { ws } = createTestWorkspace();
    const file = readFileSync(path.join(fixtures, 'maven-sales-pipeline.csv'));
    const first = runImport(ws.ctx.sqlite, file, { mapping: mavenMapping, fileName: 'sales_pipeline.csv' });
    expect(first.status).toBe('done');
    expect(first.counts).toMatchObject({ read: 8800, imported: 8800, updated: 0, unchanged: 0, rejected: 0 });
    expect(count(ws, "select count(*) from cases where outcome = 'won'")).toBe(4238);
    expect(count(ws, "select count(*) from cases where outcome = 'lost'")).toBe(2473);
    // 85 accounts + "Unknown account" for the open rows without one; 30 agents; each created once.
    expect(count(ws, 'select count(*) from accounts')).toBe(first.created.accounts.length);
    expect(new Set(first.created.accounts.map((a) => a.toLowerCase())).size).toBe(first.created.accounts.length);
    expect(first.created.owners.length).toBe(count(ws, 'select count(distinct owner_id) from cases'));
    const snapshot = ws.ctx.sqlite.prepare('select * from cases order by id').all();

    const again = runImport(ws.ctx.sqlite, file, { mapping: mavenMapping, fileName: 'sales_pipeline.csv' });
    expect(again.status).toBe('already_imported');
    const forced = runImport(ws.ctx.sqlite, file, { mapping: mavenMapping, fileName: 'x.csv', force: true });
    expect(forced.counts).toMatchObject({ read: 8800, imported: 0, updated: 0, unchanged: 8800, rejected: 0 });
    expect(ws.ctx.sqlite.prepare('select * from cases order by id').all()).toEqual(snapshot);
  });
});

const header =
  'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Lost reason,Organization - Name,Deal - Owner,Deal - Deal created,Deal - Lost time';
const lines = [
  '1,Fleet renewal,"12,000",EUR,Won,,Acme GmbH,Anna Berg,2025-01-10,',
  '2,Pilot,5000,EUR,Lost,Too pricey,ACME  gmbh,anna berg,2025-02-01,2025-03-01',
  '3,Expansion,8000,EUR,Open,,Beta AG,Carl Dahl,2025-02-05,',
];

describe('re-importing with external ids', () => {
  test('changes only the carried fields that changed; the debrief and lessons survive; undo restores', async () => {
    const { ws, client } = createTestWorkspace();
    const sqlite = ws.ctx.sqlite;
    const first = runImport(sqlite, bytes([header, ...lines].join('\n')), { fileName: 'a.csv' });
    expect(first).toMatchObject({ status: 'done', format: 'pipedrive' });
    expect(first.counts).toMatchObject({ read: 3, imported: 3, won: 1, lost: 1, open: 1 });
    expect(first.created.accounts).toEqual(['Acme GmbH', 'Beta AG']);
    expect(first.created.owners).toEqual(['Anna Berg', 'Carl Dahl']);
    expect(first.created.reasons).toEqual(['Too pricey']);
    const reason = sqlite
      .prepare(
        'select r.name, c.name as category from case_reasons x join reasons r on r.id = x.reason_id join reason_categories c on c.id = r.category_id',
      )
      .all();
    expect(reason).toEqual([{ name: 'Too pricey', category: 'Imported' }]);
    expect(sqlite.prepare('select imported_name from import_reason_map').pluck().all()).toEqual(['Too pricey']);

    const pilot = sqlite.prepare("select id, notes from cases where external_id = '2'").get() as { id: string };
    await client.call('lessons.create', { caseId: pilot.id, text: 'Price too late in the talk', kind: 'hurt' });
    sqlite.prepare("update cases set notes = 'called twice', debrief = 'done' where id = ?").run(pilot.id);

    // Line 2 changes its value, line 3 is won now; line 1 is the same. A duplicate of id 3 comes last and wins.
    const next = [
      lines[0],
      '2,Pilot,5500,EUR,Lost,Too pricey,ACME  gmbh,anna berg,2025-02-01,2025-03-01',
      '3,Expansion,8000,EUR,Open,,Beta AG,Carl Dahl,2025-02-05,',
      '3,Expansion,9000,EUR,Won,,Beta AG,Carl Dahl,2025-02-05,',
    ];
    const second = runImport(sqlite, bytes([header, ...next].join('\n')), { fileName: 'b.csv' });
    expect(second.counts).toMatchObject({ read: 4, imported: 0, updated: 2, unchanged: 1, rejected: 1 });
    expect(second.counts.read).toBe(
      second.counts.imported + second.counts.updated + second.counts.unchanged + second.counts.rejected,
    );
    expect(second.duplicates).toEqual([{ externalId: '3', lines: [4, 5] }]);
    expect(second.rejects).toEqual([expect.objectContaining({ line: 4, reason: 'duplicate id 3: line 5 wins' })]);
    const after = sqlite.prepare("select value_minor, notes, debrief from cases where external_id = '2'").get();
    expect(after).toEqual({ value_minor: 550_000, notes: 'called twice', debrief: 'done' });
    expect(sqlite.prepare("select outcome, value_minor from cases where external_id = '3'").get()).toEqual({
      outcome: 'won',
      value_minor: 900_000,
    });
    expect(count(ws, 'select count(*) from lessons where case_id = ?', pilot.id)).toBe(1);
    expect(count(ws, 'select count(*) from accounts')).toBe(2);

    undoImport(sqlite, second.importId!, new Date().toISOString());
    expect(sqlite.prepare("select value_minor, notes from cases where external_id = '2'").get()).toEqual({
      value_minor: 500_000,
      notes: 'called twice',
    });
    expect(sqlite.prepare("select outcome from cases where external_id = '3'").pluck().get()).toBe('open');

    // Undoing the first import: the case with the seller's lesson goes to the Trash, the others are removed.
    undoImport(sqlite, first.importId!, new Date().toISOString());
    expect(sqlite.prepare('select external_id, deleted_at is not null as trashed from cases').all()).toEqual([
      { external_id: '2', trashed: 1 },
    ]);
    expect(count(ws, 'select count(*) from lessons')).toBe(1);
    expect(sqlite.prepare('select status from imports order by started_at').pluck().all()).toEqual([
      'undone',
      'undone',
    ]);
    expect(() => undoImport(sqlite, first.importId!, new Date().toISOString())).toThrow(/undone/);
  });

  test('a Winloop export coming back matches our own case ids', () => {
    const { ws } = createTestWorkspace();
    const sqlite = ws.ctx.sqlite;
    runImport(sqlite, bytes([header, ...lines].join('\n')), { fileName: 'a.csv' });
    const id = sqlite.prepare("select id from cases where external_id = '3'").pluck().get() as string;
    const csv = `Winloop Case ID,Title,Account,Outcome,Value,Currency\r\n${id},Expansion,Beta AG,won,8000,EUR\r\n`;
    const back = runImport(sqlite, bytes(csv), { fileName: 'export.csv' });
    expect(back.format).toBe('winloop');
    expect(back.counts).toMatchObject({ imported: 0, updated: 1 });
    expect(sqlite.prepare('select outcome from cases where id = ?').pluck().get(id)).toBe('won');
  });
});

describe('without external ids', () => {
  test('the same file again is recognised and offered as a no-op; a dry run writes nothing', () => {
    const { ws } = createTestWorkspace();
    const sqlite = ws.ctx.sqlite;
    const csv = bytes('Title,Value,Status,Organization\nA,100,won,Acme\nB,200,lost,Acme\n');
    const dry = runImport(sqlite, csv, { fileName: 'x.csv', dryRun: true });
    expect(dry).toMatchObject({ status: 'dry_run', importId: null, counts: { read: 2, imported: 2 } });
    expect(dry.created.accounts).toEqual(['Acme']);
    expect(count(ws, 'select count(*) from cases')).toBe(0);
    expect(count(ws, 'select count(*) from accounts')).toBe(0);
    expect(count(ws, 'select count(*) from imports')).toBe(0);
    const done = runImport(sqlite, csv, { fileName: 'x.csv' });
    expect(done.counts.imported).toBe(2);
    const again = runImport(sqlite, csv, { fileName: 'x (1).csv' });
    expect(again).toMatchObject({ status: 'already_imported', sameFile: { id: done.importId, fileName: 'x.csv' } });
    expect(count(ws, 'select count(*) from cases')).toBe(2);
  });

  test('an ambiguous date column is a question, not a guess; the answer imports it', () => {
    const { ws } = createTestWorkspace();
    const csv = bytes('Title,Value,Status,Deal created\nA,100,won,03/04/2025\nB,200,lost,05/06/2025\n');
    const asked = runImport(ws.ctx.sqlite, csv, { fileName: 'x.csv' });
    expect(asked).toMatchObject({ status: 'needs_answers', ambiguousDateColumns: ['Deal created'] });
    expect(count(ws, 'select count(*) from cases')).toBe(0);
    const mapping: MappingInput = {
      columns: { title: 'Title', value: 'Value', outcome: 'Status', openedAt: 'Deal created' },
      currency: 'EUR',
      dateOrder: 'dmy',
    };
    const answered = runImport(ws.ctx.sqlite, csv, { fileName: 'x.csv', mapping });
    expect(answered.status).toBe('done');
    expect(ws.ctx.sqlite.prepare('select opened_on from cases order by title').pluck().all()).toEqual([
      '2025-04-03',
      '2025-06-05',
    ]);
  });
});
