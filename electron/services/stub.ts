/**
 * Placeholder handlers for a domain whose services are still being written: the contract stays complete (so
 * start-up's completeness check passes) and a call says plainly that it is not there yet.
 */
import { api, type MethodName } from '../../shared/api';
import { ApiError } from '../../shared/envelope';
import type { HandlerMap } from './handler';

export function notYet<P extends string>(prefix: P): HandlerMap<P> {
  const map: Record<string, () => never> = {};
  for (const name of Object.keys(api) as MethodName[]) {
    if (name.startsWith(`${prefix}.`)) {
      map[name] = () => {
        throw new ApiError('internal', `${name} is not available yet.`);
      };
    }
  }
  return map as unknown as HandlerMap<P>;
}
