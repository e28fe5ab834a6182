/**
 * Customer stakeholders and who on our team knows them. A stakeholder is private to the team member who added
 * it or shared with the team (the relationship charter): lists only ever show mine and the shared ones.
 * Changes with: shared/contract/people.ts (Person, Relationship), electron/services/powermap.ts (reads these).
 */
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Person, Relationship } from '../../shared/contract/people';
import { ApiError } from '../../shared/envelope';
import { accounts, people, relationships, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, mustExist, newRow, stamp } from './rows';
import { myMemberId } from './settings';

type PersonRow = Omit<Person, 'relationships'>;

const personColumns = {
  id: people.id,
  name: people.name,
  title: people.title,
  accountId: people.accountId,
  buyingRole: people.buyingRole,
  networkRole: people.networkRole,
  attitude: people.attitude,
  influence: people.influence,
  reportsToId: people.reportsToId,
  preferredChannel: people.preferredChannel,
  ownerId: people.ownerId,
  visibility: people.visibility,
};

/** Shared with the team, or mine. A file without a "me" yet (before first run) sees only shared people. */
export function visibleToMe(ctx: ServiceContext): SQL {
  const me = myMemberId(ctx);
  return or(eq(people.visibility, 'team'), me ? eq(people.ownerId, me) : sql`0`) ?? sql`1`;
}

function relationshipsOf(ctx: ServiceContext, personIds: string[]): Map<string, Relationship[]> {
  const byPerson = new Map<string, Relationship[]>();
  if (personIds.length === 0) return byPerson;
  const rows = ctx.db
    .select({
      id: relationships.id,
      memberId: relationships.memberId,
      memberName: teamMembers.name,
      personId: relationships.personId,
      strength: relationships.strength,
    })
    .from(relationships)
    .innerJoin(teamMembers, eq(teamMembers.id, relationships.memberId))
    .where(
      and(inArray(relationships.personId, personIds), isNull(relationships.deletedAt), isNull(teamMembers.deletedAt)),
    )
    .orderBy(sql`${relationships.strength} desc`, sql`${teamMembers.name} collate nocase`)
    .all();
  for (const row of rows) {
    const list = byPerson.get(row.personId) ?? [];
    list.push(row);
    byPerson.set(row.personId, list);
  }
  return byPerson;
}

function withRelationships(ctx: ServiceContext, rows: PersonRow[]): Person[] {
  const byPerson = relationshipsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, relationships: byPerson.get(row.id) ?? [] }));
}

/** Live stakeholders of an account that I may see, by name. */
export function listPeople(ctx: ServiceContext, accountId: string): Person[] {
  const rows = ctx.db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt), visibleToMe(ctx)))
    .orderBy(sql`${people.name} collate nocase`, asc(people.id))
    .all();
  return withRelationships(ctx, rows);
}

/** One stakeholder, trashed or not; someone else's private contact reads as not found. */
function getPerson(ctx: ServiceContext, id: string): Person {
  const row = mustExist(
    ctx.db
      .select(personColumns)
      .from(people)
      .where(and(eq(people.id, id), visibleToMe(ctx)))
      .get(),
    'stakeholder',
  );
  return withRelationships(ctx, [row])[0] ?? { ...row, relationships: [] };
}

function getLivePerson(ctx: ServiceContext, id: string): Person {
  const person = getPerson(ctx, id);
  const live = ctx.db.select({ deletedAt: people.deletedAt }).from(people).where(eq(people.id, id)).get();
  if (live?.deletedAt) throw new ApiError('not_found', 'That stakeholder is in the trash.');
  return person;
}

function assertAccount(ctx: ServiceContext, accountId: string): void {
  const found = ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), isNull(accounts.deletedAt)))
    .get();
  if (!found) throw new ApiError('invalid_input', 'That customer does not exist.', { accountId: 'Pick a customer' });
}

/**
 * A manager must be a live stakeholder of the same account, and the reports-to chain must not loop back:
 * the power map draws it as a tree.
 */
function assertManager(ctx: ServiceContext, personId: string | null, accountId: string, managerId: string): void {
  const field = { reportsToId: 'Pick someone else' };
  if (managerId === personId) throw new ApiError('invalid_input', 'Nobody reports to themselves.', field);
  const manager = ctx.db
    .select({ accountId: people.accountId })
    .from(people)
    .where(and(eq(people.id, managerId), isNull(people.deletedAt)))
    .get();
  if (manager?.accountId !== accountId) {
    throw new ApiError('invalid_input', 'The manager must be a stakeholder of the same customer.', field);
  }
  if (personId === null) return;
  const loop = ctx.sqlite
    .prepare(
      `with recursive chain(id) as (select ? union select p.reports_to_id from people p join chain on p.id = chain.id
        where p.reports_to_id is not null) select 1 from chain where id = ? limit 1`,
    )
    .get(managerId, personId);
  if (loop) throw new ApiError('invalid_input', 'That would make a reporting loop.', field);
}

function assertMember(ctx: ServiceContext, memberId: string): void {
  const found = ctx.db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(and(eq(teamMembers.id, memberId), isNull(teamMembers.deletedAt)))
    .get();
  if (!found) throw new ApiError('invalid_input', 'That team member does not exist.', { memberId: 'Pick a teammate' });
}

export const peopleHandlers: HandlerMap<'people'> = {
  'people.list': (ctx, { accountId }) => listPeople(ctx, accountId),

  'people.create': (ctx, input) => {
    const id = ctx.sqlite.transaction(() => {
      assertAccount(ctx, input.accountId);
      if (input.reportsToId) assertManager(ctx, null, input.accountId, input.reportsToId);
      const row = newRow(ctx);
      ctx.db
        .insert(people)
        .values({ ...row, ...input, ownerId: myMemberId(ctx) })
        .run();
      return row.id;
    })();
    return getPerson(ctx, id);
  },

  'people.update': (ctx, { id, patch }) => {
    const current = getLivePerson(ctx, id);
    ctx.sqlite.transaction(() => {
      const accountId = patch.accountId ?? current.accountId;
      if (patch.accountId !== undefined) assertAccount(ctx, accountId);
      // Moving to another customer leaves the old manager behind.
      const moved = accountId !== current.accountId;
      const reportsToId = patch.reportsToId !== undefined ? patch.reportsToId : moved ? null : current.reportsToId;
      if (reportsToId) assertManager(ctx, id, accountId, reportsToId);
      ctx.db
        .update(people)
        .set({ ...defined(patch), reportsToId, updatedAt: stamp(ctx) })
        .where(eq(people.id, id))
        .run();
    })();
    return getPerson(ctx, id);
  },

  'people.delete': (ctx, { id }) => {
    getLivePerson(ctx, id);
    const now = stamp(ctx);
    ctx.db.update(people).set({ deletedAt: now, updatedAt: now }).where(eq(people.id, id)).run();
    return getPerson(ctx, id);
  },

  'people.restore': (ctx, { id }) => {
    getPerson(ctx, id);
    ctx.db
      .update(people)
      .set({ deletedAt: null, updatedAt: stamp(ctx) })
      .where(eq(people.id, id))
      .run();
    return getPerson(ctx, id);
  },
};

export const relationshipsHandlers: HandlerMap<'relationships'> = {
  'relationships.set': (ctx, { personId, memberId, strength }) => {
    getLivePerson(ctx, personId);
    assertMember(ctx, memberId);
    const now = stamp(ctx);
    const existing = ctx.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(and(eq(relationships.personId, personId), eq(relationships.memberId, memberId)))
      .get();
    if (strength === 0) {
      // A tombstone, not a delete: merging a teammate's older file must not bring the relationship back.
      if (existing) {
        ctx.db
          .update(relationships)
          .set({ deletedAt: now, updatedAt: now })
          .where(eq(relationships.id, existing.id))
          .run();
      }
    } else if (existing) {
      ctx.db
        .update(relationships)
        .set({ strength, deletedAt: null, updatedAt: now })
        .where(eq(relationships.id, existing.id))
        .run();
    } else {
      ctx.db
        .insert(relationships)
        .values({ ...newRow(ctx), personId, memberId, strength })
        .run();
    }
    return getPerson(ctx, personId);
  },
};
