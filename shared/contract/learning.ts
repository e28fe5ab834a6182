/** Lessons drawn from cases and the actions decided from them. */
import { z } from 'zod';
import { actionKinds, actionScopes, actionStatuses, lessonKinds, lessonTagKinds } from '../domain/vocabulary';
import { ById, Day, Id, Timestamp } from './common';
import { method, mutation, patchOf } from './define';

export const Lesson = z.object({
  id: Id,
  caseId: Id,
  text: z.string(),
  kind: z.enum(lessonKinds),
  tagKind: z.enum(lessonTagKinds).nullable(),
  tagId: Id.nullable(),
  tagName: z.string().nullable(),
  createdAt: Timestamp,
});
export type Lesson = z.infer<typeof Lesson>;

const LessonText = z
  .string()
  .trim()
  .min(1, { error: 'Write the lesson' })
  .max(1000, { error: 'Keep it under 1000 characters' });
export const LessonInput = z.object({
  caseId: Id,
  text: LessonText,
  kind: z.enum(lessonKinds),
  tagKind: z.enum(lessonTagKinds).nullable().default(null),
  tagId: Id.nullable().default(null),
});

/** A lesson from an earlier closed case, surfaced on an open one: why it is relevant travels with it. */
export const RelatedLesson = Lesson.extend({
  caseTitle: z.string(),
  outcome: z.string(),
  closedOn: Day.nullable(),
  because: z.string(),
});
export type RelatedLesson = z.infer<typeof RelatedLesson>;

export const Action = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(actionKinds),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  dueOn: Day.nullable(),
  status: z.enum(actionStatuses),
  doneOn: Day.nullable(),
  scope: z.enum(actionScopes),
  scopeValue: z.string().nullable(),
  scopeLabel: z.string(),
  overdue: z.boolean(),
  lessons: z.array(Lesson),
});
export type Action = z.infer<typeof Action>;

const ActionTitle = z
  .string()
  .trim()
  .min(1, { error: 'Say what will be done' })
  .max(300, { error: 'Keep it under 300 characters' });
export const ActionInput = z.object({
  title: ActionTitle,
  kind: z.enum(actionKinds),
  ownerId: Id.nullable().default(null),
  dueOn: Day.nullable().default(null),
  scope: z.enum(actionScopes).default('all'),
  scopeValue: z.string().trim().max(200).nullable().default(null),
  lessonIds: z.array(Id).max(50).default([]),
});
export type ActionInput = z.input<typeof ActionInput>;

export const learningApi = {
  'lessons.list': method('Lessons of one case.', z.object({ caseId: Id }), z.array(Lesson)),
  'lessons.related': method(
    'Lessons from earlier closed cases against the same competitors or in the same segment as this open case.',
    z.object({ caseId: Id, limit: z.int().min(1).max(50).default(8) }),
    z.array(RelatedLesson),
  ),
  'lessons.create': mutation('Record a lesson from a case.', LessonInput, Lesson, ['lessons']),
  'lessons.update': mutation(
    'Change a lesson.',
    z.object({ id: Id, patch: patchOf(LessonInput.omit({ caseId: true })) }),
    Lesson,
    ['lessons', 'actions'],
  ),
  'lessons.delete': mutation('Remove a lesson (undoable with `lessons.restore`).', ById, Lesson, [
    'lessons',
    'actions',
  ]),
  'lessons.restore': mutation('Bring a lesson back.', ById, Lesson, ['lessons', 'actions']),
  'actions.list': method(
    'Actions for the board, with the lessons behind each.',
    z.object({ status: z.enum(actionStatuses).optional() }),
    z.array(Action),
  ),
  'actions.create': mutation(
    'Decide a corrective or preventive action, linked to the lessons behind it.',
    ActionInput,
    Action,
    ['actions'],
  ),
  'actions.update': mutation(
    'Change an action; marking it done records the done date (today unless given).',
    z.object({
      id: Id,
      patch: patchOf(ActionInput).extend({
        status: z.enum(actionStatuses).optional(),
        doneOn: Day.nullable().optional(),
      }),
    }),
    Action,
    ['actions'],
  ),
  'actions.delete': mutation('Move an action to the trash (undoable with `actions.restore`).', ById, Action, [
    'actions',
  ]),
  'actions.restore': mutation('Bring an action back.', ById, Action, ['actions']),
};
