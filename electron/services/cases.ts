import { and, asc, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Case } from '../../shared/contract/cases';
import { ApiError } from '../../shared/envelope';
import { cases } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';

type CaseRow = typeof cases.$inferSelect;

function toCase(row: CaseRow): Case {
  return {
    id: row.id,
    title: row.title,
    customerName: row.customerName,
    valueMinor: row.valueMinor,
    currency: row.currency,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

function findCase(ctx: ServiceContext, id: string): CaseRow {
  const row = ctx.db.select().from(cases).where(eq(cases.id, id)).get();
  if (!row) throw new ApiError('not_found', 'That case does not exist.');
  return row;
}

/** `LIKE` wildcards typed by a user are matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const sortColumns = {
  updatedAt: cases.updatedAt,
  title: cases.title,
  customerName: cases.customerName,
  valueMinor: cases.valueMinor,
  status: cases.status,
};

function changed(ctx: ServiceContext): void {
  ctx.emit('data.changed', { entities: ['cases'] });
}

export const casesHandlers: HandlerMap<'cases'> = {
  'cases.list': (ctx, input) => {
    const filters: SQL[] = [input.trash ? isNotNull(cases.deletedAt) : isNull(cases.deletedAt)];
    if (input.status) filters.push(eq(cases.status, input.status));
    if (input.query) {
      const pattern = likePattern(input.query);
      const match = or(
        sql`${cases.title} LIKE ${pattern} ESCAPE '\\'`,
        sql`${cases.customerName} LIKE ${pattern} ESCAPE '\\'`,
      );
      if (match) filters.push(match);
    }
    const where = and(...filters);
    const order = input.direction === 'asc' ? asc : desc;
    const items = ctx.db
      .select()
      .from(cases)
      .where(where)
      .orderBy(order(input.trash ? cases.deletedAt : sortColumns[input.sort]), asc(cases.id))
      .limit(input.limit)
      .offset(input.offset)
      .all();
    const total =
      ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(cases)
        .where(where)
        .get()?.n ?? 0;
    return { total, items: items.map(toCase) };
  },

  'cases.get': (ctx, { id }) => toCase(findCase(ctx, id)),

  'cases.create': (ctx, input) => {
    const now = ctx.now().toISOString();
    const row = ctx.db
      .insert(cases)
      .values({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null, ...input })
      .returning()
      .get();
    changed(ctx);
    return toCase(row);
  },

  'cases.update': (ctx, { id, patch }) => {
    const current = findCase(ctx, id);
    if (current.deletedAt) throw new ApiError('conflict', 'This case is in the trash; restore it before editing.');
    const row = ctx.db
      .update(cases)
      .set({ ...patch, updatedAt: ctx.now().toISOString() })
      .where(eq(cases.id, id))
      .returning()
      .get();
    changed(ctx);
    return toCase(row);
  },

  'cases.delete': (ctx, { id }) => {
    const current = findCase(ctx, id);
    if (current.deletedAt) return toCase(current);
    const now = ctx.now().toISOString();
    const row = ctx.db.update(cases).set({ deletedAt: now, updatedAt: now }).where(eq(cases.id, id)).returning().get();
    changed(ctx);
    return toCase(row);
  },

  'cases.restore': (ctx, { id }) => {
    findCase(ctx, id);
    const row = ctx.db
      .update(cases)
      .set({ deletedAt: null, updatedAt: ctx.now().toISOString() })
      .where(eq(cases.id, id))
      .returning()
      .get();
    changed(ctx);
    return toCase(row);
  },
};
