/**
 * The trash: the tombstoned cases, stakeholders, lessons and actions in one list, newest deletion first, read
 * in SQL a page at a time. Restoring goes through each kind's own restore handler, so its rules (who may see
 * a private stakeholder, what reads as not found) and its `data.changed` event stay in one place.
 * Changes with: shared/contract/trash.ts, and the restore handlers of cases, people, lessons and actions.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { TrashItem, TrashKind } from '../../shared/contract/trash';
import { accounts, actions, cases, lessons, people } from '../db/schema';
import { actionsHandlers, scopeLabel } from './actions';
import { casesHandlers } from './cases';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { lessonsHandlers } from './lessons';
import { peopleHandlers, visibleToMe } from './people';

/** One select per kind, each naming the same columns (any one may stand alone): kind, id, title, context, deletedAt. */
const deletedRows: Record<TrashKind, (ctx: ServiceContext) => SQL> = {
  case: () => sql`
    select 'case' as kind, ${cases.id} as id, ${cases.title} as title, coalesce(${accounts.name}, '') as context,
      ${cases.deletedAt} as deletedAt
    from ${cases} left join ${accounts} on ${accounts.id} = ${cases.accountId}
    where ${cases.deletedAt} is not null`,
  // Someone else's private contact stays out of my trash, as it stays out of my lists.
  person: (ctx) => sql`
    select 'person' as kind, ${people.id} as id, ${people.name} as title,
      case when ${people.title} <> '' then ${people.title} || ' at ' || coalesce(${accounts.name}, 'a removed customer')
        else coalesce(${accounts.name}, '') end as context,
      ${people.deletedAt} as deletedAt
    from ${people} left join ${accounts} on ${accounts.id} = ${people.accountId}
    where ${people.deletedAt} is not null and ${visibleToMe(ctx)}`,
  lesson: () => sql`
    select 'lesson' as kind, ${lessons.id} as id, ${lessons.text} as title, coalesce(${cases.title}, '') as context,
      ${lessons.deletedAt} as deletedAt
    from ${lessons} left join ${cases} on ${cases.id} = ${lessons.caseId}
    where ${lessons.deletedAt} is not null`,
  action: () => sql`
    select 'action' as kind, ${actions.id} as id, ${actions.title} as title, coalesce(${scopeLabel}, '') as context,
      ${actions.deletedAt} as deletedAt
    from ${actions}
    where ${actions.deletedAt} is not null`,
};

const restorers: Record<TrashKind, (ctx: ServiceContext, id: string) => unknown> = {
  case: (ctx, id) => casesHandlers['cases.restore'](ctx, { id }),
  person: (ctx, id) => peopleHandlers['people.restore'](ctx, { id }),
  lesson: (ctx, id) => lessonsHandlers['lessons.restore'](ctx, { id }),
  action: (ctx, id) => actionsHandlers['actions.restore'](ctx, { id }),
};

export const trashHandlers: HandlerMap<'trash'> = {
  'trash.list': (ctx, { kind, offset, limit }) => {
    const kinds = kind ? [kind] : (Object.keys(deletedRows) as TrashKind[]);
    const union = sql.join(
      kinds.map((k) => deletedRows[k](ctx)),
      sql` union all `,
    );
    const items = ctx.db.all<TrashItem>(
      sql`select * from (${union}) order by deletedAt desc, kind, id limit ${limit} offset ${offset}`,
    );
    const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from (${union})`)?.n ?? 0;
    return { total, items };
  },

  'trash.restore': (ctx, { kind, id }) => {
    restorers[kind](ctx, id);
    return { kind, id };
  },
};
