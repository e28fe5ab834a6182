/**
 * The in-memory transport for tests: same dispatch, no network, but every value goes through a JSON
 * round-trip so nothing passes here that would not survive IPC or HTTP.
 */
import type { Transport } from '../../shared/client';
import type { Workspace } from '../workspace';

const roundTrip = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function createMemoryTransport(workspace: Pick<Workspace, 'dispatch' | 'events'>): Transport {
  return {
    invoke: (method, input) => Promise.resolve(roundTrip(workspace.dispatch(method, roundTrip(input)))),
    on: (listener) => workspace.events.subscribe((event, payload) => listener(event, roundTrip(payload))),
  };
}
