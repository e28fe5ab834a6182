import { z } from 'zod';
import { closedOutcomes, outcomes } from '../domain/vocabulary';
import { ById, CurrencyCode, Day, Id, MinorUnits, Name, page, Timestamp } from './common';
import { method, mutation } from './define';

export const Outcome = z.enum(outcomes, { error: 'Pick an outcome' });
export const ClosedOutcome = z.enum(closedOutcomes, { error: 'Pick how the case ended' });

const Title = z
  .string()
  .trim()
  .min(1, { error: 'Give the case a title' })
  .max(200, { error: 'Keep it under 200 characters' });

const NextStep = z.string().trim().max(300, { error: 'Keep it under 300 characters' });

export const Case = z.object({
  id: Id,
  title: z.string(),
  accountId: Id,
  accountName: z.string(),
  offering: z.string().nullable(),
  valueMinor: z.int(),
  currency: z.string(),
  source: z.string().nullable(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  openedOn: Day,
  expectedCloseOn: Day.nullable(),
  closedOn: Day.nullable(),
  nextStep: z.string().nullable(),
  nextStepOn: Day.nullable(),
  stageId: Id.nullable(),
  stageName: z.string().nullable(),
  probability: z.int().nullable(),
  outcome: Outcome,
  winnerCompetitorId: Id.nullable(),
  debrief: z.enum(['none', 'pending', 'done']),
  debriefStep: z.int(),
  notes: z.string(),
  externalId: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Case = z.infer<typeof Case>;

/** The customer is either an existing account or a new name created on the spot (quick log). */
const AccountRef = {
  accountId: Id.optional(),
  accountName: Name.optional(),
};

const CaseFields = z.object({
  title: Title,
  ...AccountRef,
  offering: z.string().trim().max(200).nullable().default(null),
  valueMinor: MinorUnits.default(0),
  currency: CurrencyCode.optional(),
  source: z.string().trim().max(200).nullable().default(null),
  ownerId: Id.nullable().optional(),
  openedOn: Day.optional(),
  expectedCloseOn: Day.nullable().default(null),
  nextStep: NextStep.nullable().default(null),
  nextStepOn: Day.nullable().default(null),
  stageId: Id.nullable().default(null),
  probability: z.int().min(0, { error: '0–100' }).max(100, { error: '0–100' }).nullable().default(null),
  notes: z.string().max(20_000).default(''),
  externalId: z.string().trim().max(200).nullable().default(null),
});

export const CaseInput = CaseFields.refine((c) => c.accountId !== undefined || c.accountName !== undefined, {
  error: 'Name the customer',
  path: ['accountName'],
});
export type CaseInput = z.input<typeof CaseInput>;

/** Everything a person can edit directly; the outcome changes through the debrief (`debrief.close`). */
export const CasePatch = z
  .object({
    title: Title,
    ...AccountRef,
    offering: z.string().trim().max(200).nullable(),
    valueMinor: MinorUnits,
    currency: CurrencyCode,
    source: z.string().trim().max(200).nullable(),
    ownerId: Id.nullable(),
    openedOn: Day,
    expectedCloseOn: Day.nullable(),
    nextStep: NextStep.nullable(),
    nextStepOn: Day.nullable(),
    stageId: Id.nullable(),
    probability: z.int().min(0, { error: '0–100' }).max(100, { error: '0–100' }).nullable(),
    notes: z.string().max(20_000),
    externalId: z.string().trim().max(200).nullable(),
  })
  .partial();

export const caseSortKeys = [
  'updatedAt',
  'title',
  'accountName',
  'valueMinor',
  'outcome',
  'openedOn',
  'closedOn',
  'stageName',
  'expectedCloseOn',
  'nextStepOn',
] as const;

export const CaseListInput = z.object({
  query: z.string().trim().max(200).optional(),
  outcome: Outcome.optional(),
  ownerId: Id.optional(),
  accountId: Id.optional(),
  competitorId: Id.optional(),
  /** Period: cases opened or closed inside [from, to]. */
  from: Day.optional(),
  to: Day.optional(),
  debriefPending: z.boolean().optional(),
  /** `true` lists the trash (deleted cases) instead of live ones. */
  trash: z.boolean().default(false),
  sort: z.enum(caseSortKeys).default('updatedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type CaseListInput = z.input<typeof CaseListInput>;

export const casesApi = {
  'cases.list': method(
    'One page of cases, filtered and sorted, with the total that matches.',
    CaseListInput,
    page(Case),
  ),
  'cases.get': method('One case by id, including a deleted one (so the trash can show it).', ById, Case),
  'cases.create': mutation(
    'Log a new case; a customer named but not yet known becomes a new account.',
    CaseInput,
    Case,
    ['cases', 'accounts'],
  ),
  'cases.update': mutation(
    'Change some fields of a case; fields left out stay as they are.',
    z.object({ id: Id, patch: CasePatch }),
    Case,
    ['cases', 'accounts'],
  ),
  'cases.delete': mutation('Move a case to the trash; `cases.restore` undoes it.', ById, Case, ['cases']),
  'cases.restore': mutation('Bring a case back from the trash.', ById, Case, ['cases']),
};
