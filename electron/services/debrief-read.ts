/**
 * Reading back what a debrief recorded, in the order the debrief screens show it. Removed vocabulary items
 * still order and name correctly: a case keeps the history it recorded.
 * Changes with: shared/contract/debrief.ts (Debrief), electron/services/debrief-children.ts (the writes).
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Lesson } from '../../shared/contract/learning';
import {
  buyerSteps,
  caseBuyerSteps,
  caseCompetitors,
  caseCriteria,
  casePeople,
  caseReasons,
  competitors,
  criteria,
  lessons,
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
    .select({ personId: casePeople.personId, reached: casePeople.reached })
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

/** A lesson's tag names a criterion, a reason or a buyer step; the name travels with it for display. */
export function readLessons(ctx: ServiceContext, caseId: string): Lesson[] {
  const tagName = sql<string | null>`case ${lessons.tagKind}
    when 'criterion' then (select name from ${criteria} where ${criteria.id} = ${lessons.tagId})
    when 'reason' then (select name from ${reasons} where ${reasons.id} = ${lessons.tagId})
    when 'buyer_step' then (select name from ${buyerSteps} where ${buyerSteps.id} = ${lessons.tagId})
  end`;
  return ctx.db
    .select({
      id: lessons.id,
      caseId: lessons.caseId,
      text: lessons.text,
      kind: lessons.kind,
      tagKind: lessons.tagKind,
      tagId: lessons.tagId,
      tagName,
      createdAt: lessons.createdAt,
    })
    .from(lessons)
    .where(and(eq(lessons.caseId, caseId), isNull(lessons.deletedAt)))
    .orderBy(asc(lessons.createdAt), asc(lessons.id))
    .all();
}
