import { parseArgs } from 'node:util';
import { UsageError } from './output';

export interface CliArgs {
  command: string | undefined;
  db: string | undefined;
  json: boolean;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Options every command understands; commands read their own extras from `values`. */
export function parseCli(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        cases: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'without-private': { type: 'boolean', default: false },
        anonymise: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string' },
        map: { type: 'string' },
        'member-map': { type: 'string' },
        force: { type: 'boolean', default: false },
        what: { type: 'string' },
        snapshot: { type: 'string' },
        list: { type: 'boolean', default: false },
      },
    });
    return {
      command: values.help ? 'help' : positionals[0],
      db: values.db,
      json: values.json ?? false,
      values,
      positionals: positionals.slice(1),
    };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
