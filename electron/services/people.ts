/**
 * Customer stakeholders and who on our team knows them. A stakeholder is private to the team member who added
 * it or shared with the team (the relationship charter): lists only ever show mine and the shared ones.
 * Changes with: shared/contract/people.ts (Person, Relationship), electron/services/powermap.ts (reads these).
 */
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Person, PersonInput, Relationship, WeighedCriterion } from '../../shared/contract/people';
import { motivationTags, type MotivationTag } from '../../shared/domain/vocabulary';
import { ApiError } from '../../shared/envelope';
import { accounts, criteria, people, relationships, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, mustExist, newRow, stamp } from './rows';
import { myMemberId } from './settings';

type PersonRow = Omit<Person, 'relationships' | 'motivationTags' | 'weighedCriteria'> & {
  motivationTags: string;
  weighedCriteria: string;
};

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
  email: people.email,
  phone: people.phone,
  profileUrl: people.profileUrl,
  ownerId: people.ownerId,
  visibility: people.visibility,
  side: people.side,
  connectorKind: people.connectorKind,
  motivation: people.motivation,
  motivationTags: people.motivationTags,
  weighedCriteria: people.weighedCriteria,
};

/** A JSON column read leniently: a merged file from an older or newer Winloop never breaks the map. */
function jsonList(raw: string): unknown[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? (value as unknown[]) : [];
  } catch {
    return [];
  }
}
const tagsOf = (raw: string): MotivationTag[] =>
  jsonList(raw).filter((t): t is MotivationTag => motivationTags.includes(t as MotivationTag));
const weighedOf = (raw: string): WeighedCriterion[] =>
  jsonList(raw).flatMap((c) => {
    const { criterionId, importance } = (c ?? {}) as Partial<WeighedCriterion>;
    return typeof criterionId === 'string' && Number.isInteger(importance) && importance! >= 1 && importance! <= 5
      ? [{ criterionId, importance: importance! }]
      : [];
  });

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
  return rows.map((row) => ({
    ...row,
    motivationTags: tagsOf(row.motivationTags),
    weighedCriteria: weighedOf(row.weighedCriteria),
    relationships: byPerson.get(row.id) ?? [],
  }));
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
  const [person] = withRelationships(ctx, [row]);
  if (!person) throw new ApiError('not_found', 'That stakeholder does not exist.');
  return person;
}

export function getLivePerson(ctx: ServiceContext, id: string): Person {
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

type PersonFields = Partial<Omit<PersonInput, 'accountId'>>;

/**
 * A connector is someone outside the account: it needs a kind and carries no buying role or manager of its own.
 * Weighed criteria must name live criteria, each once.
 */
function checkedFields<T extends PersonFields>(ctx: ServiceContext, fields: T, current?: Person): T {
  const side = fields.side ?? current?.side ?? 'stakeholder';
  const out = { ...fields };
  if (side === 'connector') {
    const kind = fields.connectorKind !== undefined ? fields.connectorKind : current?.connectorKind;
    if (!kind) {
      throw new ApiError('invalid_input', 'Say what kind of connector this is.', { connectorKind: 'Pick a kind' });
    }
    Object.assign(out, { buyingRole: null, reportsToId: null });
  } else if (fields.side !== undefined || fields.connectorKind !== undefined) {
    Object.assign(out, { connectorKind: null });
  }
  if (fields.motivationTags) Object.assign(out, { motivationTags: [...new Set(fields.motivationTags)] });
  const weighed = fields.weighedCriteria;
  if (weighed && weighed.length > 0) {
    const ids = weighed.map((c) => c.criterionId);
    const live = ctx.db
      .select({ id: criteria.id })
      .from(criteria)
      .where(and(inArray(criteria.id, ids), isNull(criteria.deletedAt)))
      .all();
    const missing = weighed.findIndex((c) => !live.some((l) => l.id === c.criterionId));
    if (missing >= 0) {
      throw new ApiError('invalid_input', 'That buying criterion does not exist.', {
        [`weighedCriteria.${missing}.criterionId`]: 'Pick a criterion from the list',
      });
    }
    const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (twice >= 0) {
      throw new ApiError('invalid_input', 'A criterion is listed twice.', {
        [`weighedCriteria.${twice}.criterionId`]: 'Already listed',
      });
    }
  }
  return out;
}

/** The JSON columns as stored. */
function toColumns<T extends PersonFields>(fields: T) {
  const { motivationTags: tags, weighedCriteria: weighed, ...rest } = fields;
  return {
    ...rest,
    ...(tags !== undefined ? { motivationTags: JSON.stringify(tags) } : {}),
    ...(weighed !== undefined ? { weighedCriteria: JSON.stringify(weighed) } : {}),
  };
}

function assertMember(ctx: ServiceContext, memberId: string): void {
  const found = ctx.db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(and(eq(teamMembers.id, memberId), isNull(teamMembers.deletedAt)))
    .get();
  if (!found) throw new ApiError('invalid_input', 'That team member does not exist.', { memberId: 'Pick a teammate' });
}

export const peopleHandlers: Omit<HandlerMap<'people'>, 'people.setCaseRole'> = {
  'people.list': (ctx, { accountId }) => listPeople(ctx, accountId),

  'people.create': (ctx, raw) => {
    const id = ctx.sqlite.transaction(() => {
      const input = checkedFields(ctx, raw);
      assertAccount(ctx, input.accountId);
      if (input.reportsToId) assertManager(ctx, null, input.accountId, input.reportsToId);
      const row = newRow(ctx);
      ctx.db
        .insert(people)
        .values({ ...row, ...toColumns(input), ownerId: myMemberId(ctx) })
        .run();
      return row.id;
    })();
    return getPerson(ctx, id);
  },

  'people.update': (ctx, { id, patch: raw }) => {
    const current = getLivePerson(ctx, id);
    ctx.sqlite.transaction(() => {
      const patch = checkedFields(ctx, raw, current);
      const accountId = patch.accountId ?? current.accountId;
      if (patch.accountId !== undefined) assertAccount(ctx, accountId);
      // Moving to another customer leaves the old manager behind.
      const moved = accountId !== current.accountId;
      const reportsToId = patch.reportsToId !== undefined ? patch.reportsToId : moved ? null : current.reportsToId;
      if (reportsToId) assertManager(ctx, id, accountId, reportsToId);
      ctx.db
        .update(people)
        .set({ ...toColumns(defined(patch)), reportsToId, updatedAt: stamp(ctx) })
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
