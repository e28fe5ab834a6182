/**
 * Lessons drawn from cases, and the ones that matter on an open case: what earlier closed cases against the
 * same competitors, with the same customer or in the same segment taught.
 * Changes with: shared/contract/learning.ts (Lesson, RelatedLesson).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Lesson, RelatedLesson } from '../../shared/contract/learning';
import type { LessonTagKind } from '../../shared/domain/vocabulary';
import { ApiError } from '../../shared/envelope';
import { buyerSteps, criteria, lessons, reasons } from '../db/schema';
import { getLiveCase } from './case-rows';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { caseLessons, getLesson } from './lesson-rows';
import { defined, newRow, stamp } from './rows';

const tagTables = { criterion: criteria, reason: reasons, buyer_step: buyerSteps };

/** A tag is a kind and an id together, and the id must name a live item of that kind. */
function assertTag(ctx: ServiceContext, tagKind: LessonTagKind | null, tagId: string | null): void {
  if ((tagKind === null) !== (tagId === null)) {
    throw new ApiError('invalid_input', 'A tag needs both its kind and what it names.', {
      tagId: 'Pick what the lesson is about',
    });
  }
  if (tagKind === null || tagId === null) return;
  const table = tagTables[tagKind];
  const found = ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, tagId), isNull(table.deletedAt)))
    .get();
  if (!found) throw new ApiError('invalid_input', 'That tag no longer exists.', { tagId: 'Pick another tag' });
}

/**
 * Ranked by how close the earlier case is: a shared competitor first, then the same customer, then the same
 * segment; newest closed first within each. Only closed, live cases teach.
 */
const relatedSql = `
  with me as (
    select c.id, c.account_id, a.industry from cases c join accounts a on a.id = c.account_id where c.id = @caseId
  ),
  candidates as (
    select theirs.case_id, 0 as rank, 'Also against ' || group_concat(co.name, ', ' order by co.name) as because
    from case_competitors mine
    join case_competitors theirs on theirs.competitor_id = mine.competitor_id and theirs.deleted_at is null
    join competitors co on co.id = mine.competitor_id
    where mine.case_id = @caseId and mine.deleted_at is null
    group by theirs.case_id
    union all
    select k.id, 1, 'Same customer' from me join cases k on k.account_id = me.account_id
    union all
    select k.id, 2, 'Same segment: ' || me.industry
    from me
    join accounts a on a.industry = me.industry and a.id <> me.account_id and a.deleted_at is null
    join cases k on k.account_id = a.id
  ),
  best as (select case_id, min(rank) as rank from candidates group by case_id)
  select l.id, l.case_id as caseId, l.text, l.kind, l.tag_kind as tagKind, l.tag_id as tagId,
    case l.tag_kind
      when 'criterion' then (select name from criteria where id = l.tag_id)
      when 'reason' then (select name from reasons where id = l.tag_id)
      when 'buyer_step' then (select name from buyer_steps where id = l.tag_id)
    end as tagName,
    l.created_at as createdAt, k.title as caseTitle, k.outcome, k.closed_on as closedOn,
    (select because from candidates c where c.case_id = best.case_id and c.rank = best.rank) as because
  from best
  join cases k on k.id = best.case_id
  join lessons l on l.case_id = k.id and l.deleted_at is null
  where k.id <> @caseId and k.deleted_at is null and k.outcome <> 'open'
  order by best.rank, k.closed_on desc, l.created_at, l.id
  limit @limit`;

export const lessonsHandlers: HandlerMap<'lessons'> = {
  'lessons.list': (ctx, { caseId }) => {
    getLiveCase(ctx, caseId);
    return caseLessons(ctx, caseId);
  },

  'lessons.related': (ctx, { caseId, limit }) => {
    getLiveCase(ctx, caseId);
    return ctx.sqlite.prepare(relatedSql).all({ caseId, limit }) as RelatedLesson[];
  },

  'lessons.create': (ctx, input) => {
    getLiveCase(ctx, input.caseId);
    assertTag(ctx, input.tagKind, input.tagId);
    const row = newRow(ctx);
    ctx.db
      .insert(lessons)
      .values({ ...row, ...input })
      .run();
    return strip(getLesson(ctx, row.id));
  },

  'lessons.update': (ctx, { id, patch }) => {
    const current = getLesson(ctx, id);
    if (current.deleted) throw new ApiError('conflict', 'This lesson was removed; bring it back first.');
    const tagKind = patch.tagKind === undefined ? current.tagKind : patch.tagKind;
    const tagId = patch.tagId === undefined ? current.tagId : patch.tagId;
    assertTag(ctx, tagKind, tagId);
    ctx.db
      .update(lessons)
      .set({ ...defined(patch), updatedAt: stamp(ctx) })
      .where(eq(lessons.id, id))
      .run();
    return strip(getLesson(ctx, id));
  },

  'lessons.delete': (ctx, { id }) => setDeleted(ctx, id, true),
  'lessons.restore': (ctx, { id }) => setDeleted(ctx, id, false),
};

function setDeleted(ctx: ServiceContext, id: string, deleted: boolean) {
  getLesson(ctx, id);
  const now = stamp(ctx);
  ctx.db
    .update(lessons)
    .set({ deletedAt: deleted ? now : null, updatedAt: now })
    .where(eq(lessons.id, id))
    .run();
  // Actions list the lessons behind them.
  return strip(getLesson(ctx, id));
}

function strip({ deleted: _deleted, ...lesson }: ReturnType<typeof getLesson>): Lesson {
  return lesson;
}
