/**
 * The trash: every soft-deleted case, stakeholder, lesson and action in one list, and one way back.
 * Changes with: electron/services/trash.ts (the handlers), renderer/features/trash/ (the page).
 */
import { z } from 'zod';
import { Id, page, Timestamp } from './common';
import { method, mutation } from './define';

export const trashKinds = ['case', 'person', 'lesson', 'action'] as const;
export type TrashKind = (typeof trashKinds)[number];
export const TrashKind = z.enum(trashKinds, { error: 'Pick case, person, lesson or action' });

export const TrashItem = z.object({
  kind: TrashKind,
  id: Id,
  /** The case title, the stakeholder's name, the lesson's text or the action's title. */
  title: z.string(),
  /** What helps recognise it: a case's customer, a stakeholder's job and customer, a lesson's case, an action's scope. */
  context: z.string(),
  deletedAt: Timestamp,
});
export type TrashItem = z.infer<typeof TrashItem>;

export const TrashListInput = z.object({
  /** Only this kind; everything when left out. */
  kind: TrashKind.optional(),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type TrashListInput = z.input<typeof TrashListInput>;

export const TrashRef = z.object({ kind: TrashKind, id: Id });
export type TrashRef = z.infer<typeof TrashRef>;

export const trashApi = {
  'trash.list': method(
    'One page of everything in the trash (cases, stakeholders, lessons, actions), most recently deleted first.',
    TrashListInput,
    page(TrashItem),
  ),
  'trash.restore': mutation(
    'Bring one item back from the trash, by kind and id, with the same rules as its own restore.',
    TrashRef,
    TrashRef,
    ['cases', 'people', 'lessons', 'actions'],
  ),
};
