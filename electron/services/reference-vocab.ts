/**
 * The configurable vocabularies (stages, buyer steps, buying criteria, reason categories and reasons) and the
 * one `vocab.get` that hands a form every list at once. Removing an item tombstones it: cases that used it
 * keep pointing at it, and the removal survives a merge.
 * Changes with: shared/contract/vocabulary.ts (Vocabulary, VocabItemInput, ReasonInput).
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ParsedInput } from '../../shared/api';
import type { ReasonCategory, Vocabulary } from '../../shared/contract/vocabulary';
import type { vocabularyLists } from '../../shared/contract/vocabulary';
import { ApiError } from '../../shared/envelope';
import { buyerSteps, competitors, criteria, reasonCategories, reasons, stages, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { mustExist, newRow, stamp } from './rows';
import { assertUniqueName, type NamedTable } from './unique-name';

type VocabularyList = (typeof vocabularyLists)[number];

/** The lists share one shape (id, name, position), so save and remove work on them by table name. */
const tableOf: Record<VocabularyList, NamedTable> = {
  stages: 'stages',
  buyerSteps: 'buyer_steps',
  criteria: 'criteria',
  reasonCategories: 'reason_categories',
};

export function readVocabulary(ctx: ServiceContext): Vocabulary {
  const categories = ctx.db
    .select({ id: reasonCategories.id, name: reasonCategories.name, position: reasonCategories.position })
    .from(reasonCategories)
    .where(isNull(reasonCategories.deletedAt))
    .orderBy(asc(reasonCategories.position), asc(reasonCategories.name))
    .all();
  const allReasons = ctx.db
    .select({
      id: reasons.id,
      categoryId: reasons.categoryId,
      name: reasons.name,
      kind: reasons.kind,
      criterionId: reasons.criterionId,
    })
    .from(reasons)
    .where(isNull(reasons.deletedAt))
    // Reasons have no position: keep the order they were added to this file in (the seed's, for the defaults).
    // Not created_at: clocks differ between teammates, and the seed rows carry a fixed date.
    .orderBy(sql`${reasons}.rowid`)
    .all();
  const reasonCategoryList: ReasonCategory[] = categories.map((c) => ({
    ...c,
    reasons: allReasons.filter((r) => r.categoryId === c.id),
  }));
  return {
    team: ctx.db
      .select({ id: teamMembers.id, name: teamMembers.name, isMe: teamMembers.isMe })
      .from(teamMembers)
      .where(isNull(teamMembers.deletedAt))
      .orderBy(sql`${teamMembers.isMe} desc`, sql`${teamMembers.name} collate nocase`)
      .all(),
    competitors: ctx.db
      .select({ id: competitors.id, name: competitors.name, notes: competitors.notes })
      .from(competitors)
      .where(isNull(competitors.deletedAt))
      .orderBy(sql`${competitors.name} collate nocase`)
      .all(),
    stages: ctx.db
      .select({ id: stages.id, name: stages.name, position: stages.position, winProbability: stages.winProbability })
      .from(stages)
      .where(isNull(stages.deletedAt))
      .orderBy(asc(stages.position), asc(stages.name))
      .all(),
    buyerSteps: ctx.db
      .select({ id: buyerSteps.id, name: buyerSteps.name, position: buyerSteps.position })
      .from(buyerSteps)
      .where(isNull(buyerSteps.deletedAt))
      .orderBy(asc(buyerSteps.position), asc(buyerSteps.name))
      .all(),
    criteria: ctx.db
      .select({ id: criteria.id, name: criteria.name, position: criteria.position })
      .from(criteria)
      .where(isNull(criteria.deletedAt))
      .orderBy(asc(criteria.position), asc(criteria.name))
      .all(),
    reasonCategories: reasonCategoryList,
  };
}

interface ItemRow {
  id: string;
  deleted_at: string | null;
}

function findItem(ctx: ServiceContext, list: VocabularyList, id: string): ItemRow | undefined {
  return ctx.sqlite.prepare(`select id, deleted_at from ${tableOf[list]} where id = ?`).get(id) as ItemRow | undefined;
}

/** Two live items of one list with the same name (ignoring case) would be indistinguishable in a select. */
function assertFreeItemName(ctx: ServiceContext, list: VocabularyList, name: string, exceptId: string | null): void {
  assertUniqueName(ctx, tableOf[list], name, exceptId, {
    message: `"${name}" is already in the list.`,
    field: 'Already in the list',
  });
}

function saveItem(ctx: ServiceContext, input: ParsedInput<'vocab.save'>): string {
  const { list, name, position, winProbability } = input;
  if (list !== 'stages' && winProbability !== undefined && winProbability !== null) {
    throw new ApiError('invalid_input', 'Only stages have a win probability.', {
      winProbability: 'Only stages have a win probability',
    });
  }
  const table = tableOf[list];
  const now = stamp(ctx);
  if (input.id) {
    mustExist(findItem(ctx, list, input.id), 'item');
    assertFreeItemName(ctx, list, name, input.id);
    // Saving a removed item brings it back: the caller named it, so it is wanted again.
    ctx.sqlite
      .prepare(
        `update ${table} set name = ?, position = coalesce(?, position), deleted_at = null, updated_at = ? where id = ?`,
      )
      .run(name, position ?? null, now, input.id);
    if (list === 'stages' && winProbability !== undefined) {
      ctx.db.update(stages).set({ winProbability }).where(eq(stages.id, input.id)).run();
    }
    return input.id;
  }
  assertFreeItemName(ctx, list, name, null);
  const row = newRow(ctx);
  const last = ctx.sqlite.prepare(`select max(position) as p from ${table} where deleted_at is null`).get() as {
    p: number | null;
  };
  ctx.sqlite
    .prepare(
      `insert into ${table} (id, created_at, updated_at, deleted_at, name, position) values (?, ?, ?, null, ?, ?)`,
    )
    .run(row.id, row.createdAt, row.updatedAt, name, position ?? (last.p ?? -1) + 1);
  if (list === 'stages' && winProbability !== undefined) {
    ctx.db.update(stages).set({ winProbability }).where(eq(stages.id, row.id)).run();
  }
  return row.id;
}

function removeItem(ctx: ServiceContext, list: VocabularyList, id: string): void {
  const found = mustExist(findItem(ctx, list, id), 'item');
  if (found.deleted_at) return;
  const now = stamp(ctx);
  ctx.sqlite.prepare(`update ${tableOf[list]} set deleted_at = ?, updated_at = ? where id = ?`).run(now, now, id);
  if (list === 'reasonCategories') {
    // A category's reasons go with it; cases keep the reasons they recorded.
    ctx.db
      .update(reasons)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(reasons.categoryId, id), isNull(reasons.deletedAt)))
      .run();
  }
}

/** A reason's category and criterion must exist and be live: a new reason never points at a removed item. */
function assertReasonRefs(ctx: ServiceContext, input: ParsedInput<'reasons.save'>): void {
  const category = findItem(ctx, 'reasonCategories', input.categoryId);
  if (!category || category.deleted_at) {
    throw new ApiError('invalid_input', 'That reason category does not exist.', { categoryId: 'Pick a category' });
  }
  if (input.criterionId) {
    const criterion = findItem(ctx, 'criteria', input.criterionId);
    if (!criterion || criterion.deleted_at) {
      throw new ApiError('invalid_input', 'That buying criterion does not exist.', { criterionId: 'Pick a criterion' });
    }
  }
}

function saveReason(ctx: ServiceContext, input: ParsedInput<'reasons.save'>): string {
  if (input.id)
    mustExist(ctx.db.select({ id: reasons.id }).from(reasons).where(eq(reasons.id, input.id)).get(), 'reason');
  assertReasonRefs(ctx, input);
  const sameName = ctx.db
    .select({ id: reasons.id, name: reasons.name, deletedAt: reasons.deletedAt })
    .from(reasons)
    .where(and(eq(reasons.categoryId, input.categoryId), sql`lower(${reasons.name}) = lower(${input.name})`))
    .all()
    .filter((r) => r.id !== input.id);
  if (sameName.some((r) => r.deletedAt === null)) {
    throw new ApiError('invalid_input', `"${input.name}" is already a reason in this category.`, {
      name: 'Already in this category',
    });
  }
  // (category, name) is unique even among removed reasons, so adding one back revives it with its history.
  const removedTwin = sameName.find((r) => r.name === input.name);
  if (removedTwin && input.id) {
    throw new ApiError('invalid_input', `A removed reason in this category is called "${input.name}".`, {
      name: 'A removed reason has this name',
    });
  }
  const values = { categoryId: input.categoryId, name: input.name, kind: input.kind, criterionId: input.criterionId };
  const id = input.id ?? removedTwin?.id;
  if (id) {
    ctx.db
      .update(reasons)
      .set({ ...values, deletedAt: null, updatedAt: stamp(ctx) })
      .where(eq(reasons.id, id))
      .run();
    return id;
  }
  const row = newRow(ctx);
  ctx.db
    .insert(reasons)
    .values({ ...row, ...values })
    .run();
  return row.id;
}

export const vocabHandlers: HandlerMap<'vocab'> = {
  'vocab.get': (ctx) => readVocabulary(ctx),

  'vocab.save': (ctx, input) => {
    const id = ctx.sqlite.transaction(() => saveItem(ctx, input))();
    return { id };
  },

  'vocab.remove': (ctx, { list, id }) => {
    ctx.sqlite.transaction(() => removeItem(ctx, list, id))();
    return { id };
  },

  'vocab.reorder': (ctx, { list, ids }) => {
    const table = tableOf[list];
    const live = ctx.sqlite.prepare(`select id from ${table} where deleted_at is null`).pluck().all() as string[];
    // Every live item exactly once: an order made from a stale list would otherwise lose or duplicate a place.
    if (ids.length !== live.length || new Set(ids).size !== ids.length || !ids.every((id) => live.includes(id)))
      throw new ApiError('conflict', 'The list changed meanwhile; reload it and try again.');
    const now = ctx.now().toISOString();
    const move = ctx.sqlite.prepare(`update ${table} set position = ?, updated_at = ? where id = ?`);
    ctx.sqlite.transaction(() => ids.forEach((id, position) => move.run(position, now, id)))();
    return { ids };
  },
};

export const reasonsHandlers: HandlerMap<'reasons'> = {
  'reasons.save': (ctx, input) => {
    const id = ctx.sqlite.transaction(() => saveReason(ctx, input))();
    return mustExist(
      ctx.db
        .select({
          id: reasons.id,
          categoryId: reasons.categoryId,
          name: reasons.name,
          kind: reasons.kind,
          criterionId: reasons.criterionId,
        })
        .from(reasons)
        .where(eq(reasons.id, id))
        .get(),
      'reason',
    );
  },
};
