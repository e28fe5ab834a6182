/**
 * Reading lessons as the contract's `Lesson`, with the name of what each is tagged with (a criterion, a
 * reason or a buyer step) so lists need no second lookup. Shared by the debrief, lessons and actions services.
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Lesson } from '../../shared/contract/learning';
import { buyerSteps, criteria, lessons, reasons } from '../db/schema';
import type { ServiceContext } from './context';
import { mustExist } from './rows';

export const lessonTagName = sql<string | null>`case ${lessons.tagKind}
  when 'criterion' then (select name from ${criteria} where ${criteria.id} = ${lessons.tagId})
  when 'reason' then (select name from ${reasons} where ${reasons.id} = ${lessons.tagId})
  when 'buyer_step' then (select name from ${buyerSteps} where ${buyerSteps.id} = ${lessons.tagId})
end`;

export function selectLessons(ctx: ServiceContext, where: SQL | undefined): Lesson[] {
  return ctx.db
    .select({
      id: lessons.id,
      caseId: lessons.caseId,
      text: lessons.text,
      kind: lessons.kind,
      tagKind: lessons.tagKind,
      tagId: lessons.tagId,
      tagName: lessonTagName,
      createdAt: lessons.createdAt,
    })
    .from(lessons)
    .where(where)
    .orderBy(asc(lessons.createdAt), asc(lessons.id))
    .all();
}

/** Live lessons of one case, oldest first (the order they were written in). */
export function caseLessons(ctx: ServiceContext, caseId: string): Lesson[] {
  return selectLessons(ctx, and(eq(lessons.caseId, caseId), isNull(lessons.deletedAt)));
}

export function getLesson(ctx: ServiceContext, id: string): Lesson & { deleted: boolean } {
  const lesson = mustExist(selectLessons(ctx, eq(lessons.id, id))[0], 'lesson');
  const row = ctx.db.select({ deletedAt: lessons.deletedAt }).from(lessons).where(eq(lessons.id, id)).get();
  return { ...lesson, deleted: Boolean(row?.deletedAt) };
}

/** Live lessons by id, for the lessons behind actions. */
export function lessonsByIds(ctx: ServiceContext, ids: string[]): Lesson[] {
  if (ids.length === 0) return [];
  return selectLessons(ctx, and(inArray(lessons.id, ids), isNull(lessons.deletedAt)));
}
