/**
 * `npx tsx test/bench/import-job.ts [--rows N] [--json]`: only the import job's figures (csv-import.ts
 * `importJobFigures`), at 100,000 rows unless told: the main thread's longest stall, a save and a read during
 * the job against the same on the idle engine, and how quickly a cancel takes everything back. Issues 14 and
 * 16 want `mainBlockedMaxMs` ≤ 50 and `saveDuringImport` ≤ 3. Not part of `npm test`.
 */
import { importJobFigures } from './csv-import';

const json = process.argv.includes('--json');
const at = process.argv.indexOf('--rows');
const rows = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
if (!Number.isInteger(rows) || rows < 1000) throw new Error('--rows takes a whole number of at least 1000.');

const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
log(`import job of ${rows.toLocaleString('en')} rows through the engine…`);
const figures = await importJobFigures(log, rows);
log(
  `main thread's longest stall ${figures.mainBlockedMaxMs} ms (target ≤ 50), save ${figures.saveDuringImport} × idle ` +
    `(target ≤ 3), read ${figures.readDuringImport} × idle, cancel ${figures.cancelMs} ms`,
);
if (json) process.stdout.write(`${JSON.stringify({ importJob: figures })}\n`);
