/**
 * The guided debrief: closing a case, then each step saving on its own (reasons, competitors, criteria,
 * people, buyer steps) so a debrief can be left and resumed. A step replaces its whole set; a bad reference
 * anywhere in it refuses the save with the field path and writes nothing.
 * Child edits do not touch the case row's `updated_at`: merging keeps a teammate's edit of the case itself.
 * Changes with: shared/contract/debrief.ts, electron/services/debrief-children.ts, electron/services/case-rows.ts.
 */
import { eq } from 'drizzle-orm';
import type { Case } from '../../shared/contract/cases';
import { ApiError } from '../../shared/envelope';
import { cases, competitors } from '../db/schema';
import { assertClosedOn } from './case-dates';
import { getCase, getLiveCase } from './case-rows';
import { assertPeopleOfAccount } from './customer-people';
import type { ServiceContext } from './context';
import {
  assertRefs,
  childSpecs,
  ensureChild,
  replaceChildren,
  sqlBool,
  type ChildItem,
  type ChildSpec,
} from './debrief-children';
import { readBuyerSteps, readCompetitors, readCriteria, readPeople, readReasons } from './debrief-read';
import { caseLessons } from './lesson-rows';
import type { HandlerMap } from './handler';
import { stamp } from './rows';

type CasePatch = Partial<Omit<typeof cases.$inferInsert, 'id' | 'createdAt'>>;

function writeCase(ctx: ServiceContext, id: string, patch: CasePatch): void {
  ctx.db
    .update(cases)
    .set({ ...patch, updatedAt: stamp(ctx) })
    .where(eq(cases.id, id))
    .run();
}

function updateCase(ctx: ServiceContext, id: string, patch: CasePatch): Case {
  writeCase(ctx, id, patch);
  return getCase(ctx, id);
}

/** Validates and replaces one child set in one transaction; returns nothing so callers read back in order. */
function replaceSet(ctx: ServiceContext, spec: ChildSpec, caseId: string, items: ChildItem[], extra?: () => void) {
  getLiveCase(ctx, caseId);
  ctx.sqlite.transaction(() => {
    assertRefs(ctx, spec, caseId, items);
    extra?.();
    replaceChildren(ctx, spec, caseId, items);
  })();
}

function assertWinner(ctx: ServiceContext, outcome: Case['outcome'], winnerId: string | null): void {
  if (!winnerId) return;
  if (outcome !== 'lost') {
    throw new ApiError('invalid_input', 'Only a case lost to a competitor has a competitor as the winner.', {
      winnerCompetitorId: 'Only for a case lost to a competitor',
    });
  }
  const found = ctx.db
    .select({ deletedAt: competitors.deletedAt })
    .from(competitors)
    .where(eq(competitors.id, winnerId))
    .get();
  if (!found || found.deletedAt) {
    throw new ApiError('invalid_input', 'That competitor does not exist.', {
      winnerCompetitorId: 'Pick a competitor from the list',
    });
  }
}

export const debriefHandlers: HandlerMap<'debrief'> = {
  'debrief.get': (ctx, { caseId }) => ({
    case: getCase(ctx, caseId),
    reasons: readReasons(ctx, caseId),
    competitors: readCompetitors(ctx, caseId),
    criteria: readCriteria(ctx, caseId),
    people: readPeople(ctx, caseId),
    buyerSteps: readBuyerSteps(ctx, caseId),
    lessons: caseLessons(ctx, caseId),
  }),

  'debrief.close': (ctx, { caseId, outcome, closedOn, winnerCompetitorId }) => {
    const current = getLiveCase(ctx, caseId);
    assertWinner(ctx, outcome, winnerCompetitorId);
    assertClosedOn(ctx, current.openedOn, closedOn);
    ctx.sqlite.transaction(() => {
      // The winner was obviously met: recording it keeps head-to-head counts and the winner in step.
      if (winnerCompetitorId) {
        ensureChild(ctx, childSpecs.competitors, caseId, { key: winnerCompetitorId, values: [0, null] });
      }
      writeCase(ctx, caseId, {
        outcome,
        closedOn,
        winnerCompetitorId,
        debrief: current.debrief === 'none' ? 'pending' : current.debrief,
      });
    })();
    return getCase(ctx, caseId);
  },

  'debrief.reopen': (ctx, { caseId }) => {
    const current = getLiveCase(ctx, caseId);
    if (current.outcome === 'open') return current;
    // What was recorded stays; only a debrief not yet started stops being "pending" on an open case.
    return updateCase(ctx, caseId, {
      outcome: 'open',
      closedOn: null,
      winnerCompetitorId: null,
      debrief: current.debrief === 'pending' ? 'none' : current.debrief,
    });
  },

  'debrief.setReasons': (ctx, { caseId, reasons }) => {
    const items = reasons.map((r) => ({ key: r.reasonId, values: [sqlBool(r.isPrimary), r.evidence, r.confidence] }));
    replaceSet(ctx, childSpecs.reasons, caseId, items);
    return readReasons(ctx, caseId);
  },

  'debrief.setCompetitors': (ctx, { caseId, competitors: met }) => {
    const items = met.map((c) => ({ key: c.competitorId, values: [sqlBool(c.incumbent), c.priceMinor] }));
    replaceSet(ctx, childSpecs.competitors, caseId, items);
    return readCompetitors(ctx, caseId);
  },

  'debrief.setCriteria': (ctx, { caseId, criteria }) => {
    const items = criteria.map((c) => ({ key: c.criterionId, values: [c.importance, c.ourRating, c.rivalRating] }));
    replaceSet(ctx, childSpecs.criteria, caseId, items);
    return readCriteria(ctx, caseId);
  },

  'debrief.setPeople': (ctx, { caseId, people: involved }) => {
    const { accountId } = getLiveCase(ctx, caseId);
    const items = involved.map((p) => ({ key: p.personId, values: [sqlBool(p.reached)] }));
    replaceSet(ctx, childSpecs.people, caseId, items, () =>
      assertPeopleOfAccount(
        ctx,
        accountId,
        involved.map((p) => p.personId),
        (index) => `people.${index}.personId`,
      ),
    );
    // Its answer is the set it was given; the role in the case is debrief.get's (and people.setCaseRole's).
    return readPeople(ctx, caseId).map(({ personId, reached }) => ({ personId, reached }));
  },

  'debrief.setBuyerSteps': (ctx, { caseId, steps }) => {
    const items = steps.map((s) => ({ key: s.buyerStepId, values: [s.reachedOn] }));
    replaceSet(ctx, childSpecs.buyerSteps, caseId, items);
    return readBuyerSteps(ctx, caseId);
  },

  'debrief.progress': (ctx, { caseId, step }) => {
    const current = getLiveCase(ctx, caseId);
    if (current.debriefStep === step) return current;
    return updateCase(ctx, caseId, { debriefStep: step });
  },

  'debrief.finish': (ctx, { caseId }) => {
    const current = getLiveCase(ctx, caseId);
    if (current.outcome === 'open') {
      throw new ApiError('conflict', 'Close the case before finishing its debrief.');
    }
    if (current.debrief === 'done') return current;
    return updateCase(ctx, caseId, { debrief: 'done' });
  },
};
