/**
 * What happened in one simulated case, before any row is written: who, what, how much, which competitors,
 * what the buyer weighed, who we reached, how far the buyer's steps went, when it was decided and how it
 * ended, and how far the seller's own stage got. Rows are derived from these facts (cases.ts, contacts.ts,
 * debrief.ts), so they all tell the same story.
 */
import type { DebriefState, Outcome } from '../../shared/domain/vocabulary';
import type { CaseTraits, PlannedAction } from './actions';
import { offerings, sizeEffects, sources, type Offering, type Ratings } from './market';
import { actionsAt, closedOutcome, experience, pickWinner, type Odds } from './outcome';
import type { Random } from './random';
import { HISTORY_DAYS, type Slot } from './schedule';
import { criterionNames } from './vocabulary';
import type { Account, CompetitorEntity, Member, World } from './world';

export interface CaseFacts {
  account: Account;
  owner: Member;
  offering: Offering;
  source: string;
  valueMinor: number;
  openedDay: number;
  /** When the buyer (planned to) decide. */
  decisionDay: number;
  closedDay: number | null;
  outcome: Outcome;
  met: CompetitorEntity[];
  incumbent: CompetitorEntity | null;
  /** Who won when we lost (null: us, or a rival nobody recorded). */
  winner: CompetitorEntity | null;
  /** Whose ratings the debrief compares with ours: the winner, or the strongest competitor when we won. */
  rival: CompetitorEntity | null;
  importance: Ratings;
  traits: CaseTraits;
  odds: Odds;
  /** How much better buyers rate us per criterion thanks to done actions. */
  ratingLift: Partial<Ratings>;
  /** Buyer steps recorded: the first `steps` of the list. */
  steps: number;
  /** Seller stage reached (position 0–3). */
  stage: number;
  debrief: DebriefState;
  debriefDay: number | null;
  /** The latest day anything happened: the case's updated_at. */
  lastDay: number;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** How many stakeholders besides the decision maker a case reaches. */
const othersReachedShares = [
  [0, 0.2],
  [1, 0.35],
  [2, 0.3],
  [3, 0.15],
] as const;

/** How many of the buyer's first four steps (need … evaluation) they take with us before deciding. */
const engagementShares = [
  [1, 0.12],
  [2, 0.25],
  [3, 0.35],
  [4, 0.28],
] as const;

const offeringShares = offerings.map((o) => [o, o.share] as const);

function metCompetitors(random: Random, world: World, account: Account): CompetitorEntity[] {
  const met = world.competitors.filter((c) =>
    random.chance(c.spec.presence * (account.segment.competitorAffinity[c.spec.name] ?? 1)),
  );
  return met.length > 3 ? random.sample(met, 3) : met;
}

function importanceOf(random: Random, account: Account): Ratings {
  const out = {} as Ratings;
  for (const k of criterionNames)
    out[k] = clamp(Math.round(account.segment.importance[k] + random.normal() * 0.8), 1, 5);
  return out;
}

function strongest(met: CompetitorEntity[]): CompetitorEntity | null {
  return met.reduce<CompetitorEntity | null>(
    (best, c) => (best === null || c.spec.edge < best.spec.edge ? c : best),
    null,
  );
}

/** Seller stage at close: won cases reached negotiation; lost ones stopped about where the buyer did. */
function closedStage(random: Random, outcome: Outcome, engagement: number): number {
  if (outcome === 'won') return random.chance(0.85) ? 3 : 2;
  if (outcome === 'withdrawn') return random.int(0, 1);
  return clamp(engagement - 1 + random.int(-1, 1), 0, 3);
}

function debriefOf(random: Random, outcome: Outcome, closedDay: number, today: number): DebriefState {
  if (outcome === 'unknown') return random.chance(0.5) ? 'none' : 'pending';
  // Recently closed cases are still waiting for their debrief more often than old ones.
  const pending = today - closedDay < 21 ? 0.5 : 0.08;
  return random.chance(pending) ? 'pending' : 'done';
}

export function simulateFacts(
  random: Random,
  world: World,
  actions: PlannedAction[],
  slot: Slot,
  today: number,
): CaseFacts {
  const account = world.accounts[slot.account]!;
  const owner = world.members[random.chance(0.85) ? account.seller : random.int(0, world.members.length - 1)]!;
  const offering = random.weighted(offeringShares);
  const size = sizeEffects[account.sizeBand];
  const eur = offering.medianEur * size.value * Math.exp(0.6 * random.normal());
  const valueMinor = Math.max(5, Math.round(eur / 100)) * 100_00;
  const openedDay = slot.openedDay;
  const plannedDays = clamp(Math.round(offering.medianDays * size.days * Math.exp(0.45 * random.normal())), 10, 400);
  const decisionDay = openedDay + plannedDays;

  const met = metCompetitors(random, world, account);
  const incumbent = met.find((c) => random.chance(c.spec.incumbent)) ?? null;
  const importance = importanceOf(random, account);
  const traits: CaseTraits = {
    competitors: met.map((c) => c.spec.name),
    industry: account.segment.industry,
    importance,
    rated: new Set(criterionNames.filter((k) => importance[k] >= 3)),
  };
  const done = actionsAt(actions, traits, decisionDay);
  const ratingLift: Partial<Ratings> = {};
  for (const a of done) Object.assign(ratingLift, a.ratingLift);
  const dmLift = done.reduce((t, a) => t + a.reachDmLift, 0);
  const reachedDm = random.chance(clamp(owner.seller.reachesDecisionMaker + size.reachDm + dmLift, 0.05, 0.95));
  const odds: Odds = {
    skill: owner.seller.skill + experience(decisionDay, today - HISTORY_DAYS),
    met: met.map((c) => c.spec),
    hasIncumbent: incumbent !== null,
    importance,
    reachedDm,
    othersReached: random.weighted(othersReachedShares),
    faceToFace: random.chance(reachedDm ? 0.65 : 0.45),
    engagement: random.weighted(engagementShares),
  };
  const source = random.weighted(sources);
  const known = {
    account,
    owner,
    offering,
    source,
    valueMinor,
    openedDay,
    decisionDay,
    met,
    incumbent,
    importance,
    traits,
    odds,
    ratingLift,
  };

  // Still open: not decided yet, or (one in seven of the last year's) stalled past its planned date.
  const stalled = decisionDay < today && openedDay >= today - 365 && random.chance(0.15);
  if (decisionDay >= today || stalled) {
    const progress = clamp((today - openedDay) / (decisionDay - openedDay), 0, 1);
    // A stalled buyer stopped part-way; a live one has come as far as the time elapsed.
    const steps = Math.round((stalled ? random.float() : progress) * odds.engagement);
    // One seller in four runs their stage ahead of the buyer: what the review flags as at risk.
    const optimistic = random.chance(0.25);
    const stage = clamp(Math.floor(progress * 3.2) + (optimistic ? random.int(1, 2) : 0), 0, 3);
    const lastDay = Math.min(today - 1, openedDay + Math.round(progress * (decisionDay - openedDay)));
    return {
      ...known,
      closedDay: null,
      outcome: 'open',
      winner: null,
      rival: null,
      steps,
      stage,
      debrief: 'none',
      debriefDay: null,
      lastDay: stalled ? openedDay + Math.round((lastDay - openedDay) * 0.4) : lastDay,
    };
  }

  const lift = done.reduce((t, a) => t + a.lift, 0);
  const outcome = closedOutcome(random, odds, lift);
  const winner = outcome === 'lost' ? pickWinner(random, met, importance) : null;
  const rival = outcome === 'lost' ? winner : outcome === 'won' ? strongest(met) : null;
  const e = odds.engagement;
  // Won: the buyer went all the way with us. Lost: sometimes we saw them decide, often we lost sight earlier.
  let steps = e;
  if (outcome === 'won') steps = 6;
  else if (outcome === 'lost' && random.chance(0.35)) steps = 5;
  else if (outcome === 'withdrawn') steps = Math.min(e, 2);
  const debrief = debriefOf(random, outcome, decisionDay, today);
  const debriefDay = debrief === 'done' ? Math.min(today - 1, decisionDay + random.int(0, 14)) : null;
  return {
    ...known,
    closedDay: decisionDay,
    outcome,
    winner,
    rival,
    steps,
    stage: closedStage(random, outcome, e),
    debrief,
    debriefDay,
    lastDay: debriefDay ?? decisionDay,
  };
}
