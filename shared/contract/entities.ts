/**
 * The closed list of entity names a write can change. Each mutating method declares its own in the contract;
 * dispatch announces them in `data.changed` after the method succeeds, and the renderer's stores listen for them.
 * Changes with: renderer/app/use-data-changed.ts and every page that listens for `data.changed`.
 */
import { z } from 'zod';

export const Entity = z.enum([
  'cases',
  'debrief',
  'accounts',
  'people',
  'interactions',
  'lessons',
  'actions',
  /** Stages, buyer steps, criteria and the reason taxonomy. */
  'vocabulary',
  'team',
  'competitors',
  'settings',
]);
export type Entity = z.infer<typeof Entity>;
