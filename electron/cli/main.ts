/**
 * `npm run --silent cli -- <command>`: the same services as the app, for scripts, support and workshops.
 * Exit codes: 0 success, 1 failure (one line on stderr), 2 wrong usage.
 */
import { ApiError } from '../../shared/envelope';
import { parseCli } from './args';
import { checkCommand, checkHelp } from './commands/check';
import { csvExportCommand, csvExportHelp } from './commands/csv-export';
import { csvImportCommand, csvImportHelp } from './commands/csv-import';
import { initCommand, initHelp } from './commands/init';
import { sampleCommand, sampleHelp } from './commands/sample';
import { summaryCommand, summaryHelp } from './commands/summary';
import { exportCommand, exportHelp, historyCommand, historyHelp, importCommand, importHelp } from './commands/team';
import { printResult, UsageError, type CommandResult } from './output';
import { restoreCommand, restoreHelp } from './commands/restore';
import { DbOpenError } from '../db/errors';
import { offerText } from '../db/snapshots';

type Command = (args: ReturnType<typeof parseCli>) => CommandResult & { failed?: boolean };
const commands: Record<
  string,
  (args: ReturnType<typeof parseCli>) => ReturnType<Command> | Promise<ReturnType<Command>>
> = {
  init: initCommand,
  check: checkCommand,
  summary: summaryCommand,
  sample: sampleCommand,
  export: exportCommand,
  import: importCommand,
  history: historyCommand,
  'csv-import': csvImportCommand,
  'csv-export': csvExportCommand,
  restore: restoreCommand,
};

const help = [
  'Usage: npm run --silent cli -- <command> [options]',
  '',
  'Commands:',
  `  ${initHelp}`,
  `  ${checkHelp}`,
  `  ${summaryHelp}`,
  `  ${sampleHelp}`,
  `  ${exportHelp}`,
  `  ${importHelp}`,
  `  ${historyHelp}`,
  `  ${csvImportHelp}`,
  `  ${csvExportHelp}`,
  `  ${restoreHelp}`,
  '',
  'Options: --json prints data as JSON; --db FILE (or WINLOOP_DB) names the database file.',
].join('\n');

export async function runCli(argv: string[]): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === undefined || args.command === 'help') {
      process.stdout.write(`${help}\n`);
      return args.command === 'help' ? 0 : 2;
    }
    const command = commands[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}" (try --help)`);
    const result = await command({ ...args, db: args.db ?? process.env.WINLOOP_DB });
    printResult(result, args.json);
    return result.failed ? 1 : 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`winloop: ${message.replace(/\s+/g, ' ')}\n`);
    // A damaged file: say what can be restored, and how.
    if (error instanceof DbOpenError && error.snapshot) {
      process.stderr.write(
        `${offerText(error.snapshot)}\nRestore it with: restore --db FILE --snapshot ${error.snapshot.name}\n`,
      );
    }
    if (error instanceof UsageError) return 2;
    if (error instanceof ApiError || error instanceof Error) return 1;
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
