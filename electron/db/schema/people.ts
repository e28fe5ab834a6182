/** Customer stakeholders, who on our side knows them, and how they took part in cases. */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  attitudes,
  buyingRoles,
  channels,
  levels,
  networkRoles,
  personSides,
  visibilities,
} from '../../../shared/domain/vocabulary';
import { connectorKinds, linkKinds } from '../../../shared/powermap/route-types';
import { mergeable } from '../columns';
import { cases } from './cases';
import { accounts, teamMembers } from './reference';

export const people = sqliteTable(
  'people',
  {
    ...mergeable,
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    buyingRole: text('buying_role', { enum: buyingRoles }),
    networkRole: text('network_role', { enum: networkRoles }),
    attitude: text('attitude', { enum: attitudes }).notNull().default('neutral'),
    influence: text('influence', { enum: levels }).notNull().default('medium'),
    reportsToId: text('reports_to_id'),
    preferredChannel: text('preferred_channel', { enum: channels }),
    /** Contact details: '' when not known. They travel with the row, so a private contact keeps them at home. */
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    profileUrl: text('profile_url').notNull().default(''),
    /** The team member who added the contact; a private contact is theirs alone (the relationship charter). */
    ownerId: text('owner_id').references(() => teamMembers.id),
    visibility: text('visibility', { enum: visibilities }).notNull().default('team'),
    /** A connector sits outside the account (a partner, a consultant, a former colleague) but opens a door into it. */
    side: text('side', { enum: personSides }).notNull().default('stakeholder'),
    connectorKind: text('connector_kind', { enum: connectorKinds }),
    /** What they win or fear from the purchase, in a line. */
    motivation: text('motivation').notNull().default(''),
    /** JSON array of motivationTags: a small closed set, read and written with the row (merged with it by recency). */
    motivationTags: text('motivation_tags').notNull().default('[]'),
    /** JSON array of { criterionId, importance 1–5 }: the buying criteria this person weighs most. */
    weighedCriteria: text('weighed_criteria').notNull().default('[]'),
  },
  (t) => [index('people_account_idx').on(t.accountId)],
);

export const casePeople = sqliteTable(
  'case_people',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** Did we actually meet / reach this person during the case? */
    reached: integer('reached', { mode: 'boolean' }).notNull().default(false),
    /** The person's buying role in this case; null: their usual role (people.buying_role). */
    buyingRole: text('buying_role', { enum: buyingRoles }),
  },
  (t) => [
    uniqueIndex('case_people_unique').on(t.caseId, t.personId),
    index('case_people_person_idx').on(t.personId),
    index('case_people_review_idx').on(t.caseId, t.deletedAt, t.reached, t.personId),
  ],
);

/** A team member ↔ stakeholder relationship; strength 1 (acquainted) to 3 (trusted). */
export const relationships = sqliteTable(
  'relationships',
  {
    ...mergeable,
    memberId: text('member_id')
      .notNull()
      .references(() => teamMembers.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    strength: integer('strength').notNull(),
  },
  (t) => [
    uniqueIndex('relationships_unique').on(t.memberId, t.personId),
    index('relationships_person_idx').on(t.personId),
  ],
);

/**
 * Informal links between two people of the same account (stakeholders or connectors), not reporting lines:
 * `influences` and `trusts` are directed, `at_odds_with` is recorded as drawn. Strength 1–3 like relationships.
 * A removed link is a tombstone, so merging a teammate's older file does not bring it back.
 */
export const personLinks = sqliteTable(
  'person_links',
  {
    ...mergeable,
    fromId: text('from_id')
      .notNull()
      .references(() => people.id),
    toId: text('to_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: linkKinds }).notNull(),
    strength: integer('strength').notNull(),
  },
  (t) => [uniqueIndex('person_links_unique').on(t.fromId, t.toId, t.kind), index('person_links_to_idx').on(t.toId)],
);

export const interactions = sqliteTable(
  'interactions',
  {
    ...mergeable,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    personId: text('person_id').references(() => people.id),
    on: text('on_date').notNull(),
    channel: text('channel', { enum: channels }).notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    index('interactions_case_idx').on(t.caseId),
    index('interactions_review_idx').on(t.caseId, t.deletedAt, t.channel),
    // Who was met by when, read from the index alone (the review's people met before the decision).
    index('interactions_met_idx').on(t.caseId, t.deletedAt, t.personId, t.on),
  ],
);
