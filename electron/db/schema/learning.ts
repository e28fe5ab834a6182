/** What the team learned and what it decided to change: lessons from cases, actions from lessons. */
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  actionKinds,
  actionScopes,
  actionStatuses,
  lessonKinds,
  lessonTagKinds,
} from '../../../shared/domain/vocabulary';
import { mergeable } from '../columns';
import { cases } from './cases';
import { teamMembers } from './reference';

export const lessons = sqliteTable(
  'lessons',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    text: text('text').notNull(),
    kind: text('kind', { enum: lessonKinds }).notNull(),
    tagKind: text('tag_kind', { enum: lessonTagKinds }),
    /** Id of the criterion, reason or buyer step the lesson is about. */
    tagId: text('tag_id'),
  },
  (t) => [
    index('lessons_case_idx').on(t.caseId),
    index('lessons_tag_idx').on(t.tagKind, t.tagId),
    index('lessons_review_idx').on(t.caseId, t.deletedAt, t.kind, t.tagKind, t.tagId),
  ],
);

export const actions = sqliteTable(
  'actions',
  {
    ...mergeable,
    title: text('title').notNull(),
    kind: text('kind', { enum: actionKinds }).notNull(),
    ownerId: text('owner_id').references(() => teamMembers.id),
    dueOn: text('due_on'),
    status: text('status', { enum: actionStatuses }).notNull().default('open'),
    doneOn: text('done_on'),
    /** The cases whose win rate this action should move: all, or one competitor / segment / offering / criterion. */
    scope: text('scope', { enum: actionScopes }).notNull().default('all'),
    /** Competitor or criterion id, segment (industry) or offering name; null for `all`. */
    scopeValue: text('scope_value'),
  },
  (t) => [index('actions_status_idx').on(t.deletedAt, t.status, t.dueOn)],
);

export const actionLessons = sqliteTable(
  'action_lessons',
  {
    ...mergeable,
    actionId: text('action_id')
      .notNull()
      .references(() => actions.id),
    lessonId: text('lesson_id')
      .notNull()
      .references(() => lessons.id),
  },
  (t) => [
    uniqueIndex('action_lessons_unique').on(t.actionId, t.lessonId),
    index('action_lessons_lesson_idx').on(t.lessonId),
  ],
);
