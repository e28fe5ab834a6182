/**
 * The learning summary: the closed-loop review for a scope and period, organised around the four questions.
 * The same object is what `cli summary --json` prints and what the review screen shows.
 * Every rate carries n and a 90 % Wilson score interval (shared/stats/wilson.ts).
 */
import { z } from 'zod';
import { Conversion } from './rates';
import { actionKinds, actionScopes, actionStatuses, evidenceSources } from '../domain/vocabulary';
import { Day, dayValue, Id } from './common';
import { method } from './define';

export const Interval = z.object({
  won: z.int(),
  lost: z.int(),
  /** Closed cases the rate is over (won + lost, plus no decision when that setting is on). */
  n: z.int(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
});
export type Interval = z.infer<typeof Interval>;

export const WinRate = z.object({
  won: z.int(),
  lost: z.int(),
  noDecision: z.int(),
  closed: z.int(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
  confidence: z.number(),
});
export type WinRate = z.infer<typeof WinRate>;

export const verdicts = ['improved', 'worse', 'no_clear_change', 'not_enough_cases'] as const;
export const Comparison = z.object({
  verdict: z.enum(verdicts),
  /** The test used for the verdict, named so the text can say which. */
  test: z.string(),
  pValue: z.number().nullable(),
  difference: z.object({ estimate: z.number().nullable(), low: z.number(), high: z.number() }),
  sentence: z.string(),
});
export type Comparison = z.infer<typeof Comparison>;

const DayRange = z.object({ from: Day, to: Day });

export const ReviewScope = z.object({
  from: Day.optional(),
  to: Day.optional(),
  ownerId: Id.optional(),
  /** Account industry. */
  segment: z.string().trim().max(200).optional(),
  offering: z.string().trim().max(200).optional(),
  competitorId: Id.optional(),
});
export type ReviewScope = z.infer<typeof ReviewScope>;

/** What `review.summary` accepts: a scope whose period, when both ends are given, does not run backwards. */
export const ReviewRequest = ReviewScope.refine(
  (scope) => !scope.from || !scope.to || dayValue(scope.from) <= dayValue(scope.to),
  { error: 'Must be on or after the start of the period', path: ['to'] },
);

const Factor = z.object({
  factor: z.string(),
  won: z.number().nullable(),
  lost: z.number().nullable(),
  wonN: z.int(),
  lostN: z.int(),
  unit: z.enum(['share', 'count', 'days']),
  sentence: z.string(),
});

export const Summary = z.object({
  scope: ReviewScope.extend({ from: Day, to: Day }),
  /** The period before, as long as this one: it may start before 1900 when this one starts there. */
  previous: z.object({ from: z.iso.date(), to: z.iso.date() }),
  generatedAt: z.string(),
  countNoDecision: z.boolean(),
  currency: z.string(),
  /** Q1: how do I win? */
  winRate: WinRate,
  previousWinRate: WinRate,
  versusPrevious: Comparison,
  valueWeighted: z.object({
    wonMinor: z.int(),
    closedMinor: z.int(),
    rate: z.number().nullable(),
    currency: z.string(),
    cases: z.int(),
    /** The rates that converted other currencies (at each case's decision day), and the cases without one. */
    conversion: Conversion,
  }),
  byQuarter: z.array(z.object({ quarter: z.string(), from: Day, to: Day }).extend(Interval.shape)),
  winFactors: z.array(Factor),
  /** Q2: how do I stand out? */
  byCompetitor: z.array(
    z.object({
      competitorId: Id,
      competitor: z.string(),
      met: z.int(),
      won: z.int(),
      lost: z.int(),
      rate: z.number().nullable(),
      low: z.number(),
      high: z.number(),
    }),
  ),
  criteriaVsCompetitor: z.array(
    z.object({
      competitorId: Id,
      competitor: z.string(),
      criterionId: Id,
      criterion: z.string(),
      cases: z.int(),
      weightedGap: z.number(),
    }),
  ),
  battlecards: z.array(
    z.object({
      competitorId: Id,
      competitor: z.string(),
      summary: z.string(),
      whyWeWin: z.array(z.object({ reason: z.string(), count: z.int() })),
      whyWeLose: z.array(z.object({ reason: z.string(), count: z.int() })),
      theirStrengths: z.array(z.object({ criterion: z.string(), weightedGap: z.number() })),
      lessons: z.array(z.object({ text: z.string(), kind: z.string(), caseTitle: z.string() })),
    }),
  ),
  /** Q3: what do lost cases teach? */
  lossReasons: z.array(
    z.object({
      category: z.string(),
      reason: z.string(),
      count: z.int(),
      share: z.number(),
      cumulative: z.number(),
      evidence: z.record(z.enum(evidenceSources), z.int()),
    }),
  ),
  lossCategories: z.array(
    z.object({ category: z.string(), count: z.int(), share: z.number(), cumulative: z.number() }),
  ),
  stalls: z.array(z.object({ stage: z.string(), buyerStep: z.string(), count: z.int() })),
  noDecision: z.object({ count: z.int(), closed: z.int(), share: z.number().nullable() }),
  lessonTags: z.array(z.object({ tag: z.string(), kind: z.string(), worked: z.int(), hurt: z.int() })),
  /** Q4: which weaknesses do I eliminate? */
  criteriaGaps: z.array(
    z.object({
      criterionId: Id,
      criterion: z.string(),
      cases: z.int(),
      weightedGap: z.number(),
      actions: z.array(z.object({ id: Id, title: z.string(), status: z.enum(actionStatuses) })),
      sentence: z.string(),
    }),
  ),
  /**
   * The loop closes: each done action's effect. Inside its scope, the win rate in equal windows before and after
   * its done date (cases decided on that day count in neither), set against the other cases over the same
   * windows ('comparison': difference in differences) or, with nothing to compare with, against the change over
   * the window before ('trend'). shared/stats/effect.ts.
   */
  actions: z.array(
    z.object({
      id: Id,
      title: z.string(),
      kind: z.enum(actionKinds),
      scope: z.enum(actionScopes),
      scopeLabel: z.string(),
      doneAt: Day,
      method: z.enum(['comparison', 'trend']),
      /** Days in each window (at most 365), and the windows themselves. */
      windowDays: z.int(),
      windows: z.object({ prior: DayRange, before: DayRange, after: DayRange }),
      /** Inside the scope. */
      before: Interval,
      after: Interval,
      /** Inside the scope, the window before `before`: the trend the 'trend' method sets the change against. */
      prior: Interval,
      /** The cases outside the scope over the same windows; null for an action on all cases. */
      elsewhere: z.object({ before: Interval, after: Interval }).nullable(),
      /** after − before inside the scope. */
      change: z.number().nullable(),
      /** What that change is set against: the change elsewhere, or the change over the window before. */
      expectedChange: z.number().nullable(),
      /** change − expectedChange, with its 90 % interval. */
      effect: z.object({ estimate: z.number().nullable(), low: z.number(), high: z.number() }),
      verdict: z.enum(verdicts),
      /** The method behind the interval, by name. */
      test: z.string(),
      sentence: z.string(),
      /** The interval in plain words ("90 % sure …"); '' when there are not enough cases. */
      interval: z.string(),
      /** The "How this is computed" note: method, windows and test names. */
      howComputed: z.string(),
    }),
  ),
  pipeline: z.object({
    openCases: z.int(),
    openValueMinor: z.int(),
    /** Open value × each stage's learned win rate (the overall rate where a stage has too few cases). */
    weightedForecastMinor: z.int(),
    /** Open value × the stages' default probabilities (Settings); null when no stage has one. */
    defaultForecastMinor: z.int().nullable(),
    /** Only the open cases whose seller entered a probability: their value × that probability; null if none. */
    sellerForecastMinor: z.int().nullable(),
    /** How many open cases (settings currency) carry the seller's own probability, and their value. */
    sellerEntered: z.object({ cases: z.int(), valueMinor: z.int() }),
    /** Open cases' values converted at today's rates; the cases without a rate are left out of the values. */
    conversion: Conversion,
    /** The closed cases the stage rates are learned from: every counted case closed up to the period's end. */
    history: z.object({ from: Day.nullable(), to: Day, cases: z.int() }),
    stages: z.array(
      z.object({
        stageId: Id,
        stage: z.string(),
        reached: z.int(),
        won: z.int(),
        rate: z.number().nullable(),
        low: z.number(),
        high: z.number(),
        /** False below the fewest cases a learned rate needs: the forecast then uses the overall rate. */
        enough: z.boolean(),
        /** The stage's default probability from Settings (a guess, labelled as such), 0–1. */
        defaultProbability: z.number().nullable(),
        /** Mean of the probabilities sellers entered on this stage's open cases, 0–1; null when none did. */
        sellerProbability: z.number().nullable(),
        sellerCases: z.int(),
        sentence: z.string(),
      }),
    ),
    atRisk: z.array(
      z.object({
        caseId: Id,
        title: z.string(),
        account: z.string(),
        valueMinor: z.int(),
        /** The case's own currency: the list shows each value as entered. */
        currency: z.string(),
        reasons: z.array(z.string()),
      }),
    ),
  }),
  /** Per seller (coaching): each member's win rate, and the few factors where they differ from the rest. */
  sellers: z.array(
    z.object({
      ownerId: Id.nullable(),
      name: z.string(),
      won: z.int(),
      n: z.int(),
      rate: z.number().nullable(),
      low: z.number(),
      high: z.number(),
      verdict: z.enum(verdicts),
      differences: z.array(
        z.object({
          factor: z.string(),
          member: z.number(),
          rest: z.number(),
          unit: z.enum(['share', 'count', 'days']),
          sentence: z.string(),
        }),
      ),
      sentence: z.string(),
    }),
  ),
  /** What a point of win rate is worth a year at this period's pace; null when no counted case has a value. */
  pointValue: z
    .object({
      currency: z.string(),
      cases: z.int(),
      casesPerYear: z.number(),
      meanValueMinor: z.number(),
      onePoint: z.object({ estimateMinor: z.number(), lowMinor: z.number(), highMinor: z.number() }),
      fivePoints: z.object({ estimateMinor: z.number(), lowMinor: z.number(), highMinor: z.number() }),
      sentence: z.string(),
      /** The value-weighted rate's: the same cases. */
      conversion: Conversion,
    })
    .nullable(),
  loopHealth: z.object({
    closed: z.int(),
    withDebrief: z.int(),
    withReasons: z.int(),
    withCriteria: z.int(),
    withStakeholders: z.int(),
    withLessons: z.int(),
    actionsOpen: z.int(),
    actionsOverdue: z.int(),
  }),
  /** Plain sentences per question, for the screen, the report and a projector. */
  findings: z.object({
    win: z.array(z.string()),
    standOut: z.array(z.string()),
    lost: z.array(z.string()),
    weaknesses: z.array(z.string()),
    loop: z.array(z.string()),
  }),
});
export type Summary = z.infer<typeof Summary>;

export const reviewApi = {
  'review.summary': {
    ...method(
      'The learning summary for a scope and period (default: the last 12 months), compared with the period before.',
      ReviewRequest,
      Summary,
    ),
    derived: true,
  },
};
