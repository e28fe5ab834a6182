/**
 * `sample --db FILE [--cases N] [--seed S] [--today YYYY-MM-DD] [--json]`: a new database full of realistic,
 * deterministic sample data (the same arguments always give the same file content) for workshops, demos and
 * `npm run bench`. Never overwrites a file. Limits and defaults are the app's own (SampleRequest).
 * Changes with: electron/sample/generate.ts, shared/contract/sample.ts.
 */
import { performance } from 'node:perf_hooks';
import { SampleRequest } from '../../../shared/contract/sample';
import { MIGRATIONS_DIR } from '../../node-paths';
import { localDay } from '../../../shared/day';
import { dayNumber } from '../../sample/dates';
import { generateSample } from '../../sample/generate';
import type { CliArgs } from '../args';
import { UsageError, type CommandResult } from '../output';

export const sampleHelp =
  'sample --db FILE      a realistic sample database [--cases N (600)] [--seed S (42)] [--today YYYY-MM-DD]';

/** A whole number as typed, or undefined when the option is absent (the contract's default applies). */
function wholeNumber(name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw new UsageError(`--${name} needs a whole number`);
  return Number(value);
}

function todayOf(value: string | boolean | undefined): string {
  if (value === undefined) return localDay(new Date());
  if (typeof value === 'string') {
    try {
      dayNumber(value);
      return value;
    } catch {
      // Reported below, in the same words as every other date option.
    }
  }
  throw new UsageError('--today needs a date, YYYY-MM-DD');
}

export function sampleCommand(args: CliArgs): CommandResult {
  if (!args.db) throw new UsageError('sample needs --db FILE');
  const parsed = SampleRequest.safeParse({
    cases: wholeNumber('cases', args.values.cases),
    seed: wholeNumber('seed', args.values.seed),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${issue.path.join('.')}: ${issue.message}`);
  }
  const { cases, seed } = parsed.data;
  const today = todayOf(args.values.today);
  // A progress line is for a person watching; scripts and the benchmark get a quiet stderr.
  const onProgress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\rBuilding sample: ${done} of ${total} cases`)
    : undefined;
  const started = performance.now();
  const result = generateSample(args.db, {
    cases,
    seed,
    today,
    migrationsFolder: MIGRATIONS_DIR,
    ...(onProgress ? { onProgress } : {}),
  });
  if (onProgress) process.stderr.write('\r\x1b[K');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    data: result,
    text: `Created ${result.dbPath}: ${result.cases} sample cases (seed ${seed}, as of ${today}) in ${seconds} s.`,
  };
}
