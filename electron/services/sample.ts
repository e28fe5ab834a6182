/**
 * "Load sample data" and "Back to my data": both move the window to another file through the host, so a
 * sample is always its own database and never mixed into the user's. The CLI and tests have no host; there
 * the calls say what to do instead.
 * Changes with: electron/sample/generate.ts, electron/switchable-workspace.ts (workspaceHost).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/envelope';
import { generateSample, removeDatabase } from '../sample/generate';
import type { ServiceContext, WorkspaceHost } from './context';
import type { HandlerMap } from './handler';
import { today } from './rows';

function hostOf(ctx: ServiceContext): WorkspaceHost {
  if (!ctx.host) {
    throw new ApiError(
      'invalid_input',
      'Only the app and browser mode can switch files; from the command line, use "sample --db FILE".',
    );
  }
  return ctx.host;
}

const samePath = (a: string, b: string) => path.resolve(a) === path.resolve(b);

export const sampleHandlers: HandlerMap<'sample'> = {
  'sample.open': (ctx, { cases, seed }) => {
    const host = hostOf(ctx);
    const day = today(ctx);
    // The day is in the name because the history ends the day before it: tomorrow's sample is another file.
    const file = path.join(host.sampleDir, `sample-${day}-seed${seed}-${cases}.db`);
    if (samePath(file, ctx.dbPath)) return { dbPath: ctx.dbPath, cases };
    // A sample is a playground: loading it again starts from a fresh copy rather than yesterday's edits.
    removeDatabase(file);
    fs.mkdirSync(host.sampleDir, { recursive: true });
    const built = generateSample(file, {
      cases,
      seed,
      today: day,
      migrationsFolder: host.migrationsFolder,
      ...(host.nativeBinding ? { nativeBinding: host.nativeBinding } : {}),
    });
    host.switchTo(built.dbPath);
    return built;
  },
};

export const workspaceHandlers: HandlerMap<'workspace'> = {
  'workspace.status': (ctx) => ({
    canGoBack: ctx.host !== undefined && !samePath(ctx.host.defaultDbPath, ctx.dbPath),
  }),

  'workspace.openDefault': (ctx) => {
    const host = hostOf(ctx);
    if (!samePath(host.defaultDbPath, ctx.dbPath)) host.switchTo(host.defaultDbPath);
    return { dbPath: host.defaultDbPath };
  },
};
