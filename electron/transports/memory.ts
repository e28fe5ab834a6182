/**
 * The in-memory transport for tests: same dispatch, no network, but every value goes through a JSON
 * round-trip so nothing passes here that would not survive IPC or HTTP.
 */
import type { Transport } from '../../shared/client';
import type { ApiHost } from '../dispatch';

const roundTrip = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function createMemoryTransport(host: ApiHost): Transport {
  return {
    invoke: async (method, input, meta) => roundTrip(await host.dispatch(method, roundTrip(input), roundTrip(meta))),
    on: (listener) => host.events.subscribe((event, payload) => listener(event, roundTrip(payload))),
  };
}
