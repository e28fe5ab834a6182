/**
 * The guided debrief: outcome → reasons → competitors → criteria → stakeholders → lessons → actions.
 * Each step saves on its own, so a debrief can be left and resumed; `debrief.finish` marks it done.
 */
import { z } from 'zod';
import { buyingRoles, evidenceSources, levels } from '../domain/vocabulary';
import { Day, Id, MinorUnits, Rating } from './common';
import { Case, ClosedOutcome } from './cases';
import { method, mutation } from './define';
import { Lesson } from './learning';

export const debriefSteps = ['outcome', 'reasons', 'competitors', 'criteria', 'people', 'lessons', 'actions'] as const;
export type DebriefStep = (typeof debriefSteps)[number];

export const CaseReason = z.object({
  reasonId: Id,
  isPrimary: z.boolean(),
  evidence: z.enum(evidenceSources),
  confidence: z.enum(levels),
});
export const CaseCompetitor = z.object({
  competitorId: Id,
  incumbent: z.boolean().default(false),
  priceMinor: MinorUnits.nullable().default(null),
});
export const CaseCriterion = z.object({
  criterionId: Id,
  importance: Rating,
  ourRating: Rating,
  rivalRating: Rating.nullable().default(null),
});
export const CasePerson = z.object({ personId: Id, reached: z.boolean() });
/** As read back: with the person's buying role in this case (null: their usual one, people.buyingRole). */
export const CasePersonRole = CasePerson.extend({ buyingRole: z.enum(buyingRoles).nullable() });
export const CaseBuyerStep = z.object({ buyerStepId: Id, reachedOn: Day });
export type CaseReason = z.infer<typeof CaseReason>;
export type CaseCompetitor = z.output<typeof CaseCompetitor>;
export type CaseCriterion = z.output<typeof CaseCriterion>;

export const Debrief = z.object({
  case: Case,
  reasons: z.array(CaseReason),
  competitors: z.array(CaseCompetitor.required()),
  criteria: z.array(CaseCriterion.required()),
  people: z.array(CasePersonRole),
  buyerSteps: z.array(CaseBuyerStep),
  lessons: z.array(Lesson),
});
export type Debrief = z.infer<typeof Debrief>;

const ForCase = { caseId: Id };

export const debriefApi = {
  'debrief.get': method(
    'Everything recorded about a case for its debrief, to show or resume.',
    z.object(ForCase),
    Debrief,
  ),
  'debrief.close': mutation(
    'Close a case with its outcome (and who won, if a competitor did); its debrief becomes pending.',
    z.object({ ...ForCase, outcome: ClosedOutcome, closedOn: Day, winnerCompetitorId: Id.nullable().default(null) }),
    Case,
    ['cases', 'debrief'],
  ),
  'debrief.reopen': mutation('Reopen a closed case (the debrief stays as recorded).', z.object(ForCase), Case, [
    'cases',
    'debrief',
  ]),
  'debrief.setReasons': mutation(
    'Replace the reasons of a case: exactly one primary, any secondary, each with evidence and confidence.',
    z
      .object({ ...ForCase, reasons: z.array(CaseReason).max(30) })
      .refine((v) => v.reasons.length === 0 || v.reasons.filter((r) => r.isPrimary).length === 1, {
        error: 'Mark exactly one reason as the primary one',
        path: ['reasons'],
      }),
    z.array(CaseReason),
    ['cases', 'debrief'],
  ),
  'debrief.setCompetitors': mutation(
    'Replace the competitors met on a case.',
    z.object({ ...ForCase, competitors: z.array(CaseCompetitor).max(30) }),
    z.array(CaseCompetitor.required()),
    ['cases', 'debrief'],
  ),
  'debrief.setCriteria': mutation(
    "Replace the criteria grid: the customer's importance, our rating and the winner's (or best rival's).",
    z.object({ ...ForCase, criteria: z.array(CaseCriterion).max(50) }),
    z.array(CaseCriterion.required()),
    ['cases', 'debrief'],
  ),
  'debrief.setPeople': mutation(
    'Replace the stakeholders involved in a case and whether we reached them.',
    z.object({ ...ForCase, people: z.array(CasePerson).max(200) }),
    z.array(CasePerson),
    ['cases', 'debrief'],
  ),
  'debrief.setBuyerSteps': mutation(
    'Replace the buyer steps completed on a case, with dates.',
    z.object({ ...ForCase, steps: z.array(CaseBuyerStep).max(50) }),
    z.array(CaseBuyerStep),
    ['cases', 'debrief'],
  ),
  'debrief.progress': mutation(
    'Remember which debrief step to resume at.',
    z.object({ ...ForCase, step: z.int().min(0).max(debriefSteps.length) }),
    Case,
    ['cases', 'debrief'],
  ),
  'debrief.finish': mutation('Mark the debrief done.', z.object(ForCase), Case, ['cases', 'debrief']),
};
