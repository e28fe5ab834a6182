/** Round trips: amounts and dates written the ways CRMs write them read back the same; csv-out → parse is identity. */
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAmount } from '../../electron/csv/amounts';
import { casesCsv, neutralise, toCsv, type CaseCsvRow } from '../../electron/csv/csv-out';
import { parseDate } from '../../electron/csv/dates';
import { decodeCsv } from '../../electron/csv/decode';
import { forEachRecord } from '../../electron/csv/parse';
import { readCsv } from '../../electron/csv/read';

const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('amounts round-trip', () => {
  test('grouped with either convention, with symbol or code, reads back the same minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.boolean(), fc.boolean(), (minor, european, code) => {
        const whole = Math.floor(minor / 100);
        const cents = String(minor % 100).padStart(2, '0');
        const number = european ? `${group(whole, '.')},${cents}` : `${group(whole, ',')}.${cents}`;
        const text = code ? `EUR ${number}` : european ? `${number} €` : `$${number}`;
        const read = parseAmount(text, 'USD', null);
        expect(read).toEqual({ ok: true, minor, currency: code || european ? 'EUR' : 'USD' });
      }),
    );
  });
});

describe('dates round-trip', () => {
  const day = fc
    .date({ min: new Date('1970-01-01'), max: new Date('2068-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  test('ISO, D/M/Y, M/D/Y with / . - and month names all read back as the same day', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('/', '.', '-'), fc.boolean(), (iso, sep, twoDigit) => {
        const [y = '', m = '', d = ''] = iso.split('-');
        const yy = twoDigit ? y.slice(2) : y;
        const mon =
          ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1] ?? '';
        expect(parseDate(iso, null)).toEqual({ ok: true, day: iso });
        expect(parseDate(`${d}${sep}${m}${sep}${yy}`, 'dmy')).toEqual({ ok: true, day: iso });
        expect(parseDate(`${m}${sep}${d}${sep}${yy}`, 'mdy')).toEqual({ ok: true, day: iso });
        expect(parseDate(`${Number(d)} ${mon}, ${y} 00:02:00`, null)).toEqual({ ok: true, day: iso });
        expect(parseDate(`${mon} ${Number(d)} ${y}`, null)).toEqual({ ok: true, day: iso });
      }),
    );
  });
});

describe('csv-out', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '=SUM(A1)',
      '+1',
      '-2+3',
      '@cmd',
      '\tx',
      '\rx',
      '＝1',
      '＋1',
      '－1',
      '＠x',
      "'=already",
      'a,"b"\r\nc',
      ' padded ',
    ),
  );
  test('written then parsed gives the same cells, injection-looking ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = decodeCsv(Buffer.from(toCsv(['a', 'b'], rows))).text;
        const back: string[][] = [];
        forEachRecord(text, ',', (r) => back.push(r.cells));
        expect(back).toEqual([['a', 'b'], ...rows]);
      }),
    );
  });
  test('formulas are neutralised in text, numbers stay numbers, Excel framing', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('－1')).toBe("'－1");
    expect(neutralise('Acme')).toBe('Acme');
    const out = toCsv(
      ['n', 't'],
      [
        [-5, '-5'],
        [1.5, null],
      ],
    );
    expect(out).toBe("\ufeffn,t\r\n-5,'-5\r\n1.5,\r\n");
  });
  test('a Winloop cases export re-imports with no mapping', () => {
    const rows: CaseCsvRow[] = [
      {
        id: 'c1',
        title: '=HYPERLINK("x")',
        accountName: 'Acmé',
        ownerName: 'Me',
        offering: 'Pro',
        stageName: 'Proposal',
        outcome: 'won',
        valueMinor: 123_456_700,
        currency: 'BHD',
        openedOn: '2025-01-02',
        expectedCloseOn: null,
        closedOn: '2025-03-04',
        lostReason: null,
        competitor: 'Rival',
      },
      {
        id: 'c2',
        title: 'Two',
        accountName: 'Beta',
        ownerName: null,
        offering: null,
        stageName: null,
        outcome: 'lost',
        valueMinor: 1_234,
        currency: 'EUR',
        openedOn: '2025-02-01',
        expectedCloseOn: '2025-05-01',
        closedOn: '2025-04-01',
        lostReason: 'Price',
        competitor: null,
      },
    ];
    const r = readCsv(Buffer.from(casesCsv(rows)));
    expect(r.format).toBe('winloop');
    expect(
      r.rows.map((x) => [
        x.externalId,
        x.title,
        x.account,
        x.outcome,
        x.valueMinor,
        x.currency,
        x.closedOn,
        x.lostReason,
      ]),
    ).toEqual([
      ['c1', '=HYPERLINK("x")', 'Acmé', 'won', 123_456_700, 'BHD', '2025-03-04', null],
      ['c2', 'Two', 'Beta', 'lost', 1_234, 'EUR', '2025-04-01', 'Price'],
    ]);
  });
});

describe('size', () => {
  test('100,000 rows read in a few seconds', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winloop-csv-'));
    try {
      const lines = ['Id,Name,AccountId,StageName,Amount,CloseDate,CreatedDate,IsClosed,IsWon,OwnerId'];
      for (let i = 0; i < 100_000; i++) {
        const won = i % 3 === 0;
        lines.push(
          `006${i},"Deal ${i}, big",001${i % 500},${won ? 'Closed Won' : 'Closed Lost'},${(i * 7) % 100_000}.50,2021-${String((i % 12) + 1).padStart(2, '0')}-15,2020-12-01T10:00:00Z,true,${won},005${i % 20}`,
        );
      }
      const file = path.join(dir, 'big.csv');
      writeFileSync(file, lines.join('\r\n'));
      const started = performance.now();
      let rows = 0;
      const r = readCsv(readFileSync(file), { onChunk: (chunk) => void (rows += chunk.rows.length) });
      const ms = performance.now() - started;
      console.log(`100,000 rows: ${Math.round(ms)} ms`);
      expect(rows).toBe(100_000);
      expect(r.counts).toMatchObject({ read: 100_000, won: 33_334, lost: 66_666, rejected: 0 });
      expect(ms).toBeLessThan(15_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
