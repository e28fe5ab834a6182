import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { MIGRATIONS_DIR } from '../../node-paths';
import { ApiError } from '../../../shared/envelope';
import { UsageError, type CommandResult } from '../output';
import type { CliArgs } from '../args';

export const initHelp = 'init --db FILE        create a new, migrated database (refuses to overwrite)';

export function initCommand(args: CliArgs): CommandResult {
  if (!args.db) throw new UsageError('init needs --db FILE');
  const file = path.resolve(args.db);
  if (fs.existsSync(file)) throw new ApiError('conflict', `${file} already exists; init never overwrites a file.`);
  const opened = openDatabase(file, { migrationsFolder: MIGRATIONS_DIR });
  opened.close();
  return {
    data: { file, schemaVersion: opened.schemaVersion, created: true },
    text: `Created ${file} (schema version ${opened.schemaVersion}).`,
  };
}
