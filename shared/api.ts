/**
 * The one contract between the renderer and the services: every method as `domain.verb` with zod input and
 * output schemas, and every server-pushed event. Types on both sides derive from this object.
 * Changes with: shared/contract/*.ts (the per-domain declarations), electron/services/index.ts (the handlers).
 */
import { z } from 'zod';
import type { MethodSpec } from './contract/define';
import { casesApi } from './contract/cases';
import { debriefApi } from './contract/debrief';
import { learningApi } from './contract/learning';
import { peopleApi } from './contract/people';
import { referenceApi } from './contract/reference';
import { reviewApi } from './contract/review';
import { sampleApi } from './contract/sample';
import { systemApi } from './contract/system';
import { trashApi } from './contract/trash';

export const api = {
  ...systemApi,
  ...referenceApi,
  ...casesApi,
  ...debriefApi,
  ...peopleApi,
  ...learningApi,
  ...reviewApi,
  ...sampleApi,
  ...trashApi,
} satisfies Record<`${string}.${string}`, MethodSpec>;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (defaults still optional). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

/** Events the services push to every connected UI. */
export const events = {
  /** Something in these entities changed: stores reload what they show. */
  'data.changed': z.object({ entities: z.array(z.string()) }),
  /** Progress of a long job (import, merge, sample generation) running in a worker. */
  'job.progress': z.object({ jobId: z.string(), label: z.string(), done: z.number(), total: z.number() }),
};
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
