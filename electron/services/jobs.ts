/**
 * `jobs.*` are served by the engine (electron/engine/engine.ts), which owns the threads jobs run in. A
 * workspace running in this thread alone (service tests) has no engine: these say so instead of failing later.
 */
import { ApiError } from '../../shared/envelope';
import type { HandlerMap } from './handler';

const noEngine = (): never => {
  throw new ApiError('invalid_input', 'Long jobs run in the engine; this workspace runs in one thread without it.');
};

export const jobsHandlers: HandlerMap<'jobs'> = {
  'jobs.start': noEngine,
  'jobs.list': noEngine,
  'jobs.cancel': noEngine,
};
