/**
 * One simulated case as rows: the case itself (stage, value, dates, outcome, debrief state), the buyer steps
 * it reached with their dates, the competitors met (with the price they quoted, when known), the people and
 * interactions (contacts.ts) and the debrief (debrief.ts). Timestamps follow the story: created when the case
 * opened, updated at its last event; a child row is stamped when it would have been entered.
 */
import { debriefSteps } from '../../shared/contract/debrief';
import type { LessonTraits, PlannedAction } from './actions';
import { caseContacts } from './contacts';
import { dayString, stampOn } from './dates';
import { simulateDebrief } from './debrief';
import { simulateFacts, type CaseFacts } from './facts';
import type { Random } from './random';
import type { CaseRows } from './rows';
import type { Slot } from './schedule';
import type { Vocabulary } from './vocabulary';
import type { World } from './world';

export interface SimulationContext {
  world: World;
  vocab: Vocabulary;
  actions: PlannedAction[];
  today: number;
}

export interface SimulatedCase {
  rows: CaseRows;
  /** Per lesson row, what an action may have been prompted by. */
  lessonTraits: LessonTraits[];
  /** The day its lessons were written (null when it has none). */
  debriefDay: number | null;
}

/** Quoted prices relative to ours: what buyers tell us when they tell us. */
const priceFactor: Record<string, number> = { Budgetly: 0.75, 'Premier Systems': 1.2, 'Fortis Secure': 1.1 };

function title(random: Random, f: CaseFacts): string {
  const what = random.pick(f.offering.titles);
  return `${f.account.shortName} ${what}`;
}

function probability(random: Random, f: CaseFacts, vocab: Vocabulary): number | null {
  // Sellers put their own probability on most open cases, rounded as people do.
  const stageDefault = vocab.stages[f.stage]!.winProbability;
  if (f.outcome !== 'open' || stageDefault === null || !random.chance(0.65)) return null;
  return Math.min(95, Math.max(5, stageDefault + 5 * random.int(-2, 2)));
}

function buyerSteps(random: Random, f: CaseFacts, vocab: Vocabulary): CaseRows['buyerSteps'] {
  const end = f.closedDay ?? f.lastDay;
  const rows: CaseRows['buyerSteps'] = [];
  for (let i = 0; i < f.steps; i++) {
    // Spread from the opening to the last event; the last step lands on it (a won case's contract on its close).
    const day = f.openedDay + Math.round(((i + 1) / f.steps) * (end - f.openedDay));
    rows.push({
      id: random.uuid(),
      createdAt: stampOn(day, random),
      buyerStepId: vocab.buyerSteps[i]!,
      reachedOn: dayString(day),
    });
  }
  return rows;
}

function competitors(random: Random, f: CaseFacts): CaseRows['competitors'] {
  return f.met.map((c) => {
    const day = Math.min(f.lastDay, f.openedDay + random.int(0, 20));
    const factor = (priceFactor[c.spec.name] ?? 1) * (0.9 + 0.2 * random.float());
    return {
      id: random.uuid(),
      createdAt: stampOn(day, random),
      competitorId: c.id,
      incumbent: c === f.incumbent,
      priceMinor: random.chance(0.4) ? Math.round((f.valueMinor * factor) / 100_00) * 100_00 : null,
    };
  });
}

export function simulateCase(random: Random, ctx: SimulationContext, slot: Slot): SimulatedCase {
  const f = simulateFacts(random, ctx.world, ctx.actions, slot, ctx.today);
  const createdAt = stampOn(f.openedDay, random);
  const contacts = caseContacts(random, f);
  const debrief = simulateDebrief(random, f, ctx.vocab, contacts.championReached);
  const rows: CaseRows = {
    case: {
      id: random.uuid(),
      createdAt,
      updatedAt: f.lastDay > f.openedDay ? stampOn(f.lastDay, random) : createdAt,
      title: title(random, f),
      accountId: f.account.id,
      offering: f.offering.name,
      valueMinor: f.valueMinor,
      source: f.source,
      ownerId: f.owner.id,
      openedOn: dayString(f.openedDay),
      expectedCloseOn: dayString(f.decisionDay),
      closedOn: f.closedDay === null ? null : dayString(f.closedDay),
      stageId: ctx.vocab.stages[f.stage]!.id,
      probability: probability(random, f, ctx.vocab),
      outcome: f.outcome,
      winnerCompetitorId: f.winner?.id ?? null,
      debrief: f.debrief,
      // A done debrief went through every step; a pending one stopped part-way.
      debriefStep: f.debrief === 'done' ? debriefSteps.length - 1 : f.debrief === 'pending' ? random.int(0, 3) : 0,
      notes: '',
    },
    buyerSteps: buyerSteps(random, f, ctx.vocab),
    competitors: competitors(random, f),
    criteria: debrief.criteria,
    reasons: debrief.reasons,
    people: contacts.people,
    interactions: contacts.interactions,
    lessons: debrief.lessons,
  };
  return { rows, lessonTraits: debrief.lessonTraits, debriefDay: f.debriefDay };
}
