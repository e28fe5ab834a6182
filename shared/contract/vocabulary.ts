/** The configurable lists (stages, buyer steps, criteria, reasons) and the one call that loads every list a form needs. */
import { z } from 'zod';
import { reasonKinds } from '../domain/vocabulary';
import { ById, Empty, Id, Name } from './common';
import { method, mutation } from './define';
import { Competitor, TeamMember } from './team';

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

export const vocabularyApi = {
  'vocab.get': method(
    'Team, competitors, stages, buyer steps, criteria and reasons: every list a form needs.',
    Empty,
    Vocabulary,
  ),
  'vocab.save': mutation(
    'Add or rename an item of a configurable list (stages, buyer steps, criteria, reason categories).',
    VocabItemInput,
    ById,
    ['vocabulary'],
  ),
  'vocab.remove': mutation(
    'Remove an item of a configurable list; cases that used it keep their history.',
    z.object({ list: z.enum(vocabularyLists), id: Id }),
    ById,
    ['vocabulary'],
  ),
  'vocab.reorder': mutation(
    'Put the live items of a configurable list in this order (every live item once).',
    z.object({ list: z.enum(vocabularyLists), ids: z.array(Id).min(1).max(200) }),
    z.object({ ids: z.array(Id) }),
    ['vocabulary'],
  ),
  'reasons.save': mutation('Add or change a reason in the taxonomy.', ReasonInput, Reason, ['vocabulary']),
};
