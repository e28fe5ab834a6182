/**
 * The team's actions, planned before the cases run because they change how the cases go: six done 4–15 months
 * before today (against a competitor, on a criterion, for two segments, two for everyone), one open and one
 * overdue. A done action raises the win chance of the cases in its scope decided after its done date, and only
 * those, so the review has real, scope-specific effects of different sizes to find — large for the price and
 * security actions, modest for the Healthcare one, a nudge to decision-maker contact for the qualification
 * rule — and two that do nothing at all (the Retail template, the e-mail signature), on top of the team's
 * general upward trend (outcome.ts). Each action is linked to the lessons that prompted it.
 * Changes with: electron/review/loop.ts (how the review picks an action's cases).
 */
import type { ActionKind, ActionScope, ActionStatus, LessonKind, LessonTagKind } from '../../shared/domain/vocabulary';
import { monthsBefore } from './dates';
import type { Ratings } from './market';
import type { Random } from './random';
import type { CriterionName } from './vocabulary';
import type { World } from './world';

/** What an action's scope and effect look at in a case. */
export interface CaseTraits {
  competitors: string[];
  industry: string;
  importance: Ratings;
  /** Criteria that matter in the case (importance 3+): rated in its debrief. */
  rated: Set<CriterionName>;
}

/** What picks the lessons an action came from. */
export interface LessonTraits {
  kind: LessonKind;
  tagKind: LessonTagKind;
  /** Criterion or reason name, or buyer step position. */
  tag: string;
  competitors: string[];
  winner: string | null;
  industry: string;
}

export interface PlannedAction {
  id: string;
  title: string;
  kind: ActionKind;
  ownerId: string;
  status: ActionStatus;
  scope: ActionScope;
  /** Competitor or criterion id, or industry; null for 'all'. */
  scopeValue: string | null;
  createdDay: number;
  dueDay: number;
  doneDay: number | null;
  /** Log-odds on our win chance in the cases it affects, from the done day on. */
  lift: number;
  /** How much better buyers rate us on a criterion in those cases, from the done day on. */
  ratingLift: Partial<Ratings>;
  /** Added to the chance of reaching the decision maker, from the done day on. */
  reachDmLift: number;
  /** The cases its effect reaches: its scope, or the part of it where it matters most. */
  affects: (c: CaseTraits) => boolean;
  prompted: (l: LessonTraits) => boolean;
}

interface Spec {
  title: string;
  kind: ActionKind;
  owner: number;
  /** Done this many months before today, or open and due this many months from today (negative: overdue). */
  doneMonthsAgo?: number;
  dueInDays?: number;
  scope: ActionScope;
  value?: { competitor: string } | { criterion: CriterionName } | { industry: string };
  lift: number;
  ratingLift?: Partial<Ratings>;
  reachDmLift?: number;
  /** Narrows the effect within the scope. */
  where?: (c: CaseTraits) => boolean;
  prompted: (l: LessonTraits) => boolean;
}

const specs: Spec[] = [
  {
    title: 'Total-cost calculator for deals against Budgetly',
    kind: 'preventive',
    owner: 0,
    doneMonthsAgo: 12,
    scope: 'competitor',
    value: { competitor: 'Budgetly' },
    lift: 1.5,
    ratingLift: { Price: 0.5 },
    prompted: (l) => l.tag === 'Price' && l.kind === 'hurt',
  },
  {
    title: 'Security pack: ISO 27001 summary and pen-test report in every proposal',
    kind: 'preventive',
    owner: 1,
    doneMonthsAgo: 10,
    scope: 'criterion',
    value: { criterion: 'Security' },
    lift: 1.6,
    ratingLift: { Security: 0.9 },
    // The pack matters to buyers for whom security is a deciding criterion.
    where: (c) => c.importance.Security >= 4,
    prompted: (l) => l.tag === 'Security',
  },
  {
    title: 'Healthcare reference customers ready for every tender',
    kind: 'preventive',
    owner: 2,
    doneMonthsAgo: 14,
    scope: 'segment',
    value: { industry: 'Healthcare' },
    lift: 0.9,
    prompted: (l) => l.industry === 'Healthcare' && l.kind === 'hurt',
  },
  {
    title: 'Meet the decision maker before sending a proposal',
    kind: 'preventive',
    owner: 0,
    doneMonthsAgo: 15,
    scope: 'all',
    lift: 0,
    reachDmLift: 0.12,
    prompted: (l) => l.tag === 'Decision maker not reached',
  },
  {
    title: 'Shorter proposal template for Retail',
    kind: 'corrective',
    owner: 1,
    doneMonthsAgo: 9,
    scope: 'segment',
    value: { industry: 'Retail' },
    lift: 0,
    prompted: (l) => l.industry === 'Retail' && l.kind === 'hurt',
  },
  {
    title: 'New e-mail signature with our references',
    kind: 'preventive',
    owner: 0,
    doneMonthsAgo: 4,
    scope: 'all',
    lift: 0,
    prompted: (l) => l.tag === 'References',
  },
  {
    title: 'Sustainability report for public tenders',
    kind: 'preventive',
    owner: 2,
    dueInDays: 60,
    scope: 'criterion',
    value: { criterion: 'Sustainability' },
    lift: 0,
    prompted: (l) => l.tag === 'Sustainability',
  },
  {
    title: 'Refresh the Premier Systems battlecard for open cases',
    kind: 'corrective',
    owner: 1,
    dueInDays: -21,
    scope: 'competitor',
    value: { competitor: 'Premier Systems' },
    lift: 0,
    prompted: (l) => l.winner === 'Premier Systems',
  },
];

export function planActions(
  random: Random,
  world: World,
  criteria: Record<CriterionName, string>,
  today: number,
): PlannedAction[] {
  const competitorId = (name: string) => world.competitors.find((c) => c.spec.name === name)!.id;
  return specs.map((s) => {
    const value = s.value;
    let scopeValue: string | null = null;
    let inScope: (c: CaseTraits) => boolean = () => true;
    const where = s.where ?? (() => true);
    if (value && 'competitor' in value) {
      scopeValue = competitorId(value.competitor);
      inScope = (c) => c.competitors.includes(value.competitor);
    } else if (value && 'criterion' in value) {
      scopeValue = criteria[value.criterion];
      inScope = (c) => c.rated.has(value.criterion);
    } else if (value && 'industry' in value) {
      scopeValue = value.industry;
      inScope = (c) => c.industry === value.industry;
    }
    let doneDay: number | null = null;
    let createdDay: number;
    let dueDay: number;
    if (s.doneMonthsAgo !== undefined) {
      // Up to ten days later than the round month: never further back than the month says.
      doneDay = monthsBefore(today, s.doneMonthsAgo) + random.int(0, 10);
      createdDay = doneDay - random.int(30, 60);
      dueDay = doneDay + random.int(-5, 10);
    } else {
      dueDay = today + (s.dueInDays ?? 30);
      createdDay = Math.min(today - 10, dueDay - random.int(45, 90));
    }
    return {
      id: random.uuid(),
      title: s.title,
      kind: s.kind,
      ownerId: world.members[s.owner]!.id,
      status: doneDay === null ? 'open' : 'done',
      scope: s.scope,
      scopeValue,
      createdDay,
      dueDay,
      doneDay,
      lift: s.lift,
      ratingLift: s.ratingLift ?? {},
      reachDmLift: s.reachDmLift ?? 0,
      affects: (c) => inScope(c) && where(c),
      prompted: s.prompted,
    };
  });
}

/**
 * The lessons each action came from: of the lessons written before the action was, the (up to) three latest
 * its topic matches. Offered every lesson as the cases are simulated; keeps only a handful per action.
 */
export function createLessonLinker(actions: PlannedAction[]) {
  const kept = new Map<string, { lessonId: string; day: number }[]>(actions.map((a) => [a.id, []]));
  return {
    offer(lessonId: string, traits: LessonTraits, day: number): void {
      for (const a of actions) {
        if (day >= a.createdDay || !a.prompted(traits)) continue;
        const list = kept.get(a.id)!;
        list.push({ lessonId, day });
        // Latest first; ties keep the order offered, so the choice is as deterministic as the simulation.
        list.sort((x, y) => y.day - x.day);
        if (list.length > 3) list.pop();
      }
    },
    links(): { actionId: string; lessonId: string }[] {
      return actions.flatMap((a) => kept.get(a.id)!.map(({ lessonId }) => ({ actionId: a.id, lessonId })));
    },
  };
}
