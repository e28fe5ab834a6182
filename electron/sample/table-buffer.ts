/**
 * Rows for one table, buffered and then inserted in bulk. Two things make a hundred thousand cases fast:
 * many rows per INSERT statement (one call into SQLite per hundred rows instead of per row), and inserting
 * each flush in id order — ids are random UUIDs, and walking the primary-key index in order touches each of
 * its pages once per flush instead of once per row. A flush holds a few thousand cases, so rows still land
 * in the file roughly in the order the cases happened.
 */
import type Database from 'better-sqlite3';

/** Rows per statement: well under SQLite's 32,766 bound parameters for the widest table (20 columns). */
const BATCH = 100;
/** Room for the row index under the id bits: 2^32 × 2^21 stays within a float64's exact integers. */
const INDEX_SPAN = 2 ** 21;

/** The first 8 hex digits of a UUID as a number (parseInt(id.slice(0, 8), 16) without the copy). */
function leadingBits(id: string): number {
  let n = 0;
  for (let i = 0; i < 8; i++) {
    const c = id.charCodeAt(i);
    n = n * 16 + (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return n;
}

export class TableBuffer {
  /**
   * Every buffered value, row after row, in one flat array: a few thousand cases' rows held as one array
   * rather than a hundred thousand small ones keeps the garbage collector out of the way.
   */
  private values: unknown[] = [];
  /**
   * Per row its id's first 32 bits with the row number in the low bits, so sorting these numbers (a
   * typed-array sort, no comparator) sorts the rows by id. Rows whose ids share 32 bits keep their order:
   * harmless, the order only has to be close.
   */
  private keys: number[] = [];
  private readonly width: number;
  private readonly batch: Database.Statement;
  private readonly single: Database.Statement;

  constructor(sqlite: Database.Database, table: string, columns: readonly string[]) {
    this.width = columns.length;
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `insert into ${table} (${columns.join(', ')}) values `;
    this.batch = sqlite.prepare(head + Array<string>(BATCH).fill(row).join(', '));
    this.single = sqlite.prepare(head + row);
  }

  /** One row, its values in the order of the columns; the first is the id. */
  add(...row: unknown[]): void {
    if (row.length !== this.width) throw new Error(`Expected ${this.width} values, got ${row.length}`);
    const index = this.keys.length;
    if (index >= INDEX_SPAN) throw new Error(`Flush before ${INDEX_SPAN} rows`);
    this.keys.push(leadingBits(row[0] as string) * INDEX_SPAN + index);
    for (const value of row) this.values.push(value);
  }

  flush(): void {
    const { values, width } = this;
    const order = Float64Array.from(this.keys).sort();
    this.values = [];
    this.keys = [];
    // One parameter array, refilled for every batch.
    const params = new Array<unknown>(BATCH * width);
    let i = 0;
    for (; i + BATCH <= order.length; i += BATCH) {
      for (let r = 0; r < BATCH; r++) {
        const at = (order[i + r]! % INDEX_SPAN) * width;
        for (let c = 0; c < width; c++) params[r * width + c] = values[at + c];
      }
      this.batch.run(params);
    }
    for (; i < order.length; i++) {
      const at = (order[i]! % INDEX_SPAN) * width;
      this.single.run(values.slice(at, at + width));
    }
  }
}
