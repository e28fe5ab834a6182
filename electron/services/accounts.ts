/**
 * Customer accounts, each with how many open and closed cases it has. Names are unique ignoring case among
 * live accounts, because the quick log (cases.create with a customer name) finds accounts the same way.
 * Changes with: shared/contract/accounts.ts (Account), electron/services/cases.ts (the quick-log lookup).
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Account } from '../../shared/contract/accounts';
import { accounts, cases } from '../db/schema';
import { likePattern } from './cases';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, mustExist, newRow, stamp } from './rows';
import { assertUniqueName } from './unique-name';

function selectAccounts(ctx: ServiceContext, where: SQL | undefined): Account[] {
  return (
    ctx.db
      .select({
        id: accounts.id,
        name: accounts.name,
        industry: accounts.industry,
        sizeBand: accounts.sizeBand,
        region: accounts.region,
        openCases: sql<number>`count(case when ${cases.outcome} = 'open' then 1 end)`,
        closedCases: sql<number>`count(case when ${cases.outcome} <> 'open' then 1 end)`,
      })
      .from(accounts)
      // Cases in the trash do not count: the account page lists live cases only.
      .leftJoin(cases, and(eq(cases.accountId, accounts.id), isNull(cases.deletedAt)))
      .where(where)
      .groupBy(accounts.id)
      .orderBy(sql`${accounts.name} collate nocase`, accounts.id)
      .all()
  );
}

export function getAccount(ctx: ServiceContext, id: string): Account {
  return mustExist(selectAccounts(ctx, eq(accounts.id, id))[0], 'customer');
}

/** Two live customers with one name could not be told apart in the quick-log picker. */
function assertFreeName(ctx: ServiceContext, name: string, exceptId: string | null): void {
  assertUniqueName(ctx, 'accounts', name, exceptId, {
    message: `There is already a customer called "${name}".`,
    field: 'Already a customer',
  });
}

export const accountsHandlers: HandlerMap<'accounts'> = {
  'accounts.list': (ctx, { query }) => {
    const filters = [isNull(accounts.deletedAt)];
    if (query) filters.push(sql`${accounts.name} LIKE ${likePattern(query)} ESCAPE '\\'`);
    return selectAccounts(ctx, and(...filters));
  },

  'accounts.get': (ctx, { id }) => getAccount(ctx, id),

  'accounts.create': (ctx, input) => {
    const id = ctx.sqlite.transaction(() => {
      assertFreeName(ctx, input.name, null);
      const row = newRow(ctx);
      ctx.db
        .insert(accounts)
        .values({ ...row, ...input })
        .run();
      return row.id;
    })();
    return getAccount(ctx, id);
  },

  'accounts.update': (ctx, { id, patch }) => {
    getAccount(ctx, id);
    ctx.sqlite.transaction(() => {
      if (patch.name !== undefined) assertFreeName(ctx, patch.name, id);
      ctx.db
        .update(accounts)
        .set({ ...defined(patch), updatedAt: stamp(ctx) })
        .where(eq(accounts.id, id))
        .run();
    })();
    // Case rows carry the account name, so lists of cases change too.
    return getAccount(ctx, id);
  },
};
