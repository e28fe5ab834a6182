/** Team members, accounts, competitors, the configurable vocabularies and this file's settings. */
import { z } from 'zod';
import { reasonKinds, sizeBands } from '../domain/vocabulary';
import { ById, CurrencyCode, Empty, Id, Name, Timestamp } from './common';
import { method } from './define';

export const TeamMember = z.object({ id: Id, name: z.string(), isMe: z.boolean() });
export type TeamMember = z.infer<typeof TeamMember>;

export const Account = z.object({
  id: Id,
  name: z.string(),
  industry: z.string().nullable(),
  sizeBand: z.enum(sizeBands).nullable(),
  region: z.string().nullable(),
  openCases: z.int(),
  closedCases: z.int(),
});
export type Account = z.infer<typeof Account>;
const AccountFields = {
  name: Name,
  industry: z.string().trim().max(100).nullable(),
  sizeBand: z.enum(sizeBands).nullable(),
  region: z.string().trim().max(100).nullable(),
};
export const AccountInput = z.object({
  ...AccountFields,
  industry: AccountFields.industry.default(null),
  sizeBand: AccountFields.sizeBand.default(null),
  region: AccountFields.region.default(null),
});
/** No defaults here: zod's `.partial()` keeps them, and a patch must leave unnamed fields alone. */
export const AccountPatch = z.object(AccountFields).partial();

export const Competitor = z.object({ id: Id, name: z.string(), notes: z.string() });
export type Competitor = z.infer<typeof Competitor>;
export const CompetitorInput = z.object({ name: Name, notes: z.string().max(5000).default('') });

export const Stage = z.object({ id: Id, name: z.string(), position: z.int(), winProbability: z.int().nullable() });
export const BuyerStep = z.object({ id: Id, name: z.string(), position: z.int() });
export const Criterion = z.object({ id: Id, name: z.string(), position: z.int() });
export const Reason = z.object({
  id: Id,
  categoryId: Id,
  name: z.string(),
  kind: z.enum(reasonKinds),
  criterionId: Id.nullable(),
});
export const ReasonCategory = z.object({ id: Id, name: z.string(), position: z.int(), reasons: z.array(Reason) });
export type Stage = z.infer<typeof Stage>;
export type BuyerStep = z.infer<typeof BuyerStep>;
export type Criterion = z.infer<typeof Criterion>;
export type Reason = z.infer<typeof Reason>;
export type ReasonCategory = z.infer<typeof ReasonCategory>;

/** Every list a form needs, in one call, so the UI never shows a half-loaded select. */
export const Vocabulary = z.object({
  team: z.array(TeamMember),
  competitors: z.array(Competitor),
  stages: z.array(Stage),
  buyerSteps: z.array(BuyerStep),
  criteria: z.array(Criterion),
  reasonCategories: z.array(ReasonCategory),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

export const vocabularyLists = ['stages', 'buyerSteps', 'criteria', 'reasonCategories'] as const;
export const VocabItemInput = z.object({
  list: z.enum(vocabularyLists),
  id: Id.optional(),
  name: Name,
  position: z.int().min(0).optional(),
  winProbability: z.int().min(0).max(100).nullable().optional(),
});
export const ReasonInput = z.object({
  id: Id.optional(),
  categoryId: Id,
  name: Name,
  kind: z.enum(reasonKinds),
  criterionId: Id.nullable().default(null),
});

export const Settings = z.object({
  currency: CurrencyCode,
  /** Does "lost to no decision" count as a loss in the win rate? */
  countNoDecision: z.boolean(),
  firstRunDone: z.boolean(),
  meId: Id.nullable(),
  teamName: z.string(),
  /** Set on sample databases so the UI can say so and never mix them with real data. */
  isSample: z.boolean(),
  updatedAt: Timestamp.nullable(),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsPatch = z
  .object({
    currency: CurrencyCode,
    countNoDecision: z.boolean(),
    firstRunDone: z.boolean(),
    teamName: z.string().trim().max(200),
  })
  .partial();

export const referenceApi = {
  'vocab.get': method(
    'Team, competitors, stages, buyer steps, criteria and reasons: every list a form needs.',
    Empty,
    Vocabulary,
  ),
  'vocab.save': method(
    'Add or rename an item of a configurable list (stages, buyer steps, criteria, reason categories).',
    VocabItemInput,
    ById,
  ),
  'vocab.remove': method(
    'Remove an item of a configurable list; cases that used it keep their history.',
    z.object({ list: z.enum(vocabularyLists), id: Id }),
    ById,
  ),
  'reasons.save': method('Add or change a reason in the taxonomy.', ReasonInput, Reason),
  'team.save': method('Add or rename a team member.', z.object({ id: Id.optional(), name: Name }), TeamMember),
  'accounts.list': method(
    'Customer accounts, by name, with their open and closed case counts.',
    z.object({ query: z.string().trim().max(200).optional() }),
    z.array(Account),
  ),
  'accounts.get': method('One customer account.', ById, Account),
  'accounts.create': method('Add a customer account.', AccountInput, Account),
  'accounts.update': method(
    'Change an account; fields left out stay as they are.',
    z.object({ id: Id, patch: AccountPatch }),
    Account,
  ),
  'competitors.save': method('Add or change a competitor.', CompetitorInput.extend({ id: Id.optional() }), Competitor),
  'settings.get': method("This file's settings.", Empty, Settings),
  'settings.update': method('Change some settings.', SettingsPatch, Settings),
  'setup.complete': method(
    'Finish the first-run start: who I am, the team name and the currency.',
    z.object({ myName: Name, teamName: z.string().trim().max(200).default(''), currency: CurrencyCode }),
    Settings,
  ),
};
