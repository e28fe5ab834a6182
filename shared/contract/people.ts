/** Stakeholders on the customer side, our relationships to them, and the power map of an account. */
import { z } from 'zod';
import {
  attitudes,
  buyingRoles,
  channels,
  levels,
  motivationTags,
  networkRoles,
  personSides,
  visibilities,
} from '../domain/vocabulary';
import { connectorKinds } from '../powermap/route-types';
import { ById, Day, Id, Name, Rating } from './common';
import { method, mutation, patchOf } from './define';
import { Account } from './accounts';
import { CoverageSuggestion, PersonLink, PowerMapRoute } from './powermap';

export const Relationship = z.object({
  id: Id,
  memberId: Id,
  memberName: z.string(),
  personId: Id,
  strength: z.int().min(1).max(3),
});
export type Relationship = z.infer<typeof Relationship>;

/** A buying criterion this person weighs most, with how much (1–5, the debrief's importance scale). */
export const WeighedCriterion = z.object({ criterionId: Id, importance: Rating });
export type WeighedCriterion = z.infer<typeof WeighedCriterion>;

export const Person = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
  accountId: Id,
  buyingRole: z.enum(buyingRoles).nullable(),
  networkRole: z.enum(networkRoles).nullable(),
  attitude: z.enum(attitudes),
  influence: z.enum(levels),
  reportsToId: Id.nullable(),
  preferredChannel: z.enum(channels).nullable(),
  email: z.string(),
  phone: z.string(),
  profileUrl: z.string(),
  ownerId: Id.nullable(),
  visibility: z.enum(visibilities),
  side: z.enum(personSides),
  connectorKind: z.enum(connectorKinds).nullable(),
  motivation: z.string(),
  motivationTags: z.array(z.enum(motivationTags)),
  weighedCriteria: z.array(WeighedCriterion),
  relationships: z.array(Relationship),
});
export type Person = z.infer<typeof Person>;

export const PersonInput = z.object({
  name: Name,
  title: z.string().trim().max(200).default(''),
  accountId: Id,
  buyingRole: z.enum(buyingRoles).nullable().default(null),
  networkRole: z.enum(networkRoles).nullable().default(null),
  attitude: z.enum(attitudes).default('neutral'),
  influence: z.enum(levels).default('medium'),
  reportsToId: Id.nullable().default(null),
  preferredChannel: z.enum(channels).nullable().default(null),
  /** Contact details, '' when not known; shared only as the contact is (the relationship charter). */
  email: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'An e-mail address like name@company.com' })
    .default(''),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+()\d\s./-]*$/, { error: 'Digits, spaces and + ( ) - only' })
    .default(''),
  profileUrl: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || z.url({ protocol: /^https?$/ }).safeParse(v).success, {
      error: 'A web address starting with https://',
    })
    .default(''),
  visibility: z.enum(visibilities).default('team'),
  /** A connector is outside the account; it needs a kind, and has no buying role of its own. */
  side: z.enum(personSides).default('stakeholder'),
  connectorKind: z.enum(connectorKinds).nullable().default(null),
  motivation: z.string().trim().max(500).default(''),
  motivationTags: z.array(z.enum(motivationTags)).max(motivationTags.length).default([]),
  weighedCriteria: z.array(WeighedCriterion).max(10).default([]),
});
export type PersonInput = z.input<typeof PersonInput>;

export const gapKinds = [
  'no_decision_maker',
  'decision_maker_unowned',
  'blocker_unowned',
  'strong_opponent',
  'no_champion',
] as const;
export const PowerMapGap = z.object({ kind: z.enum(gapKinds), personId: Id.nullable(), message: z.string() });
export type PowerMapGap = z.infer<typeof PowerMapGap>;

export const PowerMap = z.object({
  account: Account,
  people: z.array(Person),
  gaps: z.array(PowerMapGap),
  /** Informal links between people I may both see. */
  links: z.array(PersonLink),
  /** Per decision maker and economic buyer (of the open cases, else the usual ones): the best routes in. */
  routes: z.array(PowerMapRoute),
  /** Buying steps ahead of open cases that nobody on our side covers well. */
  coverage: z.array(CoverageSuggestion),
});
export type PowerMap = z.infer<typeof PowerMap>;

export const Interaction = z.object({
  id: Id,
  caseId: Id,
  personId: Id.nullable(),
  on: Day,
  channel: z.enum(channels),
  notes: z.string(),
});

export const peopleApi = {
  'people.list': method(
    'Stakeholders of an account that I may see (mine, and those shared with the team).',
    z.object({ accountId: Id }),
    z.array(Person),
  ),
  'people.create': mutation('Add a stakeholder to an account.', PersonInput, Person, ['people']),
  'people.update': mutation(
    'Change a stakeholder; fields left out stay as they are.',
    z.object({ id: Id, patch: patchOf(PersonInput) }),
    Person,
    ['people'],
  ),
  'people.delete': mutation('Move a stakeholder to the trash.', ById, Person, ['people']),
  'people.restore': mutation('Bring a stakeholder back from the trash.', ById, Person, ['people']),
  'relationships.set': mutation(
    'Say how well a team member knows a stakeholder (1 acquainted – 3 trusted); 0 removes the relationship.',
    z.object({ personId: Id, memberId: Id, strength: z.int().min(0).max(3) }),
    Person,
    ['people'],
  ),
  'powermap.get': method(
    'The power map of an account: its stakeholders and connectors, our relationships, informal links, the routes to the decision makers, and the gaps to close.',
    z.object({ accountId: Id }),
    PowerMap,
  ),
  'interactions.list': method(
    'Interactions logged on a case, newest first.',
    z.object({ caseId: Id }),
    z.array(Interaction),
  ),
  'interactions.create': mutation(
    'Log an interaction: date, channel, who, a line of notes.',
    z.object({
      caseId: Id,
      personId: Id.nullable().default(null),
      on: Day,
      channel: z.enum(channels),
      notes: z.string().max(2000).default(''),
    }),
    Interaction,
    ['interactions'],
  ),
};
