/**
 * The configurable vocabulary the sample refers to (stages, buyer steps, criteria, reasons), read by name from
 * the freshly migrated file: migration 0001 seeds it, and reading it back keeps the sample in step with
 * whatever that migration (or a later one) says rather than with a copy of its ids.
 * Changes with: migrations/0001_cases_debrief_people_learning.sql (the seeded names).
 */
import type Database from 'better-sqlite3';

export const criterionNames = ['Price', 'Strategy fit', 'Quality', 'Brand', 'Security', 'Sustainability'] as const;
export type CriterionName = (typeof criterionNames)[number];

export const reasonNames = [
  'Price',
  'Strategy fit',
  'Quality',
  'Brand',
  'Security',
  'Sustainability',
  'No budget',
  'Timing',
  'Lost to status quo',
  'Decision maker not reached',
  'Came in late',
  'Early involvement',
  'Strong champion',
  'Relationship with the buyer',
  'Incumbent advantage',
  'References',
] as const;
export type ReasonName = (typeof reasonNames)[number];

/** Seller stages in order (Lead, Qualified, Proposal, Negotiation) with their default probability. */
export interface Stage {
  id: string;
  position: number;
  winProbability: number | null;
}

export interface Vocabulary {
  stages: Stage[];
  /** Buyer steps in order: need recognised … contract. */
  buyerSteps: string[];
  criteria: Record<CriterionName, string>;
  reasons: Record<ReasonName, string>;
}

function byName<N extends string>(sqlite: Database.Database, table: string, names: readonly N[]): Record<N, string> {
  const rows = sqlite.prepare(`select id, name from ${table} where deleted_at is null`).all() as {
    id: string;
    name: string;
  }[];
  const ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  const missing = names.filter((n) => !(n in ids));
  if (missing.length) throw new Error(`The database has no ${table} named ${missing.join(', ')}.`);
  return ids as Record<N, string>;
}

export function readVocabulary(sqlite: Database.Database): Vocabulary {
  const stages = sqlite
    .prepare(
      'select id, position, win_probability as winProbability from stages where deleted_at is null order by position',
    )
    .all() as Stage[];
  const buyerSteps = (
    sqlite.prepare('select id from buyer_steps where deleted_at is null order by position').all() as { id: string }[]
  ).map((r) => r.id);
  // The simulation walks four stages and six buyer steps; a different list would need a different story.
  if (stages.length !== 4 || buyerSteps.length !== 6) {
    throw new Error(`Expected 4 stages and 6 buyer steps, found ${stages.length} and ${buyerSteps.length}.`);
  }
  return {
    stages,
    buyerSteps,
    criteria: byName(sqlite, 'criteria', criterionNames),
    reasons: byName(sqlite, 'reasons', reasonNames),
  };
}
