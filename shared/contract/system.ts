import { z } from 'zod';
import { method } from './define';
import { Empty } from './common';

export const SystemInfo = z.object({
  appVersion: z.string(),
  dbPath: z.string(),
  schemaVersion: z.int(),
  /** Which transport served this call: lets the UI say "browser mode". */
  mode: z.enum(['electron', 'web', 'memory', 'cli']),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const systemApi = {
  'system.info': method('Which database file is open, its schema version and the app version.', Empty, SystemInfo),
};
