/**
 * The typed client every caller uses (renderer, CLI tests, bridge tests). Only the transport differs:
 * something that sends `(method, input)` and returns the envelope.
 * Changes with: shared/api.ts, shared/envelope.ts.
 */
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from './api';
import { ApiError, type Envelope } from './envelope';

/** What travels with a call besides its input. */
export interface CallOptions {
  /** A tag echoed in the `data.changed` event this call causes, so the caller can ignore its own echo. */
  origin?: string;
}

export interface Transport {
  invoke(method: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  /** Subscribe to server events; returns the unsubscribe function. */
  on(listener: (event: string, payload: unknown) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>, options?: CallOptions): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input, options) {
      const envelope = await transport.invoke(method, input, options);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.fields);
      // The dispatcher validated the value against the contract's output schema before sending it.
      return envelope.value as MethodOutput<typeof method>;
    },
    on(event, listener) {
      return transport.on((name, payload) => {
        if (name === event) listener(payload as EventPayload<typeof event>);
      });
    },
  };
}
