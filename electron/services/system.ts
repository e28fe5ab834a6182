import type { HandlerMap } from './handler';

export const systemHandlers: HandlerMap<'system'> = {
  'system.info': (ctx) => ({
    appVersion: ctx.appVersion,
    dbPath: ctx.dbPath,
    schemaVersion: ctx.schemaVersion,
    mode: ctx.mode,
  }),
};
