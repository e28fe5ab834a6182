/**
 * Logging and editing cases. The outcome is not edited here: closing a case goes through the debrief
 * (electron/services/debrief.ts), so every closed case gets the chance of a debrief.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, exists, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { ParsedInput } from '../../shared/api';
import { ApiError } from '../../shared/envelope';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { accounts, caseCompetitors, cases, stages, teamMembers } from '../db/schema';
import type { Case } from '../../shared/contract/cases';
import { assertExpectedClose } from './case-dates';
import { getCase, getLiveCase, selectCases } from './case-rows';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler';
import { defined, newRow, stamp, today } from './rows';
import { myMemberId, readSetting } from './settings';

/** `LIKE` wildcards typed by a user are matched literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const sortColumns = {
  updatedAt: cases.updatedAt,
  title: cases.title,
  accountName: accounts.name,
  valueMinor: cases.valueMinor,
  outcome: cases.outcome,
  openedOn: cases.openedOn,
  closedOn: cases.closedOn,
  // By the stage's place in the process, not its name: "lead" before "qualified".
  stageName: stages.position,
  expectedCloseOn: cases.expectedCloseOn,
  nextStepOn: cases.nextStepOn,
};

const nullableSorts = new Set<string>(['stageName', 'expectedCloseOn', 'nextStepOn']);

function listFilters(input: ParsedInput<'cases.list'>): SQL[] {
  const filters: SQL[] = [input.trash ? isNotNull(cases.deletedAt) : isNull(cases.deletedAt)];
  if (input.outcome) filters.push(eq(cases.outcome, input.outcome));
  if (input.ownerId) filters.push(eq(cases.ownerId, input.ownerId));
  if (input.accountId) filters.push(eq(cases.accountId, input.accountId));
  if (input.debriefPending) filters.push(eq(cases.debrief, 'pending'));
  if (input.competitorId) {
    filters.push(
      // exists() adds no parentheses around raw SQL: they are part of the subquery here.
      exists(
        sql`(select 1 from ${caseCompetitors} where ${caseCompetitors.caseId} = ${cases.id} and ${caseCompetitors.competitorId} = ${input.competitorId} and ${caseCompetitors.deletedAt} is null)`,
      ),
    );
  }
  if (input.from || input.to) {
    const from = input.from ?? '0000-01-01';
    const to = input.to ?? '9999-12-31';
    const inPeriod = or(
      sql`${cases.openedOn} between ${from} and ${to}`,
      sql`${cases.closedOn} between ${from} and ${to}`,
    );
    if (inPeriod) filters.push(inPeriod);
  }
  if (input.query) {
    const pattern = likePattern(input.query);
    const match = or(
      sql`${cases.title} LIKE ${pattern} ESCAPE '\\'`,
      sql`${accounts.name} LIKE ${pattern} ESCAPE '\\'`,
    );
    if (match) filters.push(match);
  }
  return filters;
}

// A save's own statements, compiled once per connection: building and compiling them cost more than running them.
const accountById = (sqlite: Database.Database) => sqlite.prepare('select id from accounts where id = ?').pluck();
const caseColumnsWritten = [
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'title',
  'accountId',
  'offering',
  'valueMinor',
  'currency',
  'source',
  'ownerId',
  'openedOn',
  'expectedCloseOn',
  'nextStep',
  'nextStepOn',
  'stageId',
  'probability',
  'notes',
  'externalId',
] as const;
/** Every column the insert binds, each required: a field left out would be a missing parameter, not a default. */
type NewCase = {
  [K in (typeof caseColumnsWritten)[number]]-?: Exclude<(typeof cases.$inferInsert)[K], undefined>;
};
const insertCase = (db: Db) =>
  db
    .insert(cases)
    .values({
      ...(Object.fromEntries(caseColumnsWritten.map((key) => [key, sql.placeholder(key)])) as Record<
        (typeof caseColumnsWritten)[number],
        ReturnType<typeof sql.placeholder>
      >),
      outcome: 'open',
    })
    .prepare();

/** An existing account by id, or one found (case-insensitively) or created by name: the quick-log path. */
function resolveAccount(
  ctx: ServiceContext,
  ref: { accountId?: string | undefined; accountName?: string | undefined },
): string {
  if (ref.accountId) {
    const found = preparedOnce(ctx.sqlite, accountById).get(ref.accountId) as string | undefined;
    if (!found)
      throw new ApiError('invalid_input', 'That customer does not exist.', {
        accountId: 'Pick a customer from the list',
      });
    return found;
  }
  const name = ref.accountName ?? '';
  const existing = ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(isNull(accounts.deletedAt), sql`lower(${accounts.name}) = lower(${name})`))
    .get();
  if (existing) return existing.id;
  const row = newRow(ctx);
  ctx.db
    .insert(accounts)
    .values({ ...row, name })
    .run();
  return row.id;
}

function assertRefs(
  ctx: ServiceContext,
  input: { ownerId?: string | null | undefined; stageId?: string | null | undefined },
): void {
  if (
    input.ownerId &&
    !ctx.db.select({ id: teamMembers.id }).from(teamMembers).where(eq(teamMembers.id, input.ownerId)).get()
  ) {
    throw new ApiError('invalid_input', 'That owner is not on the team.', { ownerId: 'Pick a team member' });
  }
  if (input.stageId && !ctx.db.select({ id: stages.id }).from(stages).where(eq(stages.id, input.stageId)).get()) {
    throw new ApiError('invalid_input', 'That stage does not exist.', { stageId: 'Pick a stage' });
  }
}

/**
 * The dates as they will be after the patch, checked only when the patch touches one: an edit of the title
 * never fails for dates another program wrote.
 */
function assertDatesAfterPatch(
  ctx: ServiceContext,
  current: Case,
  patch: { openedOn?: string | undefined; expectedCloseOn?: string | null | undefined },
): void {
  if (patch.openedOn === undefined && patch.expectedCloseOn === undefined) return;
  const openedOn = patch.openedOn ?? current.openedOn;
  assertExpectedClose(
    ctx,
    openedOn,
    patch.expectedCloseOn === undefined ? current.expectedCloseOn : patch.expectedCloseOn,
  );
  if (current.closedOn && openedOn > current.closedOn) {
    throw new ApiError('invalid_input', 'A case cannot open after it closed.', {
      openedOn: 'On or before the day the case closed',
    });
  }
}

export const casesHandlers: HandlerMap<'cases'> = {
  'cases.list': (ctx, input) => {
    const where = and(...listFilters(input));
    const order = input.direction === 'asc' ? asc : desc;
    const column = input.trash ? cases.deletedAt : sortColumns[input.sort];
    // Cases with no stage, expected close or next step come last whichever way the column is sorted.
    const blanksLast = nullableSorts.has(input.sort) ? [sql`${column} is null`] : [];
    const items = selectCases(ctx)
      .where(where)
      .orderBy(...blanksLast, order(column), asc(cases.id))
      .limit(input.limit)
      .offset(input.offset)
      .all();
    // The join to accounts is only needed for counting when the search looks at account names.
    const counted = input.query
      ? ctx.db
          .select({ n: sql<number>`count(*)` })
          .from(cases)
          .innerJoin(accounts, eq(accounts.id, cases.accountId))
      : ctx.db.select({ n: sql<number>`count(*)` }).from(cases);
    const total = counted.where(where).get()?.n ?? 0;
    return { total, items };
  },

  'cases.get': (ctx, { id }) => getCase(ctx, id),

  'cases.create': (ctx, input) => {
    assertRefs(ctx, input);
    assertExpectedClose(ctx, input.openedOn ?? today(ctx), input.expectedCloseOn);
    // The account made by name and the case commit together: dispatch runs every write in one transaction.
    const row = newRow(ctx);
    const values: NewCase = {
      ...row,
      title: input.title,
      accountId: resolveAccount(ctx, input),
      offering: input.offering,
      valueMinor: input.valueMinor,
      currency: input.currency ?? readSetting(ctx, 'currency'),
      source: input.source,
      ownerId: input.ownerId === undefined ? myMemberId(ctx) : input.ownerId,
      openedOn: input.openedOn ?? today(ctx),
      expectedCloseOn: input.expectedCloseOn,
      nextStep: input.nextStep,
      nextStepOn: input.nextStepOn,
      stageId: input.stageId,
      probability: input.probability,
      notes: input.notes,
      externalId: input.externalId,
    };
    preparedOnce(ctx.db, insertCase).run(values);
    return getCase(ctx, row.id);
  },

  'cases.update': (ctx, { id, patch }) => {
    const current = getLiveCase(ctx, id);
    assertRefs(ctx, patch);
    assertDatesAfterPatch(ctx, current, patch);
    ctx.sqlite.transaction(() => {
      const { accountId, accountName, ...rest } = patch;
      const account =
        accountId !== undefined || accountName !== undefined
          ? { accountId: resolveAccount(ctx, { accountId, accountName }) }
          : {};
      ctx.db
        .update(cases)
        .set({ ...defined(rest), ...account, updatedAt: stamp(ctx) })
        .where(eq(cases.id, id))
        .run();
    })();
    return getCase(ctx, id);
  },

  'cases.delete': (ctx, { id }) => {
    const current = getCase(ctx, id);
    if (current.deletedAt) return current;
    const now = stamp(ctx);
    ctx.db.update(cases).set({ deletedAt: now, updatedAt: now }).where(eq(cases.id, id)).run();
    return getCase(ctx, id);
  },

  'cases.restore': (ctx, { id }) => {
    getCase(ctx, id);
    ctx.db
      .update(cases)
      .set({ deletedAt: null, updatedAt: stamp(ctx) })
      .where(eq(cases.id, id))
      .run();
    return getCase(ctx, id);
  },
};
