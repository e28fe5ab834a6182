/**
 * Reading cases as the contract's `Case`: one joined select shared by every cases and debrief method, so
 * account, owner and stage names always come with the case.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Case } from '../../shared/contract/cases';
import { ApiError } from '../../shared/envelope';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { accounts, cases, stages, teamMembers } from '../db/schema';
import type { ServiceContext } from './context';
import { mustExist } from './rows';

export const caseColumns = {
  id: cases.id,
  title: cases.title,
  accountId: cases.accountId,
  accountName: accounts.name,
  offering: cases.offering,
  valueMinor: cases.valueMinor,
  currency: cases.currency,
  source: cases.source,
  ownerId: cases.ownerId,
  ownerName: teamMembers.name,
  openedOn: cases.openedOn,
  expectedCloseOn: cases.expectedCloseOn,
  closedOn: cases.closedOn,
  nextStep: cases.nextStep,
  nextStepOn: cases.nextStepOn,
  stageId: cases.stageId,
  stageName: stages.name,
  probability: cases.probability,
  outcome: cases.outcome,
  winnerCompetitorId: cases.winnerCompetitorId,
  debrief: cases.debrief,
  debriefStep: cases.debriefStep,
  notes: cases.notes,
  externalId: cases.externalId,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  deletedAt: cases.deletedAt,
};

export function selectCases(ctx: ServiceContext) {
  return selectFrom(ctx.db);
}

function selectFrom(db: Db) {
  return db
    .select(caseColumns)
    .from(cases)
    .innerJoin(accounts, eq(accounts.id, cases.accountId))
    .leftJoin(teamMembers, eq(teamMembers.id, cases.ownerId))
    .leftJoin(stages, eq(stages.id, cases.stageId));
}

export function findCases(ctx: ServiceContext, where: SQL | undefined): Case[] {
  return selectCases(ctx).where(where).all();
}

// Every save reads its case back through this: compiled once per connection, not per call.
const caseById = (db: Db) =>
  selectFrom(db)
    .where(eq(cases.id, sql.placeholder('id')))
    .prepare();

/** A case by id, deleted or not; `not_found` when there is no such case. */
export function getCase(ctx: ServiceContext, id: string): Case {
  return mustExist(preparedOnce(ctx.db, caseById).get({ id }), 'case');
}

/** A case that may be edited: it exists and is not in the trash. */
export function getLiveCase(ctx: ServiceContext, id: string): Case {
  const found = getCase(ctx, id);
  if (found.deletedAt) throw new ApiError('conflict', 'This case is in the trash; restore it first.');
  return found;
}
