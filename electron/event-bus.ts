import type { EventName, EventPayload } from '../shared/api';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Fan-out of server events to whatever transports are attached (IPC windows, browser SSE streams, tests). */
export class EventBus {
  private listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
