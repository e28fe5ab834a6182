/**
 * csv-import and csv-export as users run them: the Maven export through its mapping (won 4,238, lost 2,473;
 * a second run changes nothing), Salesforce, Pipedrive and HubSpot exports with --format auto and no mapping,
 * the JSON report, dry run, a forced format that does not fit, and CSV out that re-imports unchanged.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-workspace';

const ROOT = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(ROOT, 'test/fixtures/csv');
const cli = (...args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

interface Report {
  status: string;
  format: string;
  encoding: string;
  delimiter: string;
  dateOrders: Record<string, string>;
  counts: Record<string, number>;
  rejects: { line: number; column: string | null; reason: string }[];
}
const json = (r: ReturnType<typeof cli>) => JSON.parse(r.stdout) as Report;
const query = (db: string, sql: string) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare(sql).all();
  } finally {
    sqlite.close();
  }
};

const mavenMapping = {
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

describe('csv-import', () => {
  test('the Maven export through the mapping: won 4,238, lost 2,473; again, nothing changes', () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const map = path.join(dir, 'maven.json');
    fs.writeFileSync(map, JSON.stringify(mavenMapping));
    const csv = path.join(fixtures, 'maven-sales-pipeline.csv');
    const first = cli('csv-import', '--db', db, '--map', map, '--json', csv);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(json(first)).toMatchObject({
      status: 'done',
      format: 'unknown',
      encoding: 'utf-8',
      delimiter: ',',
      dateOrders: { engage_date: 'any', close_date: 'any' },
      counts: { read: 8800, imported: 8800, updated: 0, unchanged: 0, rejected: 0, won: 4238, lost: 2473 },
    });
    expect(
      query(db, "select outcome, count(*) as n from cases where outcome in ('won', 'lost') group by outcome"),
    ).toEqual([
      { outcome: 'lost', n: 2473 },
      { outcome: 'won', n: 4238 },
    ]);
    const before = query(db, 'select * from cases order by id');
    const again = cli('csv-import', '--db', db, '--map', map, '--json', csv);
    expect(again.status).toBe(1);
    expect(json(again).status).toBe('already_imported');
    const forced = cli('csv-import', '--db', db, '--map', map, '--force', '--json', csv);
    expect(json(forced).counts).toMatchObject({ read: 8800, imported: 0, updated: 0, unchanged: 8800, rejected: 0 });
    expect(query(db, 'select * from cases order by id')).toEqual(before);
  }, 60_000);

  test.each([
    ['salesforce-report.csv', 'salesforce_report'],
    ['pipedrive-deals.csv', 'pipedrive'],
    ['hubspot-ui.csv', 'hubspot_ui'],
  ])('%s imports with --format auto and no mapping', (file, format) => {
    const db = path.join(tempDir(), 'w.db');
    const r = cli('csv-import', '--db', db, '--format', 'auto', '--json', path.join(fixtures, file));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = json(r);
    expect(report.format).toBe(format);
    expect(report.counts.rejected).toBe(0);
    expect(report.counts.imported).toBe(report.counts.read);
    expect(report.counts.read).toBeGreaterThan(1);
    const [cases] = query(db, 'select count(*) as n from cases') as { n: number }[];
    expect(cases?.n).toBe(report.counts.read);
  });

  test('the Pipedrive export: decimal commas, linked names, lost reasons under Imported', () => {
    const db = path.join(tempDir(), 'w.db');
    const r = cli('csv-import', '--db', db, '--json', path.join(fixtures, 'pipedrive-deals.csv'));
    expect(json(r).counts).toMatchObject({ read: 4, imported: 4, won: 1, lost: 2, open: 1 });
    expect(query(db, "select value_minor, closed_on from cases where external_id = '102'")).toEqual([
      { value_minor: 310_050, closed_on: '2023-06-19' },
    ]);
    expect(query(db, 'select name from team_members order by name')).toEqual([
      { name: 'Jana Vogel' },
      { name: 'Tom Weber' },
    ]);
    expect(
      query(
        db,
        "select r.name from reasons r join reason_categories c on c.id = r.category_id where c.name = 'Imported' order by r.name",
      ),
    ).toEqual([{ name: 'Went with a competitor' }]);
    // "price" is our own seeded reason "Price": linked by normalised name, not created again.
    expect(query(db, 'select r.name from case_reasons x join reasons r on r.id = x.reason_id order by r.name')).toEqual(
      [{ name: 'Price' }, { name: 'Went with a competitor' }],
    );
  });

  test('dry run writes nothing; a forced format that does not fit is refused; rejects are listed', () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    const dry = cli('csv-import', '--db', db, '--dry-run', '--json', path.join(fixtures, 'hubspot-ui.csv'));
    expect(json(dry)).toMatchObject({ status: 'dry_run' });
    expect(query(db, 'select count(*) as n from cases')).toEqual([{ n: 0 }]);
    const wrong = cli('csv-import', '--db', db, '--format', 'zoho', path.join(fixtures, 'hubspot-ui.csv'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/not a zoho export/);
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'Deal - Title,Deal - Status,Deal - Value\nA,won,100\nB,lost,lots\nC,open\n');
    const r = json(cli('csv-import', '--db', db, '--json', bad));
    expect(r.counts).toMatchObject({ read: 3, imported: 1, rejected: 2 });
    expect(r.rejects.map((x) => [x.line, x.column])).toEqual([
      [3, 'Deal - Value'],
      [4, null],
    ]);
    expect(r.rejects[0]?.reason).toMatch(/^amount/);
    const usage = cli('csv-import', '--db', db);
    expect(usage.status).toBe(2);
  });
});

describe('csv-export', () => {
  test('cases, lessons and actions as Excel opens them; cases re-import with no mapping and change nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.db');
    expect(cli('csv-import', '--db', db, path.join(fixtures, 'pipedrive-deals.csv')).status).toBe(0);
    const sqlite = new Database(db);
    sqlite.prepare("update cases set title = '=HYPERLINK(\"http://x\")' where external_id = '104'").run();
    sqlite.close();
    const out = path.join(dir, 'cases.csv');
    const r = cli('csv-export', '--db', db, '--what', 'cases', '--out', out, '--json');
    expect(r.status).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`'=HYPERLINK(""http://x"")`);
    expect(text).toMatch(/,3100\.5,EUR,2023-03-01,2023-06-15,2023-06-19,Went with a competitor,/);
    expect(cli('csv-export', '--db', db, '--what', 'cases', '--out', out).status).toBe(1);

    // Into a fresh file: the same cases; back into the same file: nothing changes.
    const fresh = path.join(dir, 'fresh.db');
    const into = json(cli('csv-import', '--db', fresh, '--json', out));
    expect(into).toMatchObject({ format: 'winloop', counts: { read: 4, imported: 4, rejected: 0 } });
    const columns = 'title, outcome, value_minor, currency, opened_on, expected_close_on, closed_on';
    expect(query(fresh, `select ${columns} from cases order by title`)).toEqual(
      query(db, `select ${columns} from cases order by title`),
    );
    const back = json(cli('csv-import', '--db', db, '--json', out));
    expect(back.counts).toMatchObject({ read: 4, imported: 0, updated: 0, unchanged: 4 });

    for (const what of ['lessons', 'actions']) {
      const file = path.join(dir, `${what}.csv`);
      expect(cli('csv-export', '--db', db, '--what', what, '--out', file).status).toBe(0);
      expect(fs.readFileSync(file, 'utf8').startsWith('\ufeff')).toBe(true);
    }
  }, 60_000);
});
