/**
 * Reading back what a debrief recorded, in the order the debrief screens show it. Removed vocabulary items
 * still order and name correctly: a case keeps the history it recorded.
 * Changes with: shared/contract/debrief.ts (Debrief), electron/services/debrief-children.ts (the writes).
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  buyerSteps,
  caseBuyerSteps,
  caseCompetitors,
  caseCriteria,
  casePeople,
  caseReasons,
  competitors,
  criteria,
  people,
  reasons,
} from '../db/schema';
import type { ServiceContext } from './context';

export function readReasons(ctx: ServiceContext, caseId: string) {
  return ctx.db
    .select({
      reasonId: caseReasons.reasonId,
      isPrimary: caseReasons.isPrimary,
      evidence: caseReasons.evidence,
      confidence: caseReasons.confidence,
    })
    .from(caseReasons)
    .innerJoin(reasons, eq(reasons.id, caseReasons.reasonId))
    .where(and(eq(caseReasons.caseId, caseId), isNull(caseReasons.deletedAt)))
    .orderBy(desc(caseReasons.isPrimary), asc(reasons.name))
    .all();
}

export function readCompetitors(ctx: ServiceContext, caseId: string) {
  return ctx.db
    .select({
      competitorId: caseCompetitors.competitorId,
      incumbent: caseCompetitors.incumbent,
      priceMinor: caseCompetitors.priceMinor,
    })
    .from(caseCompetitors)
    .innerJoin(competitors, eq(competitors.id, caseCompetitors.competitorId))
    .where(and(eq(caseCompetitors.caseId, caseId), isNull(caseCompetitors.deletedAt)))
    .orderBy(sql`${competitors.name} collate nocase`)
    .all();
}

export function readCriteria(ctx: ServiceContext, caseId: string) {
  return ctx.db
    .select({
      criterionId: caseCriteria.criterionId,
      importance: caseCriteria.importance,
      ourRating: caseCriteria.ourRating,
      rivalRating: caseCriteria.rivalRating,
    })
    .from(caseCriteria)
    .innerJoin(criteria, eq(criteria.id, caseCriteria.criterionId))
    .where(and(eq(caseCriteria.caseId, caseId), isNull(caseCriteria.deletedAt)))
    .orderBy(asc(criteria.position), asc(criteria.name))
    .all();
}

export function readPeople(ctx: ServiceContext, caseId: string) {
  return ctx.db
    .select({ personId: casePeople.personId, reached: casePeople.reached, buyingRole: casePeople.buyingRole })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(and(eq(casePeople.caseId, caseId), isNull(casePeople.deletedAt)))
    .orderBy(sql`${people.name} collate nocase`)
    .all();
}

export function readBuyerSteps(ctx: ServiceContext, caseId: string) {
  return ctx.db
    .select({ buyerStepId: caseBuyerSteps.buyerStepId, reachedOn: caseBuyerSteps.reachedOn })
    .from(caseBuyerSteps)
    .innerJoin(buyerSteps, eq(buyerSteps.id, caseBuyerSteps.buyerStepId))
    .where(and(eq(caseBuyerSteps.caseId, caseId), isNull(caseBuyerSteps.deletedAt)))
    .orderBy(asc(buyerSteps.position), asc(buyerSteps.name))
    .all();
}
