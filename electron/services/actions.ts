/**
 * Corrective and preventive actions, each linked to the lessons behind it and aimed at the cases whose win
 * rate it should move (its scope). Marking one done records the day: the review's loop-closing section
 * compares its scope's win rate before and after that day (electron/review/loop.ts).
 * Changes with: shared/contract/learning.ts (Action, ActionInput).
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Action } from '../../shared/contract/learning';
import type { ActionScope } from '../../shared/domain/vocabulary';
import { ApiError } from '../../shared/envelope';
import { actionLessons, actions, competitors, criteria, lessons, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { lessonsByIds } from './lesson-rows';
import { defined, mustExist, newRow, stamp, today } from './rows';

export const scopeLabel = sql<string>`case ${actions.scope}
  when 'all' then 'All cases'
  when 'competitor' then 'Against ' || coalesce((select name from ${competitors} where ${competitors.id} = ${actions.scopeValue}), 'a removed competitor')
  when 'criterion' then 'Criterion: ' || coalesce((select name from ${criteria} where ${criteria.id} = ${actions.scopeValue}), 'removed')
  when 'segment' then 'Segment: ' || ${actions.scopeValue}
  when 'offering' then 'Offering: ' || ${actions.scopeValue}
end`;

function selectActions(ctx: ServiceContext, where: SQL | undefined): (Action & { deleted: boolean })[] {
  const now = today(ctx);
  const rows = ctx.db
    .select({
      id: actions.id,
      title: actions.title,
      kind: actions.kind,
      ownerId: actions.ownerId,
      ownerName: teamMembers.name,
      dueOn: actions.dueOn,
      status: actions.status,
      doneOn: actions.doneOn,
      scope: actions.scope,
      scopeValue: actions.scopeValue,
      scopeLabel,
      deletedAt: actions.deletedAt,
    })
    .from(actions)
    .leftJoin(teamMembers, eq(teamMembers.id, actions.ownerId))
    .where(where)
    // Open first, soonest due first (no due date last), then the most recently done.
    .orderBy(
      sql`${actions.status} <> 'open'`,
      sql`${actions.dueOn} is null`,
      actions.dueOn,
      sql`${actions.doneOn} desc`,
      sql`${actions.title} collate nocase`,
    )
    .all();
  // Oldest lesson first (the order they were written in), id breaking ties. Without an ORDER BY, SQLite returns
  // links in whatever order its chosen index gives (random UUIDs today), so a card's lessons could reshuffle.
  const links = rows.length
    ? ctx.db
        .select({ actionId: actionLessons.actionId, lessonId: actionLessons.lessonId })
        .from(actionLessons)
        .innerJoin(lessons, eq(lessons.id, actionLessons.lessonId))
        .where(
          and(
            inArray(
              actionLessons.actionId,
              rows.map((r) => r.id),
            ),
            isNull(actionLessons.deletedAt),
          ),
        )
        .orderBy(asc(lessons.createdAt), asc(lessons.id))
        .all()
    : [];
  const lessonById = new Map(
    lessonsByIds(
      ctx,
      links.map((l) => l.lessonId),
    ).map((l) => [l.id, l]),
  );
  return rows.map(({ deletedAt, ...row }) => ({
    ...row,
    overdue: row.status === 'open' && row.dueOn !== null && row.dueOn < now,
    lessons: links.flatMap((l) => (l.actionId === row.id ? (lessonById.get(l.lessonId) ?? []) : [])),
    deleted: deletedAt !== null,
  }));
}

function getAction(ctx: ServiceContext, id: string): Action & { deleted: boolean } {
  return mustExist(selectActions(ctx, eq(actions.id, id))[0], 'action');
}

function publicAction({ deleted: _deleted, ...action }: Action & { deleted: boolean }): Action {
  return action;
}

/** The scope's value must name something that exists: a competitor or criterion id, or a segment/offering. */
function checkScope(ctx: ServiceContext, scope: ActionScope, value: string | null): string | null {
  if (scope === 'all') return null;
  const field = { scopeValue: 'Say which one' };
  if (!value) throw new ApiError('invalid_input', 'Say which cases the action should move.', field);
  if (scope === 'competitor' || scope === 'criterion') {
    const table = scope === 'competitor' ? competitors : criteria;
    const found = ctx.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, value), isNull(table.deletedAt)))
      .get();
    if (!found) throw new ApiError('invalid_input', `That ${scope} does not exist.`, field);
  }
  return value;
}

function checkOwner(ctx: ServiceContext, ownerId: string | null): void {
  if (ownerId === null) return;
  const found = ctx.db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(and(eq(teamMembers.id, ownerId), isNull(teamMembers.deletedAt)))
    .get();
  if (!found) throw new ApiError('invalid_input', 'That team member does not exist.', { ownerId: 'Pick a teammate' });
}

/** Makes the links exactly `lessonIds`: removed links become tombstones, returning ones come back to life. */
function linkLessons(ctx: ServiceContext, actionId: string, lessonIds: string[]): void {
  const wanted = new Set(lessonIds);
  if (wanted.size > 0) {
    const live = ctx.db
      .select({ id: lessons.id })
      .from(lessons)
      .where(and(inArray(lessons.id, [...wanted]), isNull(lessons.deletedAt)))
      .all();
    if (live.length !== wanted.size)
      throw new ApiError('invalid_input', 'A linked lesson no longer exists.', { lessonIds: 'Pick lessons again' });
  }
  const now = stamp(ctx);
  const existing = ctx.db
    .select({ id: actionLessons.id, lessonId: actionLessons.lessonId, deletedAt: actionLessons.deletedAt })
    .from(actionLessons)
    .where(eq(actionLessons.actionId, actionId))
    .all();
  for (const link of existing) {
    const keep = wanted.delete(link.lessonId);
    if (keep === (link.deletedAt === null)) continue;
    ctx.db
      .update(actionLessons)
      .set({ deletedAt: keep ? null : now, updatedAt: now })
      .where(eq(actionLessons.id, link.id))
      .run();
  }
  for (const lessonId of wanted) {
    ctx.db
      .insert(actionLessons)
      .values({ ...newRow(ctx), actionId, lessonId })
      .run();
  }
}

export const actionsHandlers: HandlerMap<'actions'> = {
  'actions.list': (ctx, { status }) =>
    selectActions(ctx, and(isNull(actions.deletedAt), status ? eq(actions.status, status) : undefined)).map(
      publicAction,
    ),

  'actions.create': (ctx, { lessonIds, ...input }) => {
    const id = ctx.sqlite.transaction(() => {
      checkOwner(ctx, input.ownerId);
      const scopeValue = checkScope(ctx, input.scope, input.scopeValue);
      const row = newRow(ctx);
      ctx.db
        .insert(actions)
        .values({ ...row, ...input, scopeValue, status: 'open' })
        .run();
      linkLessons(ctx, row.id, lessonIds);
      return row.id;
    })();
    return publicAction(getAction(ctx, id));
  },

  'actions.update': (ctx, { id, patch: { lessonIds, ...patch } }) => {
    const current = getAction(ctx, id);
    if (current.deleted) throw new ApiError('conflict', 'This action is in the trash; restore it first.');
    ctx.sqlite.transaction(() => {
      if (patch.ownerId !== undefined) checkOwner(ctx, patch.ownerId);
      const scope = patch.scope ?? current.scope;
      const scopeValue = checkScope(
        ctx,
        scope,
        patch.scopeValue === undefined && patch.scope === undefined ? current.scopeValue : (patch.scopeValue ?? null),
      );
      const status = patch.status ?? current.status;
      // Done needs a day (today unless given); any other status has none.
      const doneOn = status === 'done' ? (patch.doneOn ?? current.doneOn ?? today(ctx)) : null;
      ctx.db
        .update(actions)
        .set({ ...defined(patch), scope, scopeValue, status, doneOn, updatedAt: stamp(ctx) })
        .where(eq(actions.id, id))
        .run();
      if (lessonIds !== undefined) linkLessons(ctx, id, lessonIds);
    })();
    return publicAction(getAction(ctx, id));
  },

  'actions.delete': (ctx, { id }) => setDeleted(ctx, id, true),
  'actions.restore': (ctx, { id }) => setDeleted(ctx, id, false),
};

function setDeleted(ctx: ServiceContext, id: string, deleted: boolean): Action {
  getAction(ctx, id);
  const now = stamp(ctx);
  ctx.db
    .update(actions)
    .set({ deletedAt: deleted ? now : null, updatedAt: now })
    .where(eq(actions.id, id))
    .run();
  return publicAction(getAction(ctx, id));
}
